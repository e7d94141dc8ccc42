"""Where a text may hold dates: the anchors of the date scan (:mod:`._datescan`).

Every date holds a month name or a four-digit year (or is a short numeric day): the
words naming a month or a season are found once per text, and the stretches around
the anchors are the only text the parser reads.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

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
    letters' runs are long; most pieces are one word already), each is normalised
    once, and the few words found are then located by a plain substring search each,
    kept where no letter touches them, instead of normalising every word of the text.
    """
    pieces = set(text.split())
    # a piece of letters alone is its one word (``isalpha``: every character a letter, so
    # one run of ``[^\W\d_]``), kept as it is: only the others (with a mark, a digit, an
    # apostrophe) are searched for their runs (the words found some 15 % faster)
    words = set(filter(str.isalpha, pieces))
    words.update(_WORD_RE.findall(" ".join(pieces.difference(words))))
    del pieces
    month_words, season_words = _known_words(words, months, seasons)
    del words
    in_months: list[tuple[int, int]] = []
    in_seasons: list[tuple[int, int]] = []
    for word in month_words | season_words:
        spans = _whole_word_spans(text, word)
        if word in month_words:
            in_months += spans
        if word in season_words:
            in_seasons += spans
    in_months.sort()
    in_seasons.sort()
    return in_months, in_seasons


class _Looked(NamedTuple):
    """The words already looked up, in ``months`` and by ``seasons``: those naming a
    month, those naming a season, and every word looked up."""

    months: Collection[str]
    seasons: re.Pattern[str] | None
    in_months: set[str]
    in_seasons: set[str]
    looked: set[str]


# the words already normalised and looked up, kept across texts (a corpus reuses its
# vocabulary): one entry, for the months and seasons they were looked up in
_seen: list[_Looked] = []
_SEEN_MAX = 200_000  # words kept before the sets are replaced (the answers never change)


def _known_words(
    words: set[str], months: Collection[str], seasons: re.Pattern[str] | None
) -> tuple[set[str], set[str]]:
    """``{w for w in words if _norm(w) in months}`` and the words ``seasons`` (a pattern of
    whole lines) matches whole, each word looked up once per process.

    Why: the words of a text are mostly words seen in earlier texts; set operations in C
    sort them, where a call of ``_norm`` per word was some 1 % of a parse, and the season
    pattern's search of every distinct word of each text (joined a word a line) some 4 %
    of the date scan. The sets only grow (full, they are replaced, never cleared), and a
    word is marked looked up only once its answers are in, so a word found known stays
    known while a text is read in another thread."""
    last = _seen[-1] if _seen else None  # read once: another thread may replace it
    if (
        last is None
        or last.months is not months
        or last.seasons is not seasons
        or len(last.looked) > _SEEN_MAX
    ):
        last = _Looked(months, seasons, set(), set(), set())
        _seen[:] = [last]
    new = words.difference(last.looked)
    for w in new:
        if _norm(w) in months:
            last.in_months.add(w)
        if seasons is not None and seasons.fullmatch(w) is not None:
            last.in_seasons.add(w)
    last.looked.update(new)
    return words.intersection(last.in_months), words.intersection(last.in_seasons)


def _whole_word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Spans of ``word`` (a run of letters) where it is a whole run of letters of ``text``:
    no letter right before nor right after it. The search in C skips ahead to the word,
    where one pattern of all the words would stop at every letter that opens one."""
    out: list[tuple[int, int]] = []
    size, end_of_text = len(word), len(text)
    s = text.find(word)
    while s >= 0:
        e = s + size
        if not (s and _is_letter(text[s - 1])) and not (e < end_of_text and _is_letter(text[e])):
            out.append((s, e))
        s = text.find(word, s + 1)
    return out


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
