"""How far the year of the dates "just before" reaches a year-less date (guidelines §2).

"Le 5 juin" takes "the year the text makes plain — its own date, or the year of the dates
just before". When the text's own date is known, the dates just before make a year plain
only close by, within one paragraph of running text or under a dated heading; a new
paragraph that opens a numbered point, a list's item or a heading (another part of the text)
takes up the text's present, where a paragraph of prose runs on in the story ("On 12 May
2024, the Council adopted the plan." then "On 3 June, the Unit published …").
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
# a numbered point, a list's item or a heading opening a paragraph: "9. Exemple.", "a. The
# hijacking", "II. La menace", "- The working group", "## Goals"
_NEW_PART = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]|[-*+\u2022\u2013][ \t]"
    r"|\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[IVXLCivxlc]{1,6})[.)][ \t])"
)
# a date opening its line's entry, after its marker: a word or two before a year-less day
# ("- 14 November:", "2. On 9 May"), a few more before the end of a written one
# ("- Le 13 novembre 2024")
_LEAD_WORDS = 2
_ENTRY_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
_END_READ = 8  # characters before a blank line where its paragraph's end is read
_HEADING_CHARS = 40  # a date's line this short at most is a heading over what follows


def reaches(text: str, end: int, start: int) -> bool:
    """Whether the year of a date ending at ``end`` is the year "just before" a year-less
    date at ``start``, the text's own date known: close, and in the same paragraph or a
    paragraph of prose after it, or a heading's over it ("Septembre 2021" over "… la RSM
    s'achève début septembre"), or a timeline's entry above the entry it opens ("- 13
    November 2024: …" over "- 14 November: …"). A numbered point, a list's item or a
    heading past a sentence's end (a page's header between them maybe) takes up the text's
    present ("… s'applique depuis le 30 décembre 2024." then "9. Exemple. … constate, le
    4 mars" in a text of June 2026), where a list's items after a colon or "; and" run on
    in one sentence ("In 2025, TRT-2 was dispatched twice:" / "(a) … 17 November 2025;
    and" / "(b) … in May")."""
    if start - end > _CONTEXT_REACH:
        return False
    breaks = list(_PARAGRAPH_BREAK.finditer(text, end, start))
    ended = any(
        _SENTENCE_END.search(text, max(0, b.start() - _END_READ), b.start()) for b in breaks
    )
    if not (ended and any(_NEW_PART.match(text, b.end()) for b in breaks)):
        return True
    if _opens(text, end, _ENTRY_WORDS) and _opens(text, start, _LEAD_WORDS):
        return True  # a timeline's entries: "- 13 November 2024: …" then "- 14 November: …"
    lo, hi = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    return len(text[lo : hi if hi >= 0 else len(text)].strip()) <= _HEADING_CHARS


def _opens(text: str, at: int, words: int) -> bool:
    """Whether at most ``words`` words stand between the start of the line holding ``at``,
    its numbering or bullet aside, and ``at``."""
    lo = text.rfind("\n", 0, at) + 1
    marker = _NEW_PART.match(text, lo)
    lo = marker.end() if marker is not None and marker.end() <= at else lo
    return len(_WORD.findall(text, lo, at)) <= words
