"""A table's rows right under a numbered heading, read as the heading clause's text.

A page's table loses its cells' borders when its rows become lines (an HTML ``<tr>``
read as one line, a PDF's columns folded to single spaces): each row is then a short line
opening on a capital or a figure, with no closing mark, which is what a heading looks
like (``4. Chiffres clés`` over ``Indicateur 2024 2025`` / ``Contenus retirés 9 870 12
430`` …). One such line could be a sub-heading; a run of them with nothing under any is
not, since a heading heads something: three lines at least in a row, right under a
numbered heading and before any sentence, are the heading clause's text (guidelines §1:
the text runs up to the next clause or heading; a numbered heading's body starts on the
next line). Shape and position only.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..layout import Unit
from ._bareruns import unnumbered_rows
from ._blocks import HEADING_MAX_WORDS, TERMINAL_END, more_words

__all__ = ["ROWS_MIN", "row_sets", "rows_under_heading"]

ROWS_MIN = 3  # a header and two rows, or three rows: fewer may be a heading and its sub-heading
# two lines in three at least show their cells (a header row may show none)
_CELLS_SHARE = (2, 3)


def row_sets(units: Sequence[Unit]) -> tuple[frozenset[int], frozenset[int]]:
    """The lines whose numbers are no clauses' (:func:`unnumbered_rows`) with the rows under
    a numbered heading, and those rows alone (no heading either)."""
    head = rows_under_heading(units)
    return unnumbered_rows(units) | head, head


def rows_under_heading(units: Sequence[Unit]) -> frozenset[int]:
    """The starts of the lines of each run of :data:`ROWS_MIN` row lines or more that
    follows a numbered heading's line (:func:`_heads`), up to its last line holding a figure,
    two lines in three of it at least showing their cells (:func:`_cells`): a run of short
    plain lines most of which show none is a heading's sub-headings, not a table's rows."""
    found: list[int] = []
    k = 0
    while k < len(units):
        j = k + 1
        if _heads(units[k]):
            while j < len(units) and _row(units[j]):
                j += 1
            run = _headed(units[k + 1 : j])
            share, whole = _CELLS_SHARE
            if len(run) >= ROWS_MIN and whole * sum(map(_cells, run)) >= share * len(run):
                found.extend(u.start for u in run)
        k = j
    return frozenset(found)


def _headed(run: Sequence[Unit]) -> Sequence[Unit]:
    """The run without the lines that end it holding no figure at all: a heading over what
    comes after the table (``Prevention`` over ``3. We funded …``), which it heads; a row
    holds its figures (``Median time to comply 38 min 26 min``, its cells' gaps lost)."""
    n = len(run)
    while n and not any(c.isdecimal() for c in run[n - 1].text):
        n -= 1
    return run[:n]


def _heads(u: Unit) -> bool:
    """A numbered line that closes no sentence: a numbered heading (``3. Enforcement in H2
    2025``, ``Section 3. Proposal Data Sheet``)."""
    return u.marker is not None and u.marker.kind != "bullet" and not _closed(u.text.rstrip())


def _closed(t: str) -> bool:
    """A closing mark ends ``t`` (the last character read, not a search along the line)."""
    return bool(t) and TERMINAL_END.match(t[-1]) is not None


def _cells(u: Unit) -> bool:
    """A row's cells show: set apart by wide gaps (a PDF's or a plain text's columns), or
    closing on a figure (``Réclamations 33 41``, ``Final report Month 12 15%``)."""
    t = u.text.rstrip().removesuffix("%").rstrip()
    return len(u.gaps) >= 2 or t[-1:].isdecimal()


def _row(u: Unit) -> bool:
    """A plain short line with no number, no markup and no closing mark, opening on a
    capital (a figure first is a number a later reader may take): a table's row whose
    borders are gone, or a heading's line."""
    t = u.text.strip()
    return bool(
        t
        and u.marker is None
        and u.role is None
        and u.line.heading_level is None
        and not u.line.bold_spans
        and not u.line.field
        and t[:1].isupper()
        and not t.isupper()  # a title block in capitals over a gazette's act, no table
        and not _closed(t)
        and not more_words(t, HEADING_MAX_WORDS)
    )
