"""Lines a reader takes for a heading that name no section (ctdocs.structure._clauses,
guidelines §1: a clause's section is the nearest unnumbered heading above it). Shallow
shapes that hold across publishers: a table's row of figures ("TOTAL 22 31 48"), an act's
number or citation ("2019 CHAPTER 3", "S.O. 2021, CHAPTER 19", "Number 27 of 2024") - half
its words numbers - a place and a date ("Islamabad, 18th November, 2026"), and a formula
closed by a colon and a dash ("Enacted by the Parliament of Guyana:-"), which Commonwealth
drafting sets only after a lead-in ("as follows:—", "namely:—"). None of
these is a section in any gold file, and the heading-like lines above one are an act's head
(its short title, "Act 2019"), a signature ("Chairperson") or a table's rows, not sections:
gold gives the clauses below no section (220 of 244 clauses in the 11 files where this fires,
against 57 at base and 81 had they kept the section above)."""

from __future__ import annotations

import re

from ._blocks import is_date_line

__all__ = ["names_no_section"]

_FIGURE_RE = re.compile(r"[\d.,%:]*\d[\d.,%:]*")
# (a short word in lower case before the date: "Fait à Niamey, le 3 mai 2021")
_LEADING_SMALL_WORD_RE = re.compile(r"^[^\W\d_A-Z]{1,3}\s+")
_PLACE_MAX_WORDS = 4
_COLON_DASH_RE = re.compile(r":\s?[-–—]\s*$")


def names_no_section(heading: str) -> bool:
    """Whether a heading line is a row of figures, a number's citation, a place-date or a
    lead-in closed by a colon and a dash."""
    if _COLON_DASH_RE.search(heading):
        return True
    words = heading.split()
    figures = sum(_FIGURE_RE.fullmatch(w) is not None for w in words)
    if figures >= 2 and 2 * figures >= len(words):
        return True
    place, comma, rest = heading.partition(",")
    if not comma or len(place.split()) > _PLACE_MAX_WORDS:
        return False
    rest = _LEADING_SMALL_WORD_RE.sub("", rest.strip())
    return is_date_line(rest.replace(",", ""))
