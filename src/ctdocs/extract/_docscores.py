"""The rule score of every date hit, as :func:`._document.own_date` weighs them.

``own_date`` keeps only the best hit; the ranker of :mod:`._docrank` lets every value the
rules score compete, and reads the head's reach the rules read. The rules' one scoring
pass (:func:`._document.rule_scores`) fills this record and both read it: the ranker,
heard where the pick is unsure, never scores a hit again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..normalise._linekinds import front_matter_block
from ._dates import DateHit
from ._doctail import Tail

__all__ = ["Scores", "record_end_of"]


@dataclass(frozen=True, slots=True)
class Scores:
    """Each hit's score, in the hits' order (the record's own days as ``own_date`` ranks
    them); where the head and the front matter end; the head's days that may date the
    document (no page's stamp, for :func:`._docday.refined`); the page's tail."""

    scores: tuple[int, ...]
    head_end: int
    record_end: int
    firm: tuple[DateHit, ...]
    tail: Tail


def record_end_of(text: str) -> int:
    """The offset where the text's front matter (:func:`front_matter_block`) ends, else 0."""
    head = text[:_FRONT_READ].split("\n")
    return sum(len(line) + 1 for line in head[: front_matter_block(head)])


_FRONT_READ = 8000  # characters that hold any front matter (some sixty lines)
