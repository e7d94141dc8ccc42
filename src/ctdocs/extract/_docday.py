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

from ._dates import DateHit
from ._docplace import line_above

__all__ = ["anchor_day", "refined", "title_note", "under_caps_heading"]

_WORD = re.compile(r"[^\W_]+")


def refined(text: str, best: DateHit | None, days: Sequence[DateHit]) -> DateHit | None:
    """The first day of ``days`` inside the month ``best`` names, else ``best``.

    A report's cover prints the month it went out ("March 2026") and its letter the
    day it was signed ("March 12, 2026"): the day is the same date, written at the
    precision the text gives it elsewhere. A day of another month is another event (a
    plenary's "26-29 mai 2026" under a cover's "Juillet 2026")."""
    if best is None or best.precision != "month" or "/" in best.value:
        return best
    for d in days:
        if d.value.startswith(best.value + "-"):
            return best if under_caps_heading(text, d) else d
    return best


def under_caps_heading(text: str, h: DateHit) -> bool:
    """Whether the line above ``h``'s line is a heading in capitals of two words or more:
    the date of the piece it names ("NATO LETTER OF PROMULGATION / 5 February 2018", a
    letter enclosed in the publication), not of the text under the cover."""
    above = line_above(text, text.rfind("\n", 0, h.start) + 1)
    words = _WORD.findall(above)
    return len(words) >= 2 and above.upper() == above and any(c.isalpha() for c in above)


_NOTE_MARK = re.compile(r"(?m)[^\W_][)\]]?(\*{1,3})[ \t]*$")  # a title line ending: TECHNOLOGIES*


def title_note(text: str, title_end: int) -> tuple[int, int]:
    """The span of the note a title line calls with an asterisk, or an empty span.

    A resolution's title marked ``… TECHNOLOGIES*`` is explained by its note
    ``* Presented by the Committee … and adopted by the Plenary Assembly on …``,
    printed at the foot of the page, past the head: the note belongs to the title."""
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
