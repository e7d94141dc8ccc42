"""Contents lists: the entries under a contents heading, each paged or printed again
later as a heading (see :mod:`ctdocs._furniture`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._lineshape import ends_sentence, has_dot_leader, key

if TYPE_CHECKING:
    from ._layout import Unit

__all__ = ["mark_toc_zone"]

# A contents entry's page number at the end of the line: arabic or lower-case roman.
_PAGE_REF_RE = re.compile(r"\s+(?:\d{1,4}|[ivxl]{1,6})$")
_TOC_ENTRY_MAX_WORDS = 15


def mark_toc_zone(units: Sequence[Unit], toc_heads: frozenset[str]) -> None:
    """The entries under a contents heading: each ends in a page number or comes back
    later in the text as a heading, on one line or on two ("Part 1 Preliminary provisions"
    is printed "Part 1" over "Preliminary provisions" in the body). The list ends at the
    first line that does neither."""
    later: dict[str, int] = {}
    for i, u in enumerate(units):
        later[key(u.text)] = i  # the last print of each line
        if i + 1 < len(units):
            k = key(f"{u.text} {units[i + 1].text}")
            later[k] = max(i, later.get(k, i))
    inside = False
    for i, u in enumerate(units):
        if u.noise == "toc" and key(u.text) in toc_heads:
            inside = True
            continue
        if not inside or u.noise is not None:
            continue
        if _toc_entry(units, i, later):
            u.noise = "toc"
        elif len(u.text.split()) == 1 and i + 1 < len(units) and _toc_entry(units, i + 1, later):
            u.noise = "toc"  # a column's head over the entries: "Section", "Page"
        else:
            inside = False


def _toc_entry(units: Sequence[Unit], i: int, later: dict[str, int]) -> bool:
    """A contents entry: short, no sentence, and paged or printed again later as a heading,
    with its number ("Part 1") or without it (an act's "1. Short title" over the section
    headed "Short title")."""
    u = units[i]
    text = u.text.strip()
    if len(text.split()) > _TOC_ENTRY_MAX_WORDS or ends_sentence(text):
        return False
    if _PAGE_REF_RE.search(text) or has_dot_leader(text):
        return True
    m = u.marker
    bare = text[m.end :].strip() if m is not None and m.kind != "bullet" else ""
    return later.get(key(text), i) > i or (bool(bare) and later.get(key(bare), i) > i)
