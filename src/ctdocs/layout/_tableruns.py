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
"""

from __future__ import annotations

from collections.abc import Sequence

from ._unit import Unit

__all__ = ["TABLE_MIN_COLUMNS", "TABLE_MIN_ROWS", "in_table"]

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
