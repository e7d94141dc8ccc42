"""The rule score of every date hit, as :func:`._document.own_date` weighs them.

``own_date`` keeps only the best hit; the ranker of :mod:`._docrank` lets every value the
rules score compete, and reads the head's reach the rules read. Computed only where the
ranker is asked (the rules' pick is unsure), so the rules' own pass stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import _document as dm
from ._dates import DateHit
from ._docbyline import byline_zones
from ._doccues import _cues
from ._docday import title_note
from ._docfields import title_reach, title_tail_end
from ._dockeys import record_dated
from ._doctail import Tail

__all__ = ["Scores", "hit_scores", "record_end"]


@dataclass(frozen=True, slots=True)
class Scores:
    """Each hit's score, in the hits' order, and where the head ends."""

    scores: tuple[int, ...]
    head_end: int


def record_end(text: str) -> int:
    """Where the text's front matter ends (0: none)."""
    return dm._record_end(text)


def hit_scores(
    text: str, hits: Sequence[DateHit], chrome: Sequence[tuple[int, int]], title: str | None
) -> Scores:
    """The score ``own_date`` gives each hit, the record's own days as it ranks them."""
    head_end = dm._head_end(text, _cues().head_lines, chrome)
    title_end = title_reach(text, title, dm._head_end(text, dm._TITLE_LINES, chrome), head_end)
    top_end = dm._head_end(text, dm._TOP_LINES)
    timeline = len(dm._alone_values(text, hits, head_end)) >= dm._TIMELINE
    zones = byline_zones(text, title, head_end)
    note = title_note(text, title_end)
    acts_end = title_tail_end(text, title, title_end, head_end)
    tail = Tail.of(text, chrome)
    rec_end = record_end(text)
    out = []
    for h in hits:
        s = dm._note_score(text, h, note)
        s = s or dm._score(text, h, head_end, acts_end, top_end, timeline, zones)
        s = tail.score(text, h.start, s, dm._SHAPED, dm._STAMPS)
        if h.start < rec_end and s <= dm._PUBLISHED:
            s = dm._RECORD_DATE if record_dated(text, h.start) else dm._RECORD_STAMP if s else 0
        out.append(s)
    return Scores(tuple(out), head_end)
