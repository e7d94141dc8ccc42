"""Pass 1: one page's characters as lines, in reading order.

pdfminer's characters become :class:`Char` values (turned so that text runs left
to right), clustered into rows, split at the gutter (:mod:`.columns`) and at very
wide gaps, and written as :class:`Line` records with their bold runs, font size,
first-word width and raised footnote marks.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter, itemgetter
from typing import Any

from ..._offsets import Positions
from .columns import _gutter
from .page import Box, Char, Line, Page

_BOLD_RE = re.compile(r"bold|black|heavy|demi|semibold|extrabold|ultra", re.IGNORECASE)


_NBSP = frozenset("\u00a0\u202f\u2007\u2060")


_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


_NOTE_SYMBOLS = frozenset("*\u2020\u2021\u00a7")


# Char(*fields) without the NamedTuple's Python-level __new__: one call per glyph.
_new_char = tuple.__new__

_TOP = attrgetter("top")
_X0 = attrgetter("x0")

_bold_cache: dict[str, bool] = {}


def _is_bold(fontname: object) -> bool:
    key = fontname if isinstance(fontname, str) else str(fontname)
    hit = _bold_cache.get(key)
    if hit is None:
        hit = _bold_cache[key] = bool(_BOLD_RE.search(key.rsplit("+", 1)[-1]))
    return hit


def _walk(objs: Any, out: list[Any], counts: list[int]) -> None:
    """Characters (and a count of images) in the order pdfplumber lists ``page.chars``."""
    from pdfminer.layout import LTChar, LTContainer, LTImage

    for obj in objs:
        if isinstance(obj, LTContainer):
            _walk(obj._objs, out, counts)
        elif isinstance(obj, LTChar):
            out.append(obj)
        elif isinstance(obj, LTImage):
            counts[0] += 1


def _page_chars(
    objs: list[Any], base: int, height: float, mb_x0: float, mb_top: float
) -> tuple[list[tuple[Char, int]], Counter[int], int]:
    """The page's characters (top-down coordinates, input offsets from ``base``) with
    the quarter turn each runs in, how many visible ones run each way, and the next
    input offset."""
    raw: list[tuple[Char, int]] = []
    off = base
    turns: Counter[int] = Counter()
    for o in objs:
        t = o.get_text()
        if t:
            text = " " if t < " " else t  # a control character reads as a space
            a, b = o.matrix[0], o.matrix[1]
            turn = (0 if a > 0 else 2) if abs(a) >= abs(b) else (1 if b > 0 else 3)
            fields = (
                height - o.y1 + mb_top, height - o.y0 + mb_top, o.x0 + mb_x0, o.x1 + mb_x0,
                text, float(o.size), _is_bold(o.fontname), off,
            )  # fmt: skip
            raw.append((_new_char(Char, fields), turn))
            if not text.isspace():
                turns[turn] += 1
        off += len(t)
    return raw, turns, off


def _read_page(
    page: Any, number: int, base: int, hint: tuple[float, float] | None
) -> tuple[Page, int, int, tuple[float, float] | None]:
    """Lines of one page in reading order.

    Returns the page, the next input offset, the number of images and the gutter found
    (a hint for the next page).
    """
    width, height = float(page.width), float(page.height)
    mb = page.mediabox
    mb_x0, mb_top = float(mb[0]), float(mb[1])
    objs: list[Any] = []
    counts = [0]
    _walk(page.layout._objs, objs, counts)
    raw, turns, off = _page_chars(objs, base, height, mb_x0, mb_top)
    # Read the page in the direction most of its text runs (a landscape table set
    # sideways, a page with /Rotate); text running other ways (a rotated margin note,
    # a stamp) is read after it, each direction as its own stretch of rows.
    order = [tn for tn, _ in turns.most_common()] or [0]
    lines: list[Line] = []
    nrows = seg = 0
    gutter: tuple[float, float] | None = None
    for k, turn in enumerate(order):
        w, h = (height, width) if turn % 2 else (width, height)
        chars = [_turn(c, turn, w, h) for c, tn in raw if tn == turn]
        got, rows, segs, found = _direction(
            chars, number, w, h, hint if k == 0 else None, nrows, seg
        )
        if turn:
            for ln in got:
                ln.box = _unturn(ln.box, turn, w, h)
        lines += got
        nrows, seg = nrows + rows, seg + segs
        if k == 0:
            gutter = found
    main = order[0]
    if main % 2:
        width, height = height, width
    return Page(number, width, height, 2 if gutter else 1, nrows, lines), off, counts[0], gutter


def _direction(
    chars: list[Char],
    number: int,
    width: float,
    height: float,
    hint: tuple[float, float] | None,
    row0: int,
    seg0: int,
) -> tuple[list[Line], int, int, tuple[float, float] | None]:
    """The lines of the characters running one way (in their own frame), in reading order.

    Rows are numbered from ``row0`` and column stretches from ``seg0``, so that the
    directions of one page follow one another; returns the lines, the rows and
    stretches used, and the gutter found.
    """
    ink = [c for c in chars if not c.text.isspace()]
    if not ink:
        return [], 0, 0, None
    gutter = _gutter(ink, width, hint)
    # rows, each tagged (column, top); a row crossing the gutter is read where it stands
    tagged: list[tuple[int, list[Char]]] = []
    tagged = [(0, r) for r in _rows(chars)] if gutter is None else _split_rows(chars, ink, gutter)
    tagged = [(col, r) for col, r in tagged if any(not c.text.isspace() for c in r)]
    tops = sorted({id(r): min(c.top for c in r) for _, r in tagged}.items(), key=itemgetter(1))
    row_index = {key: i for i, (key, _) in enumerate(tops)}
    top_of = dict(tops)
    # the tops of the rows crossing the gutter: the bounds of the page's column stretches
    spanning = Positions(sorted(top_of[id(r)] for col, r in tagged if col == 0) if gutter else [])

    def order(item: tuple[int, list[Char]]) -> tuple[int, int, float]:
        # by segment; inside one: left column, right column, then the crossing row closing it
        col, r = item
        t = top_of[id(r)]
        return (spanning.before(t), col or 3, t)

    lines: list[Line] = []
    for col, r in sorted(tagged, key=order):
        seg = seg0 + spanning.before(top_of[id(r)])
        lines.extend(_make_lines(r, number, col, seg, row0 + row_index[id(r)], width))
    return lines, len(tagged), len(spanning) + 1, gutter


def _split_rows(
    chars: list[Char], ink: list[Char], gutter: tuple[float, float]
) -> list[tuple[int, list[Char]]]:
    """Rows of a two-column stretch: those crossing the gutter (column 0), then each column's."""
    g0, g1 = gutter
    q = (g1 - g0) / 4  # a row crosses if it inks the middle half of the gutter
    spans = _rows([c for c in ink if c.x0 < g1 - q and c.x1 > g0 + q])
    bands = [(min(c.top for c in r), max(c.bottom for c in r)) for r in spans]
    members: list[list[Char]] = [[] for _ in spans]
    sides: tuple[list[Char], list[Char]] = ([], [])
    mid = (g0 + g1) / 2
    for c in chars:
        for k, (bt, bb) in enumerate(bands):
            overlap = min(c.bottom, bb) - max(c.top, bt)
            if overlap >= 0.4 * max(min(c.bottom - c.top, bb - bt), 0.1):
                members[k].append(c)
                break
        else:
            sides[0 if (c.x0 + c.x1) / 2 < mid else 1].append(c)
    tagged = [(0, sorted(m, key=_X0)) for m in members if m]
    return tagged + [(1, r) for r in _rows(sides[0])] + [(2, r) for r in _rows(sides[1])]


def _turn(c: Char, turn: int, width: float, height: float) -> Char:
    """A character's box in the frame where its text runs left to right.

    ``turn`` 1: the text runs up the page, 2: upside down, 3: down the page;
    ``width`` and ``height`` are the frame's (swapped for 1 and 3).
    """
    if turn == 0:
        return c
    top, bottom, x0, x1 = c.top, c.bottom, c.x0, c.x1
    size = x1 - x0 if turn % 2 else c.size  # pdfminer's size is the box height on the page
    if turn == 1:  # lines follow one another to the right
        top, bottom, x0, x1 = x0, x1, width - bottom, width - top
    elif turn == 3:  # lines follow one another to the left
        top, bottom, x0, x1 = height - x1, height - x0, top, bottom
    else:
        top, bottom, x0, x1 = height - bottom, height - top, width - x1, width - x0
    return _new_char(Char, (top, bottom, x0, x1, c.text, size, c.bold, c.offset))


def _unturn(box: Box, turn: int, width: float, height: float) -> Box:
    """A frame box (x0, top, x1, bottom) back in page coordinates (inverse of _turn)."""
    x0, top, x1, bottom = box
    if turn == 1:
        return (top, width - x1, bottom, width - x0)
    if turn == 3:
        return (height - bottom, x0, height - top, x1)
    return (width - x1, height - bottom, width - x0, height - top)


def _rows(chars: list[Char]) -> list[list[Char]]:
    """Characters clustered into rows: vertical overlap of at least 40 % of the smaller height."""
    rows: list[list[Char]] = []
    cur: list[Char] = []
    ctop = cbot = 0.0
    for c in sorted(chars, key=_TOP):
        top, bot = c.top, c.bottom
        if cur:
            ov = min(bot, cbot) - max(top, ctop)
            if ov >= 0.4 * max(min(bot - top, cbot - ctop), 0.1):
                cur.append(c)
                ctop, cbot = min(ctop, top), max(cbot, bot)
                continue
        cur = [c]
        rows.append(cur)
        ctop, cbot = top, bot
    for row in rows:
        row.sort(key=_X0)
    return rows


def _make_lines(row: list[Char], page: int, col: int, seg: int, r: int, width: float) -> list[Line]:
    """One row (or half-row) of characters as lines: cells split at very wide gaps."""
    ink = [c for c in row if not c.text.isspace()]
    if not ink:
        return []
    size = Counter(round(c.size, 1) for c in ink).most_common(1)[0][0]
    wide = max(4 * size, 0.25 * width if col == 0 else 0.15 * width)
    parts: list[list[Char]] = [[]]
    last_x1: float | None = None
    for c in row:
        if not c.text.isspace():
            if last_x1 is not None and c.x0 - last_x1 > wide:
                parts.append([])
            last_x1 = c.x1
        parts[-1].append(c)
    return [ln for part in parts if (ln := _line(part, page, col, seg, r)) is not None]


class _LineText:
    """The text of one line as it is built, with what each later step needs of it.

    One pass over the characters fills it; keeping the running state on one object
    (rather than closures over a dozen locals) lets the pass and the assembly of the
    ``Line`` be read, and tested, as separate steps.
    """

    __slots__ = (
        "bottom",
        "buf",
        "flags",
        "glyphs",
        "pos",
        "runs",
        "sizes",
        "top",
        "words",
        "x0",
        "x1",
        "x2",
    )

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.flags: list[bool] = []  # bold or not, one per character of the text
        self.runs: list[tuple[int, int]] = []  # (start in text, start in input)
        self.pos = 0
        self.sizes: Counter[float] = Counter()
        self.words: list[tuple[float, int]] = []  # (right x, end in text) of the first few words
        self.glyphs: list[tuple[int, int, float, float]] = []  # (start, end, size, bottom)
        self.x2 = -1.0  # where the second word starts
        self.x0 = self.top = 1e18
        self.x1 = self.bottom = -1e18

    def put(self, s: str, inp: int, bold: bool) -> None:
        """Append ``s`` read at input offset ``inp``; a new run starts where offsets jump,
        so the offset map stays one pair per contiguous stretch."""
        runs = self.runs
        if not runs or runs[-1][1] + (self.pos - runs[-1][0]) != inp:
            runs.append((self.pos, inp))
        self.buf.append(s)
        self.flags.extend([bold] * len(s))
        self.pos += len(s)

    def glyph(self, c: Char, t: str) -> None:
        """Append one visible glyph; a ligature is spelt out with every letter pointing
        at the ligature, so the text searches as words and still maps to the input."""
        at = self.pos
        lig = _LIGATURES.get(t)
        if lig is None:
            self.put(t, c.offset, c.bold)
        else:
            for ch in lig:
                self.put(ch, c.offset, c.bold)
        self.glyphs.append((at, self.pos, c.size, c.bottom))
        self.sizes[round(c.size, 1)] += 1
        self.x0, self.x1 = min(self.x0, c.x0), max(self.x1, c.x1)
        self.top, self.bottom = min(self.top, c.top), max(self.bottom, c.bottom)


def _drawn_twice(c: Char, prev: Char, t: str) -> bool:
    """The same glyph struck again almost in place: poor man's bold, read once."""
    return (
        t == prev.text
        and abs(c.x0 - prev.x0) < min(1.0, 0.3 * (prev.x1 - prev.x0))
        and abs(c.top - prev.top) < 0.5
    )


def _gather(chars: list[Char]) -> _LineText | None:
    """One pass over a line's characters: glyphs, and a space wherever the PDF has a
    space character or a gap wider than a letter's spacing (many PDFs draw no spaces).

    The first few word ends are kept for the first-word width (a wrapped line's test),
    except after a no-break space, which glues the next word to the first.
    None when the line holds only spaces.
    """
    acc = _LineText()
    prev: Char | None = None
    space_at = -1
    nbsp = False  # the space before this character does not break (first word goes on)
    for c in chars:
        t = c.text
        if t.isspace():
            if prev is not None:
                space_at = c.offset
                if t in _NBSP:
                    nbsp = True
            continue
        if t.startswith("(cid:") and prev is None:
            t = "\u2022"  # an unmapped glyph opening a line: a bullet, as a rule
        if prev is not None:
            if _drawn_twice(c, prev, t):
                continue
            if space_at >= 0 or c.x0 - prev.x1 > max(0.18 * c.size, 1.0):
                if len(acc.words) < 4 and not nbsp:
                    acc.words.append((prev.x1, acc.pos))
                if acc.x2 < 0:
                    acc.x2 = c.x0
                acc.put(" ", space_at if space_at >= 0 else c.offset, prev.bold and c.bold)
        acc.glyph(c, t)
        prev = c
        space_at = -1
        nbsp = False
    return None if prev is None else acc


def _bold_runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The (start, end) stretches of bold characters: headings and run-in titles are
    told by them, so they are kept as ranges rather than per character."""
    bold: list[tuple[int, int]] = []
    start = -1
    for i, f in enumerate(flags):
        if f and start < 0:
            start = i
        elif not f and start >= 0:
            bold.append((start, i))
            start = -1
    if start >= 0:
        bold.append((start, len(flags)))
    return bold


def _line(chars: list[Char], page: int, col: int, seg: int, r: int) -> Line | None:
    """One text line from its characters (None if it holds only spaces).

    The steps are apart so each can be read alone: gather text and geometry, then
    derive the line's measures (first-word width, bold runs, dominant size, marks).
    """
    acc = _gather(chars)
    if acc is None:
        return None
    text = "".join(acc.buf)
    x0, top, x1, bottom = acc.x0, acc.top, acc.x1, acc.bottom
    words = acc.words
    if len(words) < 4:
        words.append((x1, len(text)))
    first_w = _first_width(text, words) - x0
    size = acc.sizes.most_common(1)[0][0]
    return Line(
        page,
        x0,
        top,
        x1,
        bottom,
        text,
        acc.runs,
        _bold_runs(acc.flags),
        size,
        col,
        seg,
        r,
        first_w,
        acc.x2 if acc.x2 >= 0 else x1,
        box=(x0, top, x1, bottom),
        sups=_superscripts(text, acc.glyphs, size),
    )


def _superscripts(
    text: str, glyphs: list[tuple[int, int, float, float]], size: float
) -> list[tuple[int, int]]:
    """Runs of small raised digits or note symbols after a word: footnote marks.

    A mark is set smaller than the line's type and sits above its baseline; a
    mark opening the line is the note's own number, not a call, so it is left out.
    """
    base = [b for _, _, sz, b in glyphs if abs(sz - size) < 0.15 * size]
    if not base or len(base) == len(glyphs):
        return []
    base.sort()
    baseline = base[len(base) // 2]
    out: list[tuple[int, int]] = []
    for s, e, sz, b in glyphs:
        if s == 0 or sz > 0.9 * size or b > baseline - 0.15 * size:
            continue
        if not (text[s:e].isdigit() or text[s:e] in _NOTE_SYMBOLS):
            continue
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return [(s, e) for s, e in out if e - s <= 3]


_BINDS_NEXT_RE = re.compile(
    r"^(?:\d+(?:er|re|e|ème|st|nd|rd|th)?|n°|no|[«\u201c\u2018(\[]|[A-Z]\.)$"
)


_BOUND_RE = re.compile(r"^(?:[:;!?»\u201d\u2013\u2014]+|\d[\d.,]*[.,;:)]?)$")


def _first_width(text: str, words: list[tuple[float, int]]) -> float:
    """Right edge of the line's first unbreakable stretch.

    A PDF shows a no-break space as a plain space, so the typesetter's ``11 septembre
    2001`` or ``« défense »`` looks like several words; keep a number or an opening
    quote with the word after it, and a closing mark or a number with the word before.
    """
    k = 0
    start = 0
    while k + 1 < len(words):
        word = text[start : words[k][1]].strip()
        nxt = text[words[k][1] : words[k + 1][1]].strip()
        if not (_BINDS_NEXT_RE.match(word) or _BOUND_RE.match(nxt)):
            break
        start = words[k][1]
        k += 1
    return words[k][0]
