"""How far the year of the dates "just before" reaches a year-less date (guidelines §2).

"Le 5 juin" takes "the year the text makes plain — its own date, or the year of the dates
just before". When the text's own date is known, the dates just before make a year plain
only close by, within one paragraph of running text or under a dated heading; a new
paragraph (a numbered point, another part of the text) takes up the text's present.
"""

from __future__ import annotations

import re

__all__ = ["_CONTEXT_REACH", "reaches"]

# How far (characters) the year of the dates "just before" reaches a year-less
# date when the text's own date is known: about two sentences. Farther back
# (another part of the text, a citation in an annex) the own date's year rules.
_CONTEXT_REACH = 200
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a sentence's end closing a paragraph, maybe before a closing bracket, quote or emphasis
_SENTENCE_END = re.compile(r"[.!?][)\]\"\u00bb\u201d*_]*[ \t]*\Z")
_END_READ = 8  # characters before a blank line where its paragraph's end is read
_HEADING_CHARS = 40  # a date's line this short at most is a heading over what follows


def reaches(text: str, end: int, start: int) -> bool:
    """Whether the year of a date ending at ``end`` is the year "just before" a year-less
    date at ``start``, the text's own date known: close, and in the same paragraph, or a
    heading's over it ("Septembre 2021" over "… la RSM s'achève début septembre"); a new
    paragraph after a sentence's end takes up the text's present ("… s'applique depuis le
    30 décembre 2024." then "9. Exemple. … constate, le 4 mars" in a text of June 2026),
    where a list's items after a colon or "; and" run on in one sentence ("In 2025, TRT-2
    was dispatched twice:" / "(a) … 17 November 2025; and" / "(b) … in May")."""
    if start - end > _CONTEXT_REACH:
        return False
    breaks = _PARAGRAPH_BREAK.finditer(text, end, start)
    if not any(
        _SENTENCE_END.search(text, max(0, b.start() - _END_READ), b.start()) for b in breaks
    ):
        return True
    lo, hi = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    return len(text[lo : hi if hi >= 0 else len(text)].strip()) <= _HEADING_CHARS
