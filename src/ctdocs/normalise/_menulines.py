"""A short line of capitalised words, standing alone in a Markdown-ish copy of a web page:
a menu item, a box's heading ("Related Documents", "Recent Press Releases", "Toggle
navigation"), never the first half of a soft-wrapped sentence.

Markdown joins lines with no blank line between them into one paragraph, and a wrapped
sentence may break after a short line ("*Recalling* its resolution" over "1373 (2001), in
which …"). A sentence's words past its first are mostly lower case; a heading's and a menu
item's are capitalised. Kept apart from :mod:`ctdocs.normalise._text` (at its size limit).
"""

from __future__ import annotations

import re

from .._knowledge import function_words

__all__ = ["field_line", "is_title_line", "stands_apart"]

_TITLE_MAX_WORDS = 5


def is_title_line(text: str) -> bool:
    """At most five words, each opening with a capital or a digit (function words apart),
    the first with a capital, no closing punctuation."""
    words = text.split()
    if not words or len(words) > _TITLE_MAX_WORDS or text.rstrip()[-1] in ".,;:!?)":
        return False
    if not words[0][:1].isupper():
        return False  # (a sentence's next line opens in lower case: "1373 (2001), in which")
    small = function_words()
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in small for w in words)


def stands_apart(prev: str, cur: str) -> bool:
    """Two lines of a Markdown-ish copy stay apart, though no blank line parts them, when
    either is a title line or the first a short label over a capital, or both are fields
    of a record (:func:`field_line`); else not before a line
    opening with a number (an address's "4 ALBERT EMBANKMENT" under "INTERNATIONAL
    MARITIME ORGANIZATION" would open a clause)."""
    if field_line(prev) and field_line(cur):
        return True
    if cur[:1].isdigit():
        return False
    return is_title_line(prev) or is_title_line(cur) or (_label(prev) and cur[:1].isupper())


_LABEL_MAX_WORDS = 3


def _label(text: str) -> bool:
    """A heading in sentence case, as French sets them ("Articles similaires", "Liens
    relatifs"): three words at most, a capital first, no closing punctuation; a title line
    when the next line opens with a capital too (a wrapped sentence runs on in lower case)."""
    words = text.split()
    return (
        0 < len(words) <= _LABEL_MAX_WORDS
        and words[0][:1].isupper()
        and text.rstrip()[-1] not in ".,;:!?)"
    )


# "Symbole du document : CCPR/…", "Date d'adoption : 17/03/2026", "Tél. : +32 …", "Entry into
# force: 01.09.2002": a label of a few words, a capital first, then a colon and a space
# (no time "09:12", no address "https://") and a value
_FIELD_RE = re.compile(r"^[^\W\d_][\w'’()./-]*(?:[ ][\w'’()./-]+){0,4}[ ]?:[ ]+\S")


def field_line(text: str) -> bool:
    """A field of a record set on a line of its own (``Label : value``): a database's
    record block, a notice's header, a contact box. Two such lines in a row are two
    fields, never one sentence wrapped (a sentence runs on past its colon; a record's
    next field opens with a label of its own)."""
    # speed: the colon the pattern needs, looked for in C first (most lines hold none)
    return text[:1].isupper() and ":" in text and _FIELD_RE.match(text) is not None
