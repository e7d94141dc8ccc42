"""The cell boundaries of a document's tables: where extraction must stop.

A plain-text or PDF-text table sets its cells apart by wide gaps ("Prevent   Ministry of
Islamic Affairs   NCTC, island councils"); normalising folds each gap to one space, so
the text extraction reads runs the cells together and a shape finder reads "Prevent
Ministry of Islamic Affairs" as one name. The layout stage keeps each line's gaps
(:attr:`Unit.gaps`); this module picks the lines that are a table's rows and hands their
boundaries on, as offsets into the text, for extraction to treat as hard stops (a name,
a date or a trigger never spans two cells).

A wide gap inside a line of prose is not a cell boundary: a justified PDF line leaves
wide spaces between the words of a sentence ("l'Organisation de l'aviation  civile
internationale"), where a name does span the gap. So a row is a line every cell of which
is short (``CELL_WORDS``), the shape a table's cells have and a sentence's stretches
between justified spaces do not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from ..layout import Unit
from ..layout._numbering import Marker, find_marker

__all__ = ["CELL_WORDS", "cell_cuts", "heads_columns", "is_row", "table_lines"]

CELL_WORDS = 6  # a table's cell holds a few words: a name, a date, "Yes", a short phrase


def is_row(u: Unit) -> bool:
    """Whether a body line is a table's row: cut by wide gaps into cells of a few words
    each (a line of prose cut by a justified line's wide spaces has a long stretch). A
    Markdown table's row is read by its pipes (``extract._unlinked_cells``)."""
    if not u.gaps or u.noise or "|" in u.text:
        return False  # (a pipe table's cells are set by its pipes: its gaps are padding)
    cuts = (0, *u.gaps, len(u.text))
    return all(len(u.text[a:b].split()) <= CELL_WORDS for a, b in pairwise(cuts))


def cell_cuts(units: Sequence[Unit]) -> tuple[int, ...]:
    """The text offsets where a table row's cells begin (after the first), in order, of
    the body lines (``units``) that are rows beside another row: a table has two rows
    at least (a header and a row, a glossary's entries), where a title set alone with a
    wide space ("International Centre for   Counter-Terrorism") is no table."""
    rows = [is_row(u) for u in units]
    n = len(units)
    return tuple(
        u.start + g
        for i, u in enumerate(units)
        if rows[i] and ((i > 0 and rows[i - 1]) or (i + 1 < n and rows[i + 1]))
        for g in u.gaps
    )


def table_lines(
    units: Sequence[Unit], text: str, heads: Callable[[Unit], bool] = lambda u: False
) -> frozenset[int]:
    """Lines of a table set in columns, by start: a row (:func:`is_row`) right under or
    over another line cut into as many cells, no blank line between (``Indicator
    Weight`` over ``Cash donations     High``; a row whose last cell is a longer phrase
    beside rows of short ones). Each looks like a short capitalised heading, but a heading
    stands alone, where a table's lines stand one under another cut alike: no such line
    names the section below it (guidelines §1: the nearest preceding unnumbered heading).
    Two heading lines stacked and set in columns (``heads``: a division's label, words in
    capitals) are no table: ``Chapitre 1       Menace`` over ``Section 1.1      Analyse``,
    a bilingual statute's ``PART 2      PARTIE 2`` over ``TERRORIST FINANCING      FINANCEMENT
    DU TERRORISME``."""
    rows = [is_row(u) and u.line.heading_level is None for u in units]
    found: list[int] = []
    for k, (a, b) in enumerate(pairwise(units)):
        cut = bool(a.gaps) and len(a.gaps) == len(b.gaps) and b.line.heading_level is None
        alike = cut and a.line.heading_level is None and (rows[k] or rows[k + 1])
        alike = alike and not (heads(a) and heads(b))
        if alike and "\n\n" not in text[a.end : b.start]:
            found += (a.start, b.start)
    return frozenset(found)


def heads_columns(u: Unit, marker: Callable[[Unit], Marker | None]) -> bool:
    """A line set in columns that reads as a heading: it opens on a division's or an
    article's label (``Chapitre 1       Menace``, ``PART 2      PARTIE 2``), or its words are
    in capitals (``TERRORIST FINANCING      FINANCEMENT DU TERRORISME``)."""
    for m in (marker(u), find_marker(u.text)):  # the document's reading, or the line's
        if m is not None and m.kind in ("division", "article"):
            return True
    letters = [c for c in u.text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
