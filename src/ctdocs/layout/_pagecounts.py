"""A page's count closing a line after the text's reference ("VI-22.614 - 4/4", "Judgment
2026/77 — 5/5"): a page number where the line opens or closes its page or the text. In
the middle of a page the same shape is a body line or a table row ("Recommandations mises
en œuvre en 2024 – 7 sur 10", "Projects completed by Q3 2025 | 4/5"), the text's."""

from __future__ import annotations

from collections.abc import Sequence

from ..normalise._linekinds import page_count, page_furniture
from ._unit import Unit

__all__ = ["edge_page_count"]


def edge_page_count(units: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` is a page's count (:func:`page_count`): the last page's ("4/4",
    where it stands), or a lower page's standing first or last on its page or in the text
    (only page furniture between it and the edge)."""
    counts = page_count(units[i].text)
    if counts is None or counts[0] > counts[1]:
        return False
    if counts[0] == counts[1]:
        return True
    page = _page(units[i])
    return _edge(units, range(i - 1, -1, -1), page) or _edge(units, range(i + 1, len(units)), page)


def _edge(units: Sequence[Unit], ks: range, page: int) -> bool:
    """Whether no unit of the page ``page`` that is text stands at the positions ``ks``,
    read outwards from the count until the page ends."""
    for k in ks:
        u = units[k]
        if _page(u) != page:
            return True
        if u.noise is None and page_furniture(u.text) is None:
            return False
    return True


def _page(u: Unit) -> int:
    """The unit's page: a paged reader's, else the text copy's form feeds."""
    return u.page if u.page is not None else u.line.page
