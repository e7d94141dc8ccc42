"""Runs of lines cut into as many columns: a table's header and rows, not menus.

A page's menu is a line of a few short links set apart by wide gaps ("Print   Email
Share"); so is a wordy table's row in a PDF's text ("Prevent   Ministry of Islamic
Affairs   NCTC, island councils"), whose cells hold no number to tell it from a menu.
What tells them apart is repetition: a table's rows stand one under another, each cut
into the same number of columns, where a page's menus stand alone, or two at most one
above the other, each cut its own way ("Print   Email   Share" over "Document   Related
documents   Versions").

Three columns at least: two columns line after line are what a signature block, a
court's composition ("Hon. Juge ...   - Membre") and a letterhead print too, which
their own passes read (records, running lines, mastheads).

A line read as a menu right beside a line of the text that is cut into columns too is a
row of the same block, whatever its count of columns: a glossary's ("NEDEX   Neutralisation
…"), a signature block's ("Pour le Gouvernement de la   Pour le Gouvernement de la"), a
table's; a page's menu stands among the page's chrome, not against the text's own rows
(:func:`give_back_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._linekeys import WEB_RE
from ._unit import Unit

__all__ = ["TABLE_MIN_COLUMNS", "TABLE_MIN_ROWS", "give_back_rows", "in_table"]

TABLE_MIN_ROWS = 3  # a header and two rows, or three rows
TABLE_MIN_COLUMNS = 3  # two gaps: a pillar, its lead agency, its supporting agencies


def in_table(units: Sequence[Unit], i: int) -> bool:
    """Whether the i-th unit is one of ``TABLE_MIN_ROWS`` or more lines in a row cut into
    the same number of columns, ``TABLE_MIN_COLUMNS`` at least."""
    n = len(units[i].gaps)
    if n + 1 < TABLE_MIN_COLUMNS:
        return False
    a = i
    while a > 0 and len(units[a - 1].gaps) == n and i - a < TABLE_MIN_ROWS:
        a -= 1
    b = i
    while b + 1 < len(units) and len(units[b + 1].gaps) == n and b - a < TABLE_MIN_ROWS:
        b += 1
    return b - a + 1 >= TABLE_MIN_ROWS


# A page's running line closes on its folio ("Independent Reviewer …   Terrorism in
# Prisons   1"): furniture, whatever stands beside it.
_FOLIO_END_RE = re.compile(r"\s\d{1,3}$")
# A page's tabs count what each holds ("Summary (0)   Text (1)   Actions (4)"): a menu.
_TAB_COUNT_RE = re.compile(r"\(\d{1,4}\)")


def give_back_rows(units: Sequence[Unit]) -> None:
    """Lines set aside as menus that stand right beside a line of the text cut into
    columns are rows of that line's block, and text again: read down then up, so that a
    row given back lets the next one go back too. A line with a web address, tabs with
    their counts, or a line closing on a page's number stays aside (a site's footer, a
    page's tabs, a running line)."""
    order = [*range(len(units)), *range(len(units) - 1, -1, -1)]
    for i in order:
        u = units[i]
        if u.noise != "navigation" or u.nav or not u.gaps or _FOLIO_END_RE.search(u.text):
            continue
        beside = (units[k] for k in (i - 1, i + 1) if 0 <= k < len(units))
        if any(v.noise is None and v.gaps for v in beside) and not _site_line(u):
            u.noise = None


def _site_line(u: Unit) -> bool:
    """A web address, or tabs that count their items in most of its columns."""
    return bool(WEB_RE.search(u.text)) or 2 * len(_TAB_COUNT_RE.findall(u.text)) > len(u.gaps) + 1
