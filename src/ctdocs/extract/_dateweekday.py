"""The year a printed weekday agrees with (guidelines §2, year-less dates).

"Wednesday 17 and Thursday 18 June" in a text of January 2026 is 2026, though the
inference from the own date alone would put a June day of the past a year back: 17 June
2025 is a Tuesday. The weekday names are data (``dates.toml``, ``weekdays``, Monday first).
"""

from __future__ import annotations

import datetime
import re

from ._datecalendar import calendar_knowledge
from ._dategrammar import _WORD_RE, _norm, _valid
from ._datescan import _Raw

__all__ = ["weekday_year"]

# a word, then blanks with at most one comma, ending where the date starts: "mercredi 17",
# "Wednesday, 17 June" (the weekday outside the date's span)
_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[^\S\n]*,?[^\S\n]+\Z")
_REACH = 24  # characters back from the date's start: a weekday's name and its comma


def weekday_year(
    text: str, raw: _Raw, year: int | None, centres: tuple[int | None, int | None]
) -> int | None:
    """The year of the year-less day ``raw`` when a weekday is printed before its first
    day: ``year`` (the inference's, or the clause's) when the weekday agrees with it, else
    whichever neighbour of the first of ``centres`` (the anchor the year came from) agrees
    (three years in a row give a day three different weekdays, so at most one does), else
    the second itself (the own date's year when a cited date's clause gave the year: "Tuesday
    17 March" after "October 2017" in a text of 2026 is 2026), else ``year`` still."""
    first = raw.first
    if year is None or first.m is None or first.d is None:
        return year
    day = _printed_weekday(text, raw.start)
    if day is None or _weekday(year, first.m, first.d) in (day, None):
        return year
    anchor, other = centres
    # the anchor's neighbours, but only the other year itself: a weekday misprinted under a
    # year the clause makes plain ("En 2019, … le mardi 4 mars") finds some neighbour of
    # the own date's year two times in seven; the year itself once
    candidates: list[int] = [] if anchor is None else [anchor, anchor - 1, anchor + 1]
    for y in candidates + ([] if other is None else [other]):
        if _weekday(y, first.m, first.d) == day:
            return y
    return year


def _printed_weekday(text: str, start: int) -> int | None:
    """The day of the week (0 Monday) named by the word opening a date at ``start``
    ("Wednesday 17 and Thursday 18 June") or right before it ("lundi 8", "Monday, 8 June")."""
    m = _WORD_RE.match(text, start) or _WORD_BEFORE_RE.search(text, max(0, start - _REACH), start)
    if m is None:
        return None
    word = _norm(m.group(m.lastindex or 0))
    return next((k for k, names in enumerate(calendar_knowledge().weekdays) if word in names), None)


def _weekday(y: int, m: int, d: int) -> int | None:
    """The day of the week (0 Monday) of a day, None when there is no such day."""
    return datetime.date(y, m, d).weekday() if 1 <= y <= 9999 and _valid(y, m, d) else None
