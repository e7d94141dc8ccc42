"""The document's own day, for :mod:`._document`: refining a cover's month, a title's note.

Shallow features of where a date stands, the same for any publisher: a cover prints the
month a report went out and its letter the day it was signed (the same date, at the
precision the text gives elsewhere), unless a heading in capitals names the piece the day
dates; a title line marked with an asterisk calls a note that tells when it was adopted;
a month or a year anchors year-less dates at its last day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from ._dates import DateHit
from ._docfields import document_cues
from ._docplace import line_above

__all__ = [
    "adoption_day",
    "adoption_row",
    "anchor_day",
    "caption_line",
    "meeting_days",
    "refined",
    "title_note",
    "under_caps_heading",
]

_WORD = re.compile(r"[^\W_]+")


def refined(
    text: str,
    best: DateHit | None,
    firm: Sequence[DateHit] = (),
    hits: Sequence[DateHit] = (),
) -> DateHit | None:
    """The first day of ``firm`` (the head's days that no page's stamp dates) inside the month
    ``best`` names, or inside its span of days, else of the year-less days of adoption among
    ``hits`` (:func:`adoption_day`) inside that span, else ``best``.

    A report's cover prints the month it went out ("March 2026") and its letter the
    day it was signed ("March 12, 2026"): the day is the same date, written at the
    precision the text gives it elsewhere. A day of another month is another event (a
    plenary's "26-29 mai 2026" under a cover's "Juillet 2026"), and a page's stamp of that
    month dates the copy, not the text ("Toronto · July 2026" over "Published 2 July 2026")."""
    if best is not None and best.precision == "day" and "/" in best.value:
        day = _within(best, firm)
        return (
            day if day is not best else _adopted(best, [h for h in hits if adoption_day(text, h)])
        )
    if best is None or best.precision != "month" or "/" in best.value:
        return best
    for d in firm:
        if d.value.startswith(best.value + "-"):
            return best if under_caps_heading(text, d) else d
    return best


def _within(span: DateHit, days: Sequence[DateHit]) -> DateHit:
    """The first day of ``days`` inside the span of days ``span``, else ``span``.

    A meeting's days head a resolution ("Bruxelles | 25 – 27 juin 2026") and its
    dateline or signature gives the day it was adopted ("Bruxelles, le 27 juin 2026"):
    the document's date is that day, not the meeting's. Only a day printed after the span,
    as a text is signed after its head, and not a page's stamp ("Publié le 9 octobre 2026"
    over "Lyon, 8 et 9 octobre 2026" dates the page) nor a photo's caption above it."""
    first, last = span.value.split("/")
    for d in days:
        if d.start > span.start and first <= d.value <= last:
            return d
    return span


def _adopted(span: DateHit, adopting: Sequence[DateHit]) -> DateHit:
    """The first of the year-less days ``adopting`` printed after the span of days ``span``
    and inside it once given the span's year, with that year, else ``span``.

    A resolution's head gives its session's days ("15-18 octobre 2019") and a statement
    after its text the day it was adopted without the year ("lors de l'adoption de la
    résolution, le 17 octobre"): the year is the session's."""
    first, last = span.value.split("/")
    if first[:4] != last[:4]:
        return span
    for d in adopting:
        value = first[:4] + d.value[4:]
        if d.start > span.end and first <= value <= last:
            return replace(d, value=value, inferred_year=False)
    return span


@cache
def _adoption() -> re.Pattern[str]:
    """The noun of adopting, then a few words and no sentence's or clause's end up to the
    day (data: ``adoption``)."""
    found = document_cues("adoption")
    return re.compile(rf"\b(?:{found})\b[^.;:!?]{{0,{_ADOPTION_GAP}}}$", re.IGNORECASE)


_ADOPTION_GAP = 60  # characters at most between the noun of adopting and its day


_MEETING_DAYS = 14  # days at most from a meeting's first day to its last


def meeting_days(value: str) -> bool:
    """Whether ``value`` is a span of a few days ("2026-04-03/2026-04-04"): a meeting's, which
    dates what it adopted ("Ministerial meeting · 3-4 April 2026"), where a span of months or
    of many weeks is the period a report covers ("July–December 2025")."""
    first, _, last = value.partition("/")
    if len(first) != len("2026-04-03") or len(last) != len(first):
        return False
    try:
        days = (date.fromisoformat(last) - date.fromisoformat(first)).days
    except ValueError:
        return False
    return 0 <= days <= _MEETING_DAYS


def adoption_row(before: str) -> bool:
    """Whether ``before`` (a date's line up to it) names the adopting of the text a few words
    before the date ("Adoption en session plénière 16/07/2026", "Adoption by the plenary:"):
    a stage of its adoption, of which the one the text repeats elsewhere is the final."""
    return _adoption().search(before) is not None


def adoption_day(text: str, h: DateHit) -> bool:
    """Whether ``h`` is a day printed without its year right after the noun of adopting
    ("lors de l'adoption de la résolution, le 17 octobre", "on the adoption of the
    resolution on 17 October"): the day a session's text was adopted on."""
    if not h.inferred_year or h.precision != "day" or "/" in h.value:
        return False
    window = " ".join(text[max(0, h.start - 2 * _ADOPTION_GAP) : h.start].split())
    return _adoption().search(window) is not None


def under_caps_heading(text: str, h: DateHit) -> bool:
    """Whether the line above ``h``'s line is a heading in capitals of two words or more:
    the date of the piece it names ("NATO LETTER OF PROMULGATION / 5 February 2018", a
    letter enclosed in the publication), not of the text under the cover."""
    above = line_above(text, text.rfind("\n", 0, h.start) + 1)
    words = _WORD.findall(above)
    return len(words) >= 2 and above.upper() == above and any(c.isalpha() for c in above)


@cache
def _caption() -> re.Pattern[str]:
    """A caption's label opening a line, then its number or a colon (data: ``caption``)."""
    found = document_cues("caption", None)
    return re.compile(rf"^\W*(?:{found})(?:[ \t]+[\dIVX]+\b|[ \t]*:)", re.IGNORECASE)


def caption_line(before: str) -> bool:
    """Whether ``before`` (a line up to a date) opens with a caption's label: "Table 1.
    CFATS Facilities by Tier, as of June 2023", "Source : Agence, mars 2025". The date is
    the figures' it shows, not the document's."""
    return _caption().search(before) is not None


_NOTE_MARK = re.compile(r"(?m)[^\W_][)\]]?(\*{1,3})[ \t]*$")  # a title line ending: TECHNOLOGIES*


def title_note(text: str, title_end: int) -> tuple[int, int]:
    """The span of the note a title line calls with an asterisk, or an empty span.

    A resolution's title marked ``… TECHNOLOGIES*`` is explained by its note
    ``* Presented by the Committee … and adopted by the Plenary Assembly on …``,
    printed at the foot of the page, past the head: the note belongs to the title."""
    if text.find("*", 0, title_end) < 0:
        return 0, 0  # no asterisk: the pattern, which opens on any letter, is not run
    mark = _NOTE_MARK.search(text, 0, title_end)
    if mark is None:
        return 0, 0
    star = re.escape(mark.group(1))
    note = re.compile(rf"(?m)^[ \t]*{star}(?!\*)[ \t]*\w[^\n]*")
    found = note.search(text, mark.end())
    return (found.start(), found.end()) if found is not None else (0, 0)


def anchor_day(h: DateHit | None) -> str | None:
    """The ISO day that anchors year-less dates: the own date's last day.

    ``April 2011`` anchors at 2011-04-30 and ``2013`` at 2013-12-31, so that a
    year-less date of that month or year is not taken for one after it.
    """
    if h is None:
        return None
    first = h.value.split("/")[0]
    if h.precision == "day":
        return first
    year = int(first[:4])
    if h.precision == "month":
        month = int(first[5:7])
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{year:04d}-12-31"
