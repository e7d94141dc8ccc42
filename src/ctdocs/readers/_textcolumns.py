"""Two-column pages copied as text, read in column order.

A gazette, an official journal or a law report is set in two columns; a copy of its
PDF as text (``pdftotext -layout``) keeps each physical line whole: a fragment of the
left column, a run of spaces, a fragment of the right one. Read line by line, each
sentence is cut in two and mixed with its neighbour's. The reader owns reading order
(the PDF reader splits columns by the characters' x-positions, see
:mod:`ctdocs.readers.pdf.columns`); a text copy has only the gaps, so this module
finds a block set in columns from shallow features and writes it as the whole left
column, then the right one.

A block is a run of non-blank lines (a blank line closes it: a page's columns end
together above its foot). It is read in columns when

* one position ``c`` starts the right column: on most lines that hold text on both
  sides, the text after a gap of two spaces or more starts exactly there, and no line
  of the block has a character at ``c - 1`` (nothing crosses the gutter);
* both sides hold prose: enough lines with text on both sides, most of the block's
  lines, and several words per fragment on each side (a table's cells, a contents
  list's short titles and a margin of labels are none of these).

Nothing is lost: every character but the gutter's spaces is written once, a left
fragment's empty place is a blank line (a paragraph break in that column), and the
anchors map each fragment back to where it stands in the input.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, repeat

from .._markers import MARKER_RE, TERMINAL
from .._offsets import Anchor, TextWriter
from ._letterheads import letterhead_windows, row_pieces

__all__ = ["decolumnise", "physical_lines"]

_MIN_GAP = 2  # spaces between the columns' fragments
_MIN_SHARED = 6  # lines with text on both sides
_SHARED_SHARE = 0.5  # of the block's lines
_MIN_WORDS = 3.5  # mean words of a fragment, on each side
_START_SHARE = 0.6  # of the right fragments that start exactly at the column


def physical_lines(text: str) -> list[tuple[int, str]]:
    """Physical lines with their offsets, without their line ends (a line that
    ``splitlines`` ends at another separator, a form feed, keeps it).

    Speed: the offsets are running sums and the ends stripped by ``map``, in C; the
    readers cut the text once and hand the lines on (:func:`decolumnise`'s ``lines``).
    """
    raws = text.splitlines(keepends=True)
    starts = accumulate(map(len, raws), initial=0)  # one more than the lines: the text's end
    return list(zip(starts, map(str.rstrip, raws, repeat("\r\n")), strict=False))


def _gap_ends(line: str) -> list[int]:
    """Where text starts again after each gap of two spaces or more that follows text."""
    ends = []
    k = len(line) - len(line.lstrip())
    while (gap := line.find(" " * _MIN_GAP, k)) >= 0:
        k = len(line) - len(line[gap:].lstrip())
        if k < len(line):
            ends.append(k)
    return ends


def _column(block: Sequence[str]) -> int | None:
    """The position the block's right column starts at, if the block is set in columns."""
    gap = " " * _MIN_GAP
    if len(block) < _MIN_SHARED or sum(gap in line.strip() for line in block) < _MIN_SHARED:
        return None  # speed: most blocks have too few lines cut by a gap to be columns
    if any("\t" in line for line in block):
        return None  # tab stops: no character positions to compare
    starts = Counter(s for line in block for s in _gap_ends(line))
    if not starts:
        return None
    c, n = starts.most_common(1)[0]
    if n < _MIN_SHARED or n < _START_SHARE * sum(1 for line in block if _gap_ends(line)):
        return None
    if any(len(line) >= c and line[c - 1] != " " for line in block):
        return None  # a line crosses the gutter
    shared = [line for line in block if line[:c].strip() and line[c:].strip()]
    if len(shared) < max(_MIN_SHARED, _SHARED_SHARE * len(block)):
        return None
    if any(not line[c - _MIN_GAP : c].isspace() for line in shared):
        return None  # a left fragment runs up to the column: not a gap
    lw = sum(len(line[:c].split()) for line in shared) / len(shared)
    rw = sum(len(line[c:].split()) for line in shared) / len(shared)
    return c if lw >= _MIN_WORDS and rw >= _MIN_WORDS else None


def _blocks(lines: Sequence[tuple[int, str]]) -> list[tuple[int, int]]:
    """``[first, last)`` line indices of each run of non-blank lines."""
    out: list[tuple[int, int]] = []
    first = None
    for k, (_, line) in enumerate([*lines, (0, "")]):
        if line.strip() and first is None:
            first = k
        elif not line.strip() and first is not None:
            out.append((first, k))
            first = None
    return out


def _goes_on(prev: str, nxt: str, width: int) -> bool:
    """A column's line wrapped into the next: its sentence not ended, and the next line's
    first word too long to have fitted after it in the column's width (a ragged column
    breaks a line only there). A line opening with a marker, a bracket or a quote starts
    anew. The normaliser joins the rest as it joins any text's lines; this catches the
    breaks before a capital it leaves ("the Financial" / "Intelligence Centre")."""
    if not prev or not nxt or prev.endswith(TERMINAL) or MARKER_RE.match(nxt):
        return False
    if nxt[0] in "([\"“«'‘" or nxt.isupper():
        return False
    return len(prev) + 1 + len(nxt.split(None, 1)[0]) > width


def _write_column(w: TextWriter, rows: Sequence[tuple[int, str]], lo: int, hi: int) -> None:
    """One column of a block: each line's fragment ``[lo, hi)`` on a line of its own, or
    after the one before where that one wrapped (see :func:`_goes_on`); an empty fragment
    is a blank line, a paragraph break in that column."""
    pieces = []
    for at, line in rows:
        piece = line[lo:hi].rstrip()
        skip = len(piece) - len(piece.lstrip())
        pieces.append((piece[skip:], at + lo + skip, at + len(line)))
    width = max(len(p) for p, _, _ in pieces)
    for k, (piece, at, end) in enumerate(pieces):
        w.put(piece, at)
        nxt = pieces[k + 1][0] if k + 1 < len(pieces) else ""
        if not _goes_on(piece, nxt, width):
            w.put("\n", end)
        elif not piece.endswith("-"):  # "Non-" / "Proliferation": the hyphen is the word's
            w.put(" ", end)


def _write_boxes(w: TextWriter, rows: Sequence[tuple[int, str]]) -> None:
    """A letterhead's window (:mod:`._letterheads`): each row of two boxes cut into its
    two pieces, each a paragraph of its own, in the row's order (the left box's piece,
    then the right one's: the page's line stays whole in the text, its pieces apart); the
    window's other lines, one box's only, as they are."""
    for at, line in rows:
        spans = row_pieces(line)
        if len(spans) != 2:
            w.put(line, at)
            w.put("\n", at + len(line))
            continue
        for a, b in spans:
            w.put(line[a:b], at + a)
            w.put("\n\n", at + b)


def decolumnise(
    text: str, lines: list[tuple[int, str]] | None = None
) -> tuple[str, list[Anchor] | None, int]:
    """The text with each block set in two columns read column by column, its anchors
    into ``text``, and how many blocks were so read; ``(text, None, 0)`` when none was.
    A letterhead in two boxes at the text's head has each row cut into its two pieces
    (:mod:`._letterheads`), and counts as a block so read. ``lines``: the text's
    :func:`physical_lines`, when the caller has them."""
    if lines is None:
        lines = physical_lines(text)
    blocks = _blocks(lines)
    found: list[tuple[int, int, int, bool]] = []
    for first, last in blocks:
        c = _column([line for _, line in lines[first:last]])
        if c is not None:
            found.append((first, last, c, False))
    taken = {first for first, _, _, _ in found}
    plain = [line for _, line in lines]
    found += [(a, b, c, True) for a, b, c in letterhead_windows(plain, blocks, taken)]
    if not found:
        return text, None, 0
    w = TextWriter()
    done = 0  # input offset written up to
    for first, last, c, boxes in sorted(found):
        rows = lines[first:last]
        w.put(text[done : rows[0][0]], done)
        if boxes:
            _write_boxes(w, rows)
        else:
            _write_column(w, rows, 0, c)
            w.put("\n", rows[-1][0] + len(rows[-1][1]))
            _write_column(w, rows, c, len(text))
        done = rows[-1][0] + len(rows[-1][1])
        done += len(text) > done and text[done] == "\r"
        done += len(text) > done and text[done] == "\n"
    w.put(text[done:], done)
    return w.text(), w.anchors, len(found)
