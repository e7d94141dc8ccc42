"""Footnotes of a PDF copy found by shape: the notes at a page's foot are page furniture.

A text copied out of a PDF ends each page with its footnotes: numbered notes under a
short rule down to the page's running footer or folio, or, where no rule sets them
off, a "(1) …" note right above the page's foot whose mark is called earlier on the
page. A web page's notes have no running line, and a statute's subsection "(1)" goes
on with "(2)" on the next page: both stay text. Shapes only, no site strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._unit import PRINTED_MARKS

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["is_note_line", "mark_called_notes", "mark_footnote_zones"]

# A footnote opens with its number: "1 See …", "(1) Cette commission …", "* Text".
_NOTE_RE = re.compile(r"^(?:\(\d{1,3}\)|\d{1,3}|\*{1,3})\s+\S")


def is_note_line(line: str) -> bool:
    """Whether a line opens as a footnote does, with its number ("1 See …", "(2) Audition
    …"): the later stages read a noise line's dates by it."""
    return _NOTE_RE.match(line.lstrip()) is not None


_NOTE_RULE_RE = re.compile(r"^\s*[_\u2014\u2500-]{5,}\s*$")
_NOTE_ZONE_MAX = 10  # lines between the rule and the page's foot
_FOLIO_RE = re.compile(r"^\s*\d{1,4}\s*$")  # a page number alone on its line


def mark_footnote_zones(units: Sequence[Unit]) -> None:
    """Under a short rule, numbered notes down to the page's running line or number: the
    page's footnotes, furniture of a PDF copy (a web page's notes have no running line).
    A bare number right after the notes is the page's folio, furniture too."""
    for i, u in enumerate(units):
        if u.noise != "markup" or not _NOTE_RULE_RE.match(u.text):
            continue
        zone: list[Unit] = []
        ended = False  # the notes are over; the text below them waits for the foot
        for v in units[i + 1 : i + 1 + _NOTE_ZONE_MAX]:
            folio = v.noise is None and bool(zone) and _FOLIO_RE.match(v.text) is not None
            if v.noise is None and not folio:
                ended = ended or (bool(zone) and _ends_notes(v))
                if not ended:
                    zone.append(v)
                continue
            foot = folio or v.noise in PRINTED_MARKS or v.text.lstrip().startswith("©")
            if foot and zone and _NOTE_RE.match(zone[0].text):
                for z in zone:
                    z.noise = "page-footer"
                if folio:
                    v.noise = "page-number"
            break


def _ends_notes(v: Unit) -> bool:
    """A line set off by a blank line that opens with no note's number ends the notes:
    the text goes on under them ("Done at Tashkent …" under a note "* The Republic of
    Belarus …"), or the next page's head stands before its folio. A note wraps onto
    lines of its own, with no blank line between."""
    return v.line.blank_before and _NOTE_RE.match(v.text.lstrip()) is None


_CALLED_NOTE_RE = re.compile(r"^\((\d{1,3})\)\s+\S")
_CALLED_NOTE_LINES = 3  # a note and the lines it wraps onto


def mark_called_notes(units: Sequence[Unit]) -> None:
    """A "(1) …" note standing right above the page's foot (its number, its running
    footer), or closing the text under a rule, whose mark "(1)" is called inside a line
    above it on the same page: the page's footnote, though no rule sets it off (a cover
    page's note on the committee's members). A subsection "(1)" above a page break goes
    on with "(2)" at the top of the next page, and one right under its section's heading
    opens the section; a note does neither."""
    for i, u in enumerate(units):
        m = _CALLED_NOTE_RE.match(u.text) if u.noise is None else None
        if m is None or _under_heading(units, i):
            continue
        j = i + 1
        while j < len(units) and units[j].noise is None and j - i < _CALLED_NOTE_LINES:
            j += 1
        edge = j < len(units) and units[j].noise in PRINTED_MARKS
        closing = j == len(units) and i > 0 and units[i - 1].noise == "markup"
        n = int(m.group(1))
        at_foot = (edge or closing) and not _goes_on(units[j + 1 :], n + 1)
        if at_foot and _called_above(units, i, f"({n})", f"({n - 1})"):
            for z in units[i:j]:
                z.noise = "page-footer"


def _under_heading(units: Sequence[Unit], i: int) -> bool:
    """The text line above line ``i`` is a heading ("### 25 Certificate of inspector")."""
    above = next((v for v in reversed(units[:i]) if v.noise is None), None)
    return above is not None and above.line.heading_level is not None


_GOES_ON_LINES = 3  # the next page's opening lines: a marginal note, then "(2)"


def _goes_on(after: Sequence[Unit], number: int) -> bool:
    """Whether the next page opens, within its first few text lines, with subsection
    ``number`` or a first paragraph "(a)": a subsection "(1)" above a page break goes on
    there, though a marginal note ("No import without permit") may stand above it; a
    note's page goes on with the text."""
    opening = re.compile(rf"^(?:[-\u2022*]\s+)?(?:\({number}\)|\(?a\))\s")
    following = [v for v in after if v.noise is None][:_GOES_ON_LINES]
    return any(opening.match(v.text.lstrip()) for v in following)


def _called_above(units: Sequence[Unit], i: int, mark: str, before: str) -> bool:
    """Whether ``mark`` stands inside (not at the start of) a line above line ``i`` on its
    page, with no line there opening with the mark ``before`` it (subsection "(2)" under
    its "(1)" is a list's item, however it is cited)."""
    called = False
    for k in range(i - 1, -1, -1):
        v = units[k]
        if v.noise in PRINTED_MARKS:
            break
        if v.text.lstrip().startswith(before):
            return False
        called = called or (v.noise is None and v.text.find(mark) > 0)
    return called
