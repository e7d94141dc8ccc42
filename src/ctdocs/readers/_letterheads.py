"""A letterhead set in two boxes side by side, copied as text: each row cut into its boxes.

A circular's, a decree's or a UN document's head is printed in two boxes side by side:
the issuing ministry or organ on the left, the state with its motto (or the document's
symbol, its place and date) on the right::

    MINISTERE DE LA SECURITE ET              REPUBLIQUE DU MALI
    DE LA PROTECTION CIVILE             Un Peuple – Un But – Une Foi

A text copy of the page keeps each physical line whole, so every later stage would read
"MINISTERE DE LA SECURITE ET REPUBLIQUE DU MALI" as one name. The boxes are columns of
the page, as a two-column page's prose is (:mod:`ctdocs.readers._textcolumns`), but too
short for its test (a few words per line, a few lines): they are told by shallow
features instead.

* Position: the text's head, before its first line of prose (a line with a run of
  ``_PROSE_WORDS`` words) and within its first ``_HEAD_LINES`` lines. Further down, only a
  block of ``_SIGNATURE_ROWS`` rows or more, both columns set flush left, is read so:
  persons or bodies side by side (a court's bench and its roles, signatories and their
  offices), whose names a later stage would otherwise read across the gutter.
* Shape of a row: exactly two pieces, parted by a wide gap, the right one set in the
  page's right part; each piece a heading's few words (no sentence, no label ending on a
  colon, no list marker, no page or issue number), the two pieces different, the right
  one no document symbol (a secretariat's header, "United Nations   S/2026/310", is read
  whole by the symbol rules); and the row printed once in the text (a running head or
  foot comes back on every page, digits aside). Every other line of the block keeps to
  one piece.
* The columns do not cross: every line of the window keeps the gutter clear.

Each row of such a window is cut into its two pieces, each a paragraph of its own, in
the row's order (:func:`ctdocs.readers._textcolumns.decolumnise` writes them): every
later stage sees the ministry apart from the state, and the page's line keeps its words
in sequence (a row may be a pair, a party and its role, a place and its date). A box's
name wrapped over two rows is read in two pieces: its second line follows the other box's
first. Nothing is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from .._markers import MARKER_RE

__all__ = ["Window", "letterhead_windows", "row_pieces"]

# A letterhead's window: ``[first, last)`` physical line indices and the gutter's column.
Window = tuple[int, int, int]

_GAP_RE = re.compile(r" {3,}")  # what parts a line's pieces (one or two spaces are words')
_WIDE_GAP = 5  # spaces between the two boxes (a menu's items stand 3 or 4 apart)
_WIDE_GAP_TEXT = " " * _WIDE_GAP
_RIGHT_FROM = 30  # where the right box starts at the earliest: the page's right part
_PIECE_WORDS = 8
_PROSE_WORDS = 9  # a piece this long is prose: the head has ended
_HEAD_LINES = 60
# A page's number or count, alone in its piece ("3", "iii", "1/2", "Page 2 of 4", "01-08"),
# or a journal issue's ("N° 24", "No. 6012", "Vol. 715"): a page's or a gazette's furniture.
_PAGE_RE = re.compile(
    r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})"
    r"(?:\s*(?:/|of|sur|de|[-–])\s*(?:\d{1,4}|[ivxlc]{1,7}))?$"
    r"|^(?:n[°o]|no\.|vol\.)\s*\d{1,5}$",
    re.IGNORECASE,
)
# A sentence's stop inside the piece, or a contents or price list's dot leader.
_SENTENCE_RE = re.compile(r"[.!?]\s+[A-ZÀ-Ý]|;|\.{4,}")
# A document symbol in the right box ("A/RES/72/165", "EC-111/DEC.6", "CICTE/DEC. 1/26").
_SYMBOL_RE = re.compile(r"^[A-Z][\w.()-]*(?:/[\w.() -]+)+$")
_SEPARATOR_RE = re.compile(r"^([-*_=~.])\1{2,}$")  # "----------", "************"


def row_pieces(line: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each run of text parted by three spaces or more."""
    out = []
    k = len(line) - len(line.lstrip(" "))
    for m in _GAP_RE.finditer(line, k):
        if m.start() > k:
            out.append((k, m.start()))
        k = m.end()
    end = len(line.rstrip())
    if end > k:
        out.append((k, end))
    return out


def _heading_piece(piece: str) -> bool:
    """A few words of a heading, a dateline, a symbol or a rule: not a sentence, not a
    label waiting for its value, not a list's marker, not a page number."""
    if _SEPARATOR_RE.match(piece):
        return True
    words = piece.split()
    return (
        any(ch.isalpha() for ch in piece)
        and len(words) <= _PIECE_WORDS
        and not piece.endswith((":", ",", ";"))
        and not (piece.endswith(".") and len(words) > 3)
        and not _SENTENCE_RE.search(piece)
        and not _PAGE_RE.match(piece)
        and not MARKER_RE.match(piece)
    )


def _row(line: str, piece: Callable[[str], bool] = _heading_piece) -> int | None:
    """Where the right box starts, if the line is a letterhead's row of two boxes (each
    box's text a ``piece``)."""
    spans = row_pieces(line)
    if len(spans) != 2:
        return None
    (a0, a1), (b0, b1) = spans
    if b0 - a1 < _WIDE_GAP or b0 < _RIGHT_FROM:
        return None
    left, right = line[a0:a1], line[b0:b1]
    if left == right or not (piece(left) and piece(right)):
        return None
    if _SYMBOL_RE.match(right):
        return None  # a secretariat's header: its symbol's rules read the line whole
    return b0


def _key(line: str) -> str:
    """A line's words with its digits masked: a running line's key from page to page."""
    return re.sub(r"\d+", "0", " ".join(line.split()))


def _head_end(lines: Sequence[str]) -> int:
    """The index of the text's first line of prose (or ``_HEAD_LINES``)."""
    for k, line in enumerate(lines[:_HEAD_LINES]):
        if any(len(line[a:b].split()) >= _PROSE_WORDS for a, b in row_pieces(line)):
            return k
    return min(len(lines), _HEAD_LINES)


def _window(
    lines: Sequence[str], first: int, last: int, piece: Callable[[str], bool] = _heading_piece
) -> Window | None:
    """The letterhead window of the block ``[first, last)``, if it holds one: from its
    first row of two boxes to its last (and the right box's lines under it), every line
    in between keeping the gutter clear."""
    block = lines[first:last]
    if not any(_WIDE_GAP_TEXT in line for line in block):
        return None  # (most blocks: no row of two boxes without a wide gap, so none to read)
    if any("\t" in line for line in block):
        return None  # tab stops: no character positions to compare
    rows = {k: c for k, line in enumerate(block) if (c := _row(line, piece)) is not None}
    if not rows or any(len(row_pieces(x)) > 1 for k, x in enumerate(block) if k not in rows):
        return None  # (a line of the block cut otherwise: a table, a header, a record)
    gutter = min(rows.values())
    i, j = min(rows), max(rows) + 1
    while j < len(block) and block[j].strip() and _indent(block[j]) >= gutter:
        j += 1  # the right box runs on under the left one's last line
    for k in range(i, j):
        line = block[k]
        if k in rows:
            if line[gutter - 2 : gutter].strip():
                return None  # a left piece runs up to another row's right box
        elif _indent(line) < gutter and (
            len(line.rstrip()) > gutter - 2 or len(row_pieces(line)) > 1
        ):
            return None  # a line crosses the gutter, or is cut otherwise
    return first + i, first + j, gutter


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def letterhead_windows(
    lines: Sequence[str], blocks: Sequence[tuple[int, int]], taken: set[int]
) -> list[Window]:
    """The letterhead windows of the text's head: in the blocks (``[first, last)`` line
    indices) before its first line of prose, not ``taken`` (read in columns already),
    holding rows printed once in the text."""
    end = _head_end(lines)
    found = []
    counts: Counter[str] | None = None
    for first, last in blocks:
        if first >= end:
            break
        if first in taken:
            continue
        w = _window(lines, first, min(last, end))
        if w is None:
            continue
        if counts is None:  # (only texts with a letterhead pay for the count)
            counts = Counter(_key(x) for x in lines if _GAP_RE.search(x.strip()))
        if all(counts[_key(lines[k])] == 1 for k in range(w[0], w[1]) if _row(lines[k])):
            found.append(w)
    return found + _signature_windows(lines, blocks, taken, end)


_SIGNATURE_ROWS = 3  # as a table's run of rows (layout._tableruns): two may be a letterhead's
_ALIGN = 1  # how far a column's lines may start apart: both columns are set flush left
# A name's initial or a title's abbreviation ("R. Kh. Mirzaev", "Hon. Juge", "(Sgd.)"):
# its dot closes no sentence.
_ABBREVIATION_RE = re.compile(r"\b([A-Z][A-Za-z]{0,2})\.(?!\))")
_ROLE_DASH_RE = re.compile(r"^[-–]\s+")  # "- Membre", "– Pour la Défenderesse"


def _flush_left(lines: Sequence[str], rows: Sequence[int]) -> bool:
    """Whether the rows' two columns each start at one place: a signature block's or a
    list of parties' columns are set flush left, where a letterhead's right box is
    centred or set flush right ("Headquarters" over "Department of the Army")."""
    starts = [[a for a, _ in row_pieces(lines[k])] for k in rows]
    return all(max(c) - min(c) <= _ALIGN for c in zip(*starts, strict=True))


def _signatory_piece(piece: str) -> bool:
    """A box of a signature block or a list of parties: a heading's few words, where a
    name's initials close no sentence and a dash ties a role to the name beside it."""
    return _heading_piece(_ABBREVIATION_RE.sub(r"\1", _ROLE_DASH_RE.sub("", piece)))


def _signature_windows(
    lines: Sequence[str], blocks: Sequence[tuple[int, int]], taken: set[int], end: int
) -> list[Window]:
    """Below the head: blocks of two or more rows of two boxes each, persons or bodies
    side by side (a signature block, the parties and their roles, a court's bench)."""
    found = []
    counts: Counter[str] | None = None
    for first, last in blocks:
        if last <= end or first in taken:
            continue
        first = max(first, end)
        if last - first < _SIGNATURE_ROWS:
            continue  # (most blocks: too few lines to hold the rows)
        w = _window(lines, first, last, _signatory_piece)
        if w is None:
            continue
        rows = [k for k in range(w[0], w[1]) if _row(lines[k], _signatory_piece) is not None]
        if len(rows) < _SIGNATURE_ROWS or not _flush_left(lines, rows):
            continue
        if counts is None:
            counts = Counter(_key(x) for x in lines if _GAP_RE.search(x.strip()))
        seen = [counts[_key(lines[k])] for k in rows]
        if min(seen) == 1 and max(seen) <= 2:
            found.append(w)  # (a bench listed again over the signatures is no running line)
    return found
