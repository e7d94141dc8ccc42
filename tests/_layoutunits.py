"""What the layout test files share: a page's units by their text."""

from __future__ import annotations

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str, *, markdown: bool = False) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=markdown))}
