"""The front matter's own date key, for :mod:`._document`.

A site generator's record (the YAML or TOML block over a Markdown export) writes the
post's date under a key of its own (``date: 2026-05-18``, ``pubDate = 2026-10-09``), or
names it in a meta entry whose value the next line gives (``- name:
citation_publication_date`` over ``content: 2026/05/18``); other keys date the copy
(``updated:``, ``lastmod:``). The shape holds across generators and is told by the key
alone, a word list of ``data/models/document.toml`` (``record_date``): the date the
record gives the document, which dates it only when no line the text prints does.
"""

from __future__ import annotations

import re
from functools import cache

from ._docfields import document_cues

__all__ = ["record_dated"]

_PREV = 160  # characters above the date's line where the meta entry's name may stand

_GAP = r"[\s_-]*"  # a key's words: run together (pubDate), underscored, spaced or hyphenated


@cache
def _keys() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The key right before its date on the line, and a meta entry naming the key."""
    key = document_cues("record_date", _GAP)
    flags = re.IGNORECASE
    return (
        re.compile(rf"^[ \t-]*[\"']?(?:{key})[\"']?[ \t]*[:=][ \t\"']*$", flags),
        re.compile(rf"\bname[\"']?[ \t]*[:=][ \t\"']*(?:{key})[\"']?[ \t]*,?$", flags),
    )


def record_dated(text: str, start: int) -> bool:
    """Whether the front-matter date at ``start`` is the value of the record's own date
    key: its line up to it is the key ("date: "), or it is the ``content:`` of a meta
    entry the line above names by the key."""
    own, named = _keys()
    lo = text.rfind("\n", 0, start) + 1
    before = text[lo:start]
    if own.match(before) is not None:
        return True
    if not before.lstrip(" \t-").lower().startswith("content"):
        return False
    prev = text[max(0, lo - _PREV) : max(0, lo - 1)].rsplit("\n", 1)[-1]
    return named.search(prev.rstrip()) is not None
