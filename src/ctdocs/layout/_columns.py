"""Page furniture cut into columns: a PDF's running head or foot copied as one line.

A PDF's page opens or closes with a line set in columns, the page's number or date at one
edge and the journal's name or the document's symbol and title beside it ("2025/2214
27.11.2025", "N° 7482 – … (9-2-2026)   BULLETIN OFFICIEL   317"). Copied as text, the
columns are kept apart by wide gaps (``Unit.gaps``). A table's rows are cut so too, but
they stand together, row under row, and their cells hold numbers in the middle; a running
line stands alone between the text's lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..normalise._linekinds import page_furniture

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["is_table_row", "running_columns"]

# A column that dates or numbers the page: "317", "27.11.2025", "OJ L, 27.11.2025",
# "N° 7482 – 21 chaabane 1447 (9-2-2026)".
# A page or an issue named with its number is such an edge too: "Page 2314", "N° 112".
# So is a page named with its count against the whole ("Page 1 of 4", "Page 2 sur 3"):
# see ``_named_page_count``.
_PAGE_EDGE_RE = re.compile(
    r"^\d{1,4}$|\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\)?$|^(?:n[°o]|no\.|page|p\.)\s*\d{1,4}$",
    re.IGNORECASE,
)
_RUNNING_COLUMNS = 4
# A folio set between dashes ("- 2 -", "– 12 –"): a page's number by its shape alone, never
# a table's figure or a score.
_DASHED_FOLIO_RE = re.compile(r"^[-\u2013\u2014]\s?\d{1,4}\s?[-\u2013\u2014]$")


def _named_page_count(column: str) -> bool:
    """A column that names the page and counts it against the whole ("Page 1 of 4", "Page
    2 sur 3"), read by the layout data's page-number shapes. A bare count ("3/3") beside
    words is left to ``column_furniture``, which asks every column to be furniture: beside a
    label it may be a table's score ("Questions answered   3/3")."""
    return column[:1].isalpha() and page_furniture(column) == "page-number"


_RUNNING_COLUMN_WORDS = 12


def running_columns(text: str, gaps: Sequence[int], symbol: bool) -> bool:
    """A PDF's running head or foot copied as one line of columns, one of its edges the
    page's number, its date or the document's symbol ("2025/2214   27.11.2025", "N° 7482
    – … (9-2-2026)   BULLETIN OFFICIEL   317", "A/RES/77/298   The United Nations Global
    …"): the other columns are a few words with no sentence among them (a journal's
    name, a title), with no number alone in an inner column. Asked only of a line whose
    neighbours are not cut into columns (a table's rows are), and with ``symbol`` False in
    the document's head, where a symbol column is the document's own ("United Nations
    A/RES/77/298")."""
    cuts = [0, *gaps, len(text)]
    cols = [text[a:b].strip() for a, b in pairwise(cuts)]
    if not 2 <= len(cols) <= _RUNNING_COLUMNS or not all(cols):
        return False
    if any(c.isdigit() for c in cols[1:-1]) or all(c.isdigit() for c in cols):
        return False  # a table's row of figures ("2016   718")
    # a number before one column is a section's ("21   Criminal Code provisions apply")
    edges = (cols[0], cols[-1]) if len(cols) > 2 or not cols[0].isdigit() else (cols[-1],)
    dated = any(
        _PAGE_EDGE_RE.search(c) or _named_page_count(c) or _DASHED_FOLIO_RE.match(c) for c in edges
    )
    if not (dated or (symbol and any(page_furniture(c) == "page-header" for c in edges))):
        return False
    return all(
        len(c.split()) <= _RUNNING_COLUMN_WORDS and not c.endswith((".", ";", "!", "?"))
        for c in cols
    )


_CELL_WORDS = 6


def is_table_row(u: Unit) -> bool:
    """An unnumbered line cut into columns of a few words each, none at its edges a page
    number ("ELI: http://…   1/4" is the page's foot): a row of a table."""
    if not u.gaps or u.noise or u.marker is not None:
        return False
    cuts = [0, *u.gaps, len(u.text)]
    cells = [u.text[a:b].strip() for a, b in pairwise(cuts)]
    edge = page_furniture(cells[0]) or page_furniture(cells[-1])
    return (
        edge is None
        and all(len(c.split()) <= _CELL_WORDS for c in cells)
        and not _numbered_heading(cells)
    )


_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}\.?$")


def _numbered_heading(cells: Sequence[str]) -> bool:
    """A section's number set apart from its heading by a wide gap ("4   TERRORISME
    DJIHADISTE", "2.1   Threat picture"): two cells, the first a section number, the second
    words opening with a capital. A table's row has figures after its label, or several
    cells; a heading is no row, and a running line above it still stands alone."""
    if len(cells) != 2 or not _SECTION_NUMBER_RE.match(cells[0]):
        return False
    head = cells[1]
    return head[:1].isupper() and not any(ch.isdigit() for ch in head)
