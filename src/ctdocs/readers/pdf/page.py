"""The PDF reader's records of a page: characters, lines, pages, paragraphs.

Every pass reads and writes these: :mod:`.characters` makes them from
pdfminer's layout, :mod:`.furniture` and :mod:`.paragraphs` mark and group
them, :mod:`.records` writes them out as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..._offsets import OffsetMap

Box = tuple[float, float, float, float]


class Char(NamedTuple):
    """A character as read from the page, in the frame where its text runs left to right."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    size: float  # font size
    bold: bool
    offset: int  # input offset: where its text stands in the page-by-page character stream


_SPACES_RE = re.compile(r"\s+")


_FOOTNOTE_MARK_RE = re.compile(
    r"^(?:\d{1,3}|[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3])(?=\s|[A-ZÀ-Ý«\"(\[])"
)


@dataclass(slots=True)
class Line:
    """One visual line (or one cell of a row split at a wide gap) of a page."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    runs: list[tuple[int, int]]  # (offset in text, input offset) anchors
    bold: list[tuple[int, int]]  # bold spans in text
    size: float  # dominant font size
    col: int  # 0 single column or across both, 1 left, 2 right
    seg: int  # band of the page between rows that cross the gutter
    row: int  # row index, top to bottom
    first_w: float  # width of the first word (see _first_width)
    x2: float  # where the second word starts (text after a bullet or number)
    kind: str = "body"  # body, furniture, footnote
    reason: str = ""
    box: Box = (0.0, 0.0, 0.0, 0.0)  # x0, top, x1, bottom in page coordinates (pdfplumber's)
    sups: list[tuple[int, int]] = field(default_factory=list)  # raised small marks in text

    def starts_bold(self) -> bool:
        return bool(self.bold) and self.bold[0][0] == 0

    def ends_bold(self) -> bool:
        return bool(self.bold) and self.bold[-1][1] >= len(self.text)

    def all_bold(self) -> bool:
        return len(self.bold) == 1 and self.bold[0] == (0, len(self.text))

    def input_at(self, pos: int) -> int:
        """The input offset of ``pos`` in :attr:`text` (``runs`` are the line's offset map)."""
        return OffsetMap(self.runs).input_at(pos)


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    ncols: int
    nrows: int
    lines: list[Line]


@dataclass(slots=True)
class Para:
    lines: list[Line]
    level: int = 0  # heading level, 0 for body text
    glue: list[str] = field(default_factory=list)  # between line i and i+1, see Joiner.glue

    @property
    def page(self) -> int:
        return self.lines[0].page
