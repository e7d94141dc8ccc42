"""A date that ends a short head line, or closes a sentence's lead-in (guidelines §6).

A short line ending in a date reads as a head line that dates the document ("804th
meeting - 11 July 2002", "Press release – 12 March 2026:"). A sentence's lead-in its date
closes with a colon opens a list or a quotation whose step or source the date is ("2.2 Each
operator shall, by 30 September 2026:", "As the Minister told Parliament on 15 February
2018:"): a few words at least before the date, and no link naming the date a thing's own
("The Board, at its meeting of 12 March 2026:", "en sa séance du 12 mars 2026 :", the
``instrument_links`` of data/models/dates.toml), which dates the decision that follows, and
no adoption's or issue's cue ("This guidance was issued by the Authority on 12 March 2026:").
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import NEVER, alternation, load_dates
from ._dates import DateHit
from ._doccues import _cues
from ._docfields import document_cues
from ._docplace import words

__all__ = ["short_line"]

# The fewest words before a date that closes its line with a colon for the line to be a
# sentence's lead-in, not a head line or a label ("Update of 12 March 2026:").
_LEAD_IN_WORDS = 4


@cache
def _linked_re() -> re.Pattern[str]:
    """A link right before a date naming it a thing's own: "meeting of", "séance du"."""
    links = [w for lang in load_dates().languages.values() for w in lang.instrument_links]
    alt = alternation(links, gap=r"\s+", empty="")
    return re.compile(rf"(?:^|\W)(?:{alt})\s*$", re.I) if alt else re.compile(NEVER)


@cache
def _issued_re() -> re.Pattern[str]:
    """An adoption's or an issue's cue (``adopted``, ``approved`` of document.toml):
    "This guidance was issued by the Authority on 12 March 2026:" tells the text's date."""
    return re.compile(
        rf"(?<!\w)(?:{document_cues('adopted')}|{document_cues('approved')})(?!\w)", re.I
    )


def short_line(line: str, h: DateHit, before: str, after: int, other: int) -> bool:
    """Whether a date ends a short head line (804th meeting - 11 July 2002) or, a day, opens
    one after its weekday at most ("Mercredi 11 mars 2026 Séance de 9 heures 30"; a period
    opening it is a session's), with ``other`` words beside it; not a short sentence, nor a
    lead-in its date closes with a colon (:func:`_lead_in`; a signature's "12 juin 2026 Au
    nom du Conseil fédéral suisse :" opens on its date and stays one)."""
    opens = words(before, 0, len(before), 2) <= 1 and h.precision == "day" and "/" not in h.value
    short = other <= _cues().short_words and not before[:1].islower()
    closed = line.rstrip().endswith(".") or _lead_in(line, before, after, other)
    return (after <= 1 or opens) and short and not closed


def _lead_in(line: str, before: str, after: int, other: int) -> bool:
    """Whether the date closes a sentence's lead-in: the line ends on it and a colon, a
    few words before it, none linking it to a thing as its own nor telling an issue."""
    if after or not line.rstrip().endswith(":") or other < _LEAD_IN_WORDS:
        return False
    return _linked_re().search(before) is None and _issued_re().search(before) is None
