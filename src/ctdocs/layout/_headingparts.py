"""The parts of a judgment or an act that a heading names (its operative part, the orders
it opens with) and the headings under which the numbers are not the document's own.

Split from :mod:`ctdocs.layout._numbering` (which re-exports them): these read a whole
heading against the numbering data, where that module reads the marker a line opens with.
"""

from __future__ import annotations

import re
from functools import cache

from ._numberingschema import load_numbering

__all__ = ["foreign_heading", "lead_part", "part_space"]


@cache
def _parts() -> tuple[tuple[str, str], ...]:
    """The operative parts' opening words (folded) and the names they are cited with."""
    parts = load_numbering().annex.parts.items()
    return tuple((" ".join(k.casefold().split()), v) for k, v in parts)


def part_space(heading: str) -> str | None:
    """``PAR CES MOTIFS, LA COUR,`` -> "Dispositif": the heading of a judgment's operative
    part, or None."""
    folded = " ".join(re.findall(r"\w+", heading.casefold()))
    return next((v for k, v in _parts() if folded.startswith(k)), None)


def lead_part(heading: str) -> str | None:
    """``THE COURT ORDERS THAT:`` -> "Order": the whole heading of the orders a judgment
    opens with, or None (``ORDER MADE BY:`` and a section's note ``Order`` in an act are
    told apart by the structure stage, which also wants the part above every number)."""
    folded = " ".join(re.findall(r"\w+", heading.casefold()))
    return load_numbering().annex.leading_parts.get(folded) if folded else None


@cache
def _foreign() -> frozenset[str]:
    return frozenset(h.casefold() for h in load_numbering().foreign_headings)


def foreign_heading(heading: str) -> bool:
    """A heading under which the numbers are not the document's own: reproduced provisions
    of another instrument (``RELATED PROVISIONS``) or a list of works cited
    (``Bibliography``)."""
    return " ".join(heading.casefold().split()) in _foreign()
