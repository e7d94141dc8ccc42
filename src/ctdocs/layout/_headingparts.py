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
    folded = heading.casefold()
    firsts = _part_firsts()
    if firsts is not None:
        # speed: the folded heading's first word character opens no part's words (most
        # headings): its words are not cut and joined for the comparison
        first = _WORD_CHAR_RE.search(folded)
        if first is None or first.group() not in firsts:
            return None
    folded = " ".join(_WORDS_RE.findall(folded))
    return next((v for k, v in _parts() if folded.startswith(k)), None)


_WORD_CHAR_RE = re.compile(r"\w")
_WORDS_RE = re.compile(r"\w+")


@cache
def _part_firsts() -> frozenset[str] | None:
    """The first characters of the parts' folded words (None where one is empty: every
    heading then starts with it)."""
    firsts = frozenset(k[:1] for k, _v in _parts())
    return None if "" in firsts else firsts


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
    first = heading.lstrip()[:1].casefold()[:1]  # (a blank folds to itself, a mark to no blank)
    if first not in _foreign_firsts():
        return False  # speed: no such heading opens so (the line is not folded whole)
    return " ".join(heading.casefold().split()) in _foreign()


@cache
def _foreign_firsts() -> frozenset[str]:
    return frozenset(h[:1] for h in _foreign())
