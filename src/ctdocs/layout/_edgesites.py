"""A web address alone at a page's edge: the publisher's site printed in a page's foot or
head ("https://crsreports.congress.gov", "www.nato-pa.int", "IF12937 https://…"), noise.

A document's text does not stand on an address alone at the very end of a page: where
its words cite a site they say so in a sentence ("see www…"). A line that is nothing but
an address (with at most a short code beside it, the print's report number) is the
print's own furniture when nothing open stands between it and the page's edge: the foot
of a page (before its number and the form feed, or the text's end) or the page's top.
Inside a page (a cover's address block, a masthead's column) it is left to the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalise._sites import site_line

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_edge_sites"]

_PAGE_NUMBER_RE = re.compile(r"^\s*(?:[-\u2013\u2014]\s*)?\d{1,4}(?:\s*[-\u2013\u2014])?\s*$")


def _page(u: Unit) -> int:
    """The unit's page: a paged reader's, else the text copy's form feeds."""
    return u.page if u.page is not None else u.line.page


def _quiet(u: Unit) -> bool:
    """Set aside already, or a bare page number: nothing of the text's own."""
    return u.noise is not None or _PAGE_NUMBER_RE.match(u.text) is not None


def _at_foot(units: Sequence[Unit], i: int) -> bool:
    """Nothing open after the unit on its page, and the page ends (the next page opens,
    or the text ends)."""
    page = _page(units[i])
    for v in units[i + 1 :]:
        if _page(v) != page:
            return True
        if not _quiet(v):
            return False
    return True


def _at_head(units: Sequence[Unit], i: int) -> bool:
    """A page after the first, with nothing open above the unit on it."""
    page = _page(units[i])
    if page <= 1:
        return False
    for v in reversed(units[:i]):
        if _page(v) != page:
            return True
        if not _quiet(v):
            return False
    return False


def mark_edge_sites(units: Sequence[Unit]) -> None:
    """An open, unnumbered line that is a bare web address at a page's foot or head is
    the print's furniture (guidelines §5: repeated page headers and footers)."""
    for i, u in enumerate(units):
        if u.noise is not None or u.marker is not None or not site_line(u.text):
            continue
        if _at_foot(units, i) or _at_head(units, i):
            u.noise = "page-footer"
