"""The scores of a page's stamps and of the front matter's record (:mod:`._document`).

A page's publication stamp ("Published: 3 March 2026", or a byline's date by its title), then
its update stamp, yield to any date the text prints as its own; the front matter's date key,
then its other stamps, are the copy's record, below any stamp printed for readers. Apart from
:mod:`._document` so that the ranking of a head's dates fits its module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._dates import DateHit
from ._doccues import _cues, synced_near
from ._docplace import last_cell, line_before, words

__all__ = ["posted", "stamp_cue", "stamped_head"]

# a page's publication stamp (or a byline's date by its title, :mod:`._docbyline`), then
# its update stamp: both yield to any date the text prints as its own (a dateline below)
_PUBLISHED, _STAMP = 4, 3
# the front matter's date key (:mod:`._dockeys`, "date: 2026-05-18"), then its other stamps
# (a site generator's "updated: 2026-11-30"): the copy's record, below any stamp printed for
# readers ("Last updated 8 January 2027")
_RECORD_DATE, _RECORD_STAMP = 2, 1
_SHORT = 8  # a short head line's date (:mod:`._document`)
_words = words


def _stamp_score(before: str, prev: str) -> int:
    """The score of a date a stamp's cue opens its line with (``before`` it), or the line
    above (``prev``, ending with a colon) with: a publication stamp over an update stamp."""
    cues = _cues()
    cell = last_cell(before)
    for cue, score in ((cues.published, _PUBLISHED), (cues.stamp, _STAMP)):
        if stamp_cue(cue, before) or stamp_cue(cue, cell) or _label_above(cue, prev):
            return score
    if posted(before):
        return _PUBLISHED  # a byline's poster: "Posted by admin on 3 May 2026 in News"
    # a publication cue right before its date anywhere on the line: "(first published 30 …",
    # a few words of its own field before it at most ("… and replace the FAQ published on 14
    # June 2022" is a sentence dating another document)
    near = cues.published_near.search(before)
    if near is not None and _lead_words(before[: near.start()]) <= _CUE_WORDS:
        return _PUBLISHED
    # an update stamp inside a site's line: "Displaying title 31, up to date as of 3/12/2026"
    return _STAMP if cues.stamp_near.search(before) else _synced(cell)


def _label_above(cue: re.Pattern[str], prev: str) -> bool:
    """Whether ``prev`` (the characters above the date's line) ends with a stamp's label
    alone on its line ("Date de modification :" over "2026-09-14"): the cue opens the
    window or, when a line break falls in it, the label's own line (a page's form above
    the label leaves only a cut line at the window's start)."""
    if not prev.endswith(":"):
        return False
    if cue.search(prev):
        return True
    cut = prev.rfind("\n")
    return cut >= 0 and cue.search(prev[cut + 1 :]) is not None


_FIELD_OPEN = re.compile(r".*(?:[(|\u00b7\u2013\u2014]|\s-\s)")  # the last bracket or field mark


def _lead_words(lead: str) -> int:
    """The words of ``lead`` after its last opening bracket or field separator."""
    m = _FIELD_OPEN.match(lead)
    at = m.end() if m else 0
    return _words(lead, at, len(lead), _CUE_WORDS + 1)


def _synced(cell: str) -> int:
    """The score of a date a mirror's stamp of its last copy opens ``cell`` with (a line's
    last field up to the date: "Dernière synchronisation avec Légifrance : 8 janvier
    2027"), or stands right before on a row of fields ("Enforcement Date Apr. 1, 2026
    Translated on May 20, 2026", a translation's): the copy's date, below any stamp the page
    prints, else 0."""
    near = synced_near().search(cell) is not None
    return _RECORD_STAMP if near or stamp_cue(_cues().synced, cell) else 0


_CUE_WORDS = 4  # words at most between a stamp's cue and its date


def posted(before: str) -> bool:
    """Whether a byline's poster cue opens ``before`` (a line up to its date) with the
    poster's words between it and the date, a few at most ("Posted by Communications Unit
    on"); the cue right before the date is a deadline's ("Posted by 30 June 2026")."""
    m = _cues().poster.search(before)
    return m is not None and 0 < _words(before, m.end(), len(before), _CUE_WORDS + 1) <= _CUE_WORDS


def stamp_cue(cue: re.Pattern[str], before: str) -> bool:
    """Whether ``cue`` opens ``before`` (a line up to its date) with a few words at most
    between it and the date ("Date de la publication sur legifrance : 30 avril 2026"); a
    title that opens with the cue's word is another document's ("Publication of Counter
    Terrorism Designations; … — 02/21/2026", a related item's date)."""
    m = cue.search(before)
    return m is not None and _words(before, m.end(), len(before), _CUE_WORDS + 1) <= _CUE_WORDS


_PROSE_WORDS = 15  # words at least on a line of running prose
_PROSE_END = re.compile(r"[.:;]\s*$|\.\s+[A-Z\u00c0-\u00de]")  # a sentence ends on it


def _prose_start(text: str, lo: int, hi: int) -> int:
    """Where the first line of running prose (many words, a sentence's end) opens between
    ``lo`` and ``hi``; ``hi`` when none does."""
    at = text.rfind("\n", 0, lo) + 1
    while at < hi:
        end = text.find("\n", at, hi)
        end = hi if end < 0 else end
        line = text[at:end]
        if _PROSE_END.search(line) and words(text, at, end, _PROSE_WORDS) >= _PROSE_WORDS:
            return at
        at = end + 1
    return hi


def stamped_head(hits: Sequence[DateHit], scores: list[int], text: str, head_end: int) -> None:
    """Zero in ``scores`` the dates of short labelled rows (no dateline's place) under the
    text's first paragraph of prose when a publication stamp dates the page above it: a page
    labels its own date before it starts ("Published: 3 March 2026" over "The Fund invites
    …"), and a short row further down is a step of what the text sets out ("Board approval
    November 2026", the schedule of a call), not another date of the page."""
    stamps = [h.start for h, s in zip(hits, scores, strict=True) if s == _PUBLISHED]
    if not stamps:
        return
    prose = _prose_start(text, stamps[0], head_end)
    if prose >= head_end:
        return
    for k, h in enumerate(hits):
        if scores[k] == _SHORT and prose < h.start < head_end and _row(text, h.start):
            scores[k] = 0


def _row(text: str, at: int) -> bool:
    """Whether the words before ``at`` on its line are a row's label: no comma, so no place
    of a dateline or a signature ("Toulon, le 3 juillet 2026", "Malé, 26 November 2026")."""
    before = line_before(text, at)
    return "," not in before and any(ch.isalpha() for ch in before)
