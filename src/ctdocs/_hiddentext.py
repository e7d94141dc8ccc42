"""Screen-reader-only text of an HTML page, set aside as noise with its span.

The HTML reader writes the text of an element that a browser hides and keeps for screen
readers (its CSS classes: ``layout.toml``, ``[page_records]``) as a paragraph of its
own and hands on where it stands. Nobody sees it on the page ("Note marginale :" before
each marginal note, a section's title repeated for a screen reader), so it is no part
of the document; but no text is dropped silently: each such line is noise, reason
``markup`` (text that only the page's markup carries). It is marked once the layout
stage is done, so that the page's other lines were judged as a reader of the page sees
them: a heading between two hidden labels is no menu item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._layout import Unit

__all__ = ["mark_hidden"]


def mark_hidden(units: Sequence[Unit], ranges: Sequence[tuple[int, int]]) -> None:
    """Units that lie inside one of ``ranges`` (offsets in the normalised text) are noise."""
    spans = sorted(ranges)
    k = 0
    for u in units:
        while k < len(spans) and spans[k][1] <= u.start:
            k += 1
        if k < len(spans) and spans[k][0] <= u.start and u.end <= spans[k][1]:
            u.noise = "markup"
