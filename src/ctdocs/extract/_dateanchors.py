"""Where a text may hold dates: the anchors of the date scan (:mod:`._datescan`).

Every date holds a month name or a four-digit year (or is a short numeric day): the
words naming a month or a season are found once per text, and the stretches around
the anchors are the only text the parser reads.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ._dategrammar import (
    _DIGIT_ANCHOR_RE,
    _LEFT_MARGIN,
    _RIGHT_MARGIN,
    _WORD_RE,
    _Grammar,
    _norm,
)

__all__ = ["_is_letter", "_month_anchors", "_segments", "_word_anchors"]


def _month_anchors(text: str, months: Collection[str]) -> list[tuple[int, int]]:
    """Spans of the words (maximal runs of letters, as ``_WORD_RE``) naming a month."""
    return _word_anchors(text, months, None)[0]


def _word_anchors(
    text: str, months: Collection[str], seasons: re.Pattern[str] | None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the words (maximal runs of letters, as ``_WORD_RE``) naming a month, and
    of those that ``seasons`` (a pattern of whole lines) matches (none when it is None).

    Speed: the distinct words are taken from the distinct whitespace-separated pieces
    (a run of letters never holds a space, and the pieces repeat far more than their
    letters' runs are long), each is normalised once, and the words found are then
    located by one pattern of those words, bounded by non-letters, instead of
    normalising every word of the text.
    """
    pieces = " ".join(set(text.split()))
    words = set(_WORD_RE.findall(pieces))
    del pieces
    month_words = {w for w in words if _norm(w) in months}
    # one line per word: a pattern matching a whole line matches the word whole
    season_words = set(seasons.findall("\n".join(words))) if seasons is not None else set()
    del words
    named = month_words | season_words
    if not named:
        return [], []
    alternatives = "|".join(map(re.escape, sorted(named, key=lambda w: (-len(w), w))))
    # the letter before is checked here, not by a look-behind, so that the engine
    # can skip ahead to the words' first letters
    pattern = re.compile(rf"(?:{alternatives})(?![^\W\d_])")
    in_months: list[tuple[int, int]] = []
    in_seasons: list[tuple[int, int]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s, e = m.span()
        if s and _is_letter(text[s - 1]):
            pos = s + 1  # inside a longer word: look again one character on
            continue
        word = m.group()
        if word in month_words:
            in_months.append((s, e))
        if word in season_words:
            in_seasons.append((s, e))
        pos = e
    return in_months, in_seasons


def _is_letter(ch: str) -> bool:
    """``[^\\W\\d_]`` for one character: a word character that is no digit nor ``_``."""
    return ch.isalnum() and not ch.isdecimal()


def _segments(text: str, g: _Grammar, months: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text around the anchors (``months``' spans, years), merged."""
    anchors = list(months)
    for m in _DIGIT_ANCHOR_RE.finditer(text):  # the years in range and the short days
        if m.end() - m.start() != 4 or g.min_year <= int(m.group()) <= g.max_year:
            anchors.append(m.span())
    anchors.sort()
    segs: list[tuple[int, int]] = []
    for a, b in anchors:
        lo, hi = max(0, a - _LEFT_MARGIN), min(len(text), b + _RIGHT_MARGIN)
        if segs and lo <= segs[-1][1]:
            if hi > segs[-1][1]:
                segs[-1] = (segs[-1][0], hi)
        else:
            segs.append((lo, hi))
    # start and end on whitespace so that no token is cut
    out: list[tuple[int, int]] = []
    for lo, hi in segs:
        stop = max(0, lo - 40)
        while lo > stop and not text[lo - 1].isspace():
            lo -= 1
        stop = min(len(text), hi + 40)
        while hi < stop and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
