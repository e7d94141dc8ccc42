"""A meeting's record dated by its meeting, for :mod:`._document`.

Minutes and records of a meeting print no dateline: the line that opens them, or their
title in capitals, says where and when the meeting was held ("Held in the Small Committee
Room, Parliament Complex, Suva on Wednesday, 26 August 2026 at 9.35 a.m.", "MINUTES OF THE
PUBLIC MEETING OF THE … BOARD held on Thursday, April 16, 2026 at 9:00 a.m.", "Séance
tenue le mardi 3 mars 2026 à 14 h"). That day is the record's own, above the page's
"Posted on" stamp and a period an agenda item names. A sentence of running text that
reports a meeting ("The conference, held in Hanoi on 3 May 2026, adopted …") opens on
other words in small letters and dates an event, not the text; so does one that opens on
the cue in a text that names no record or sitting ("Elections held on 12 May 2026 were
marred …", "Réunie le 3 mars 2026, la commission a entendu …" in a report). The cue words
are data (``document.toml``, ``held``, ``held_record`` and ``held_sitting``).
"""

from __future__ import annotations

import re
from functools import cache

from .._needles import may_hold, needles
from ._docfields import document_cues
from ._docplace import bulleted
from ._docstatus import after_first_point

__all__ = ["meeting_day"]

_REACH = 130  # characters from the cue to its day, as for an adoption's cue
_APPROVAL_BELOW = 600  # characters under the held line where the record's approval may stand
_SENTENCE_END = re.compile(r"[.!?][ \t]+[A-Z\u00c0-\u00de]")
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # another date between the cue and the day


@cache
def _held() -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    """A held cue, the words before it on the line kept apart (``lead``), and the needles
    one of which every line holding a cue holds (most head lines hold none: not searched)."""
    cues = document_cues("held")
    found = needles(cues, re.IGNORECASE)
    lead = rf"(?P<lead>.*?)(?<![^\W\d_])(?:{cues})(?![^\W\d_])"
    return re.compile(lead, re.IGNORECASE), found


@cache
def _approved_line() -> re.Pattern[str]:
    """A line of the record's head that opens on its approval and a date's year ("Approved on
    7 April 2026", "Approuvé le 7 avril 2026"): the record's adoption dates it, not its
    meeting."""
    cues = document_cues("approved")
    return re.compile(
        rf"(?im)^[ \t*_>]*(?:{cues})(?![^\W\d_])[^\n]{{0,{_REACH}}}?(?<!\d)(?:19|20)\d{{2}}(?!\d)"
    )


@cache
def _record() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word naming a meeting's record ("Minutes", "Procès-verbal"), not a count of minutes
    ("15 minutes"); and the sitting a held cue's lead names, that word alone ("Séance")."""
    words, sitting = document_cues("held_record"), document_cues("held_sitting")
    return (
        re.compile(rf"(?<![^\W\d_])(?<!\d)(?<!\d[ \t])(?:{words})(?![^\W\d_])", re.IGNORECASE),
        re.compile(rf"[\W_]*(?:{sitting})[\W_]*$", re.IGNORECASE),
    )


def meeting_day(text: str, lo: int, before: str) -> bool:
    """Whether a day (``before`` it: its line, opening at ``lo``, up to it) is the one a
    meeting record's opening line says the meeting was held on: a held cue opens the line
    after one word at most ("Séance tenue le …"), or ends a heading in capitals, and reaches
    the day in the same sentence with no other year between; above the body's first point
    and on no list's item (a list of the meetings held); the record named on the lines
    above or the sitting right before the cue (``held_record``, ``held_sitting``: a
    report's "Elections held on …" names neither); no line of the head saying when the
    record was approved ("Approved on 7 April 2026" under "Held on 3 March 2026": the
    adoption's day dates the record)."""
    held, found = _held()
    m = held.match(before) if may_hold(before, found) else None
    if m is None or len(before) - m.end() > _REACH:
        return False
    if bulleted(text, lo) or after_first_point(text, lo):
        return False
    lead = m.group("lead")
    if len(_WORD.findall(lead)) > 1 and any(c.islower() for c in lead):
        return False  # a sentence reporting a meeting ("The conference, held in …")
    rest = before[m.end() :]
    if _SENTENCE_END.search(rest) is not None or _YEAR.search(rest) is not None:
        return False
    record, sitting = _record()
    if sitting.match(lead) is None and record.search(text, 0, lo + m.end()) is None:
        return False
    return _approved_line().search(text, 0, lo + len(before) + _APPROVAL_BELOW) is None
