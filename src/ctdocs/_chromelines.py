"""Web chrome the line scorer leaves open: separator-joined tool lines.

A shape that holds across sites, checked after the scorer has classed the page:

* A line cut by separators (``|``, ``·``) into two or more short pieces, none of them
  a sentence: a page's tool row (``Print | Back to top``), a download link with its file
  size (``PDF | 175 ko``), a stamp row (``Published: 1 December 2023 | Language:
  English``). The document's own text does not join short phrases with such marks, but
  its header may (``Report | Doc. 12712 | 16 September 2011``: a symbol and a date), so a
  row with figures is chrome only as a stamp or a download link. (A bulleted office line,
  ``Department of Public Information • … • New York``, is left open: the gold counts it
  as noise in some press releases and as their head in others.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ._furniture import scorable

if TYPE_CHECKING:
    from ._layout import Unit

__all__ = ["mark_split_lines", "split_pieces"]

_SPLIT_RE = re.compile(r"\s*[|·]\s*")
_INNER_SEP_RE = re.compile(r"\S\s*[|·]\s*\S")
# A file's size on a download link: "PDF | 175 ko", "(PDF, 412 Ko)", "214 KB".
# The unit may run into the next link's word ("175 koEn français"), never into a
# lower-case one ("12 kg", "3 gobelets").
_FILE_SIZE_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:[kmgKMG][oObB]|octets|bytes)(?![a-zà-ÿ])",
)
_PIECE_END = frozenset(".!?;:")
_PIECE_MAX_WORDS = 8  # a piece of a tool row: a link, a label with its value
_SPLIT_MAX_WORDS = 25
_SPLIT_MIN_PIECES = 2


def split_pieces(text: str) -> list[str] | None:
    """The pieces of a separator-joined tool line, or None when the line is not one."""
    if not _INNER_SEP_RE.search(text):
        return None
    pieces = [p for p in _SPLIT_RE.split(text.strip()) if p]
    if len(pieces) < _SPLIT_MIN_PIECES or len(text.split()) > _SPLIT_MAX_WORDS:
        return None
    for p in pieces:
        if len(p.split()) > _PIECE_MAX_WORDS or p[-1] in _PIECE_END:
            return None
    return pieces


def mark_split_lines(
    units: Sequence[Unit], protected: Callable[[Unit], bool], stamp: re.Pattern[str]
) -> None:
    """Tool rows, download links and office footers cut by separators into short pieces
    are web chrome; a row with a page stamp among its pieces ("Published: …", "Mis à jour
    le …") is metadata, whose date is the page's own (guidelines §2)."""
    for u in units:
        if not scorable(u) or u.line.heading_level is not None:
            continue
        pieces = split_pieces(u.text)
        if pieces is None:
            continue
        sized = _FILE_SIZE_RE.search(u.text) is not None
        if any(stamp.match(p) for p in pieces):
            # a stamp, as the rules class it, head or not; beside a download link its
            # date would be read as the file's, not the page's, and the row stays open
            if not sized:
                u.noise = "metadata"
        elif protected(u):
            continue
        elif sized or not any(ch.isdigit() for ch in u.text):
            u.noise = "web-chrome"
