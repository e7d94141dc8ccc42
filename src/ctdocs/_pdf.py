"""PDF input: pdfplumber's characters become Markdown-ish text, with page and box kept.

:func:`pdf_to_text` reads a PDF page by page with pdfplumber and returns a
:class:`PdfText` whose ``text`` is what :func:`ctdocs._normalise.normalise`
reads (with ``markdown=True``):

* one line per paragraph, a blank line between paragraphs; the physical lines
  of a paragraph are joined here, from the layout — line spacing, where a line
  stops short of the column edge (allowing for the first word of the next line),
  indents (a first-line indent, the hanging text of a bullet), font size and
  bold changes, clause and bullet markers — also across a column or page break.
  In a document whose paragraphs open with a first-line indent, that indent
  decides alone (a no-break space, invisible in a PDF, can push a word to the
  next line and leave a line short);
* ``## `` before a paragraph set in a font larger than the body (the largest
  size is level 1, the next level 2, ...), ``**...**`` around bold runs, so
  headings and run-in titles (``**16.2.5 Formation et exercices.** Les...``)
  reach the later stages as they would from a Markdown file;
* two-column pages read column by column: the gutter is a vertical band in the
  middle half of the page that almost no line crosses (the page before's gutter
  is tried first); rows that do cross it (a title over both columns, a centred
  page number) are read where they stand, between the column stretches above
  and below them. Text set sideways (a landscape table, a page with /Rotate) is
  read in its own direction; text running another way than most of its page's
  (a rotated margin note) is left out;
* end-of-line hyphens removed only where they are hyphenation: ``ter-`` +
  ``rorisme`` becomes ``terrorisme`` when the document writes ``terrorisme``
  elsewhere (more often than ``ter-rorisme``); ``anti-`` + ``terrorisme`` stays
  ``anti-terrorisme`` unless the joined form is the one the document uses; with
  neither form elsewhere the hyphen stays; ``OTAN-`` + ``Russie`` (a capital
  after the hyphen) and ``2001-`` + ``2003`` are never joined; a soft hyphen
  (U+00AD) always is;
* page furniture — running heads and feet (document symbols, job numbers,
  ``Page 3 of 5``, lone page numbers, distribution lines) — found *across*
  pages (see :func:`_mark_furniture`): a line among the three outermost rows of
  a page, in its top or bottom band, whose text with digits normalised recurs in
  that band on at least 40 % of the pages; or that stands where such repeated
  lines stand (a running head naming the chapter); page numbers and job numbers
  are also recognised on their own. Each furniture line is its own paragraph;
* footnotes (a run of small type closing a column, low on the page, opening
  with a number or mark) become paragraphs of their own.

Furniture lines and footnotes are not left where the page break put them: that
would cut the paragraph running across the break in two. They are moved to
the first paragraph boundary after the page's own paragraphs (a running head:
before the first paragraph that opens on its page) where the normaliser cannot
glue them to their neighbours (the next paragraph does not open in lower case,
or is a heading or a marker line) — so the body reads on across the break, and
:meth:`PdfText.annotate` marks the furniture units noise (``page-header``,
``page-footer``, ``page-number``), each with its page. Footnotes come after the
furniture, so that a noise unit stands between a clause and its footnotes and
the clause does not absorb them.

Offsets. ``anchors`` maps offsets in ``text`` to offsets in a notional *input*:
the concatenation, page after page, of the ``text`` of every character
pdfplumber extracts — the characters of ``page.chars``, in that order (they are
read here from ``page.layout``, the pdfminer layout pdfplumber builds
``page.chars`` from, in the same order, without the cost of pdfplumber's
per-character dictionaries). From each ``(out, inp)`` anchor on, both advance
together until the next anchor. Text ctdocs adds (the space or nothing that
joins two lines, blank lines, ``##`` and ``**``) maps to the character it stands
next to; a removed hyphen has no text offset; an unmapped glyph opening a line
(pdfminer's ``(cid:127)``) is read as the bullet ``•`` it almost always is.

Pages are read one at a time and closed (``page.close()`` drops pdfminer's
layout), so memory grows with the text, not with the PDF's page objects.
A PDF with no text layer (a scan), an encrypted or a corrupt PDF raises
:class:`PdfError` with a message naming the file; no pdfminer or pdfplumber
exception escapes (not even as ``__cause__``).
"""

from __future__ import annotations

import bisect
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from ._errors import InputTooLargeError, PdfError
from ._layout import Unit
from ._normalise import _TERMINAL, MARKER_RE, NormalisedText, _starts_lower
from ._source import max_pages

__all__ = ["NoteCall", "PdfText", "pdf_to_text"]

Box = tuple[float, float, float, float]

# A character as read from the page: top, bottom, x0, x1, text, size, bold, input offset.
_Char = tuple[float, float, float, float, str, float, bool, int]

_BOLD_RE = re.compile(r"bold|black|heavy|demi|semibold|extrabold|ultra", re.IGNORECASE)
_WORD_RE = re.compile(r"\w+(?:[-\u2010]\w+)*")
_HYPHENS = ("-", "\u2010", "\u00ad")
_NBSP = frozenset("\u00a0\u202f\u2007\u2060")
_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# Tried only where a word chain starts (the lookbehinds): from inside a long "a-a-a-…" each
# start would rescan the chain. Same matches as without them, in linear time.
_BROKEN_RE = re.compile(r"(?<!\w)(?<!\w[-\u2010])(\w+(?:[-\u2010]\w+)*)[-\u2010\u00ad]$")
_DIGITS_RE = re.compile(r"\d+")
# Widest page read in columns: 14 400 pt is PDF's largest page (without UserUnit); a wider
# (corrupt or crafted) media box is read as one column.
_MAX_PAGE_WIDTH = 14_400
_SPACES_RE = re.compile(r"\s+")
_ROMAN_KEY_RE = re.compile(r"^[ivxlc]{1,7}$")
_PAGE_NUMBER_KEY_RE = re.compile(
    r"^(?:[-\u2013\u2014(\[]\s*)?(?:(?:page|p\.|pag\.|seite)\s*)?#"
    r"(?:\s*(?:/|of|sur|de|von)\s*#)?(?:\s*[-\u2013\u2014)\]])?$"
)
_JOB_KEY_RE = re.compile(r"^#-#\s*\([a-z]\)(?:\s+#(?:/#)*)*$")
_FOOTNOTE_MARK_RE = re.compile(
    r"^(?:\d{1,3}|[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3])(?=\s|[A-ZÀ-Ý«\"(\[])"
)
_NOTE_SYMBOLS = frozenset("*\u2020\u2021\u00a7")
_END_TERMINAL_RE = re.compile(r"[.;:!?\u2026][\"\u00bb\u201d\u2019)\]]*\d{0,3}$")


# -- records ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
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
        k = bisect.bisect_right(self.runs, (pos, 1 << 62)) - 1
        p, inp = self.runs[max(k, 0)]
        return inp + (pos - p)


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    ncols: int
    nrows: int
    lines: list[_Line]


@dataclass(slots=True)
class _Para:
    lines: list[_Line]
    level: int = 0  # heading level, 0 for body text
    glue: list[str] = field(default_factory=list)  # between line i and i+1, see _Joiner.glue

    @property
    def page(self) -> int:
        return self.lines[0].page


@dataclass(slots=True)
class _Record:
    """Where one line landed in ``text``."""

    start: int
    end: int
    line: _Line


# -- public --------------------------------------------------------------------------------


@dataclass
class PdfText:
    """Text of a PDF for the normaliser, with its offset map and per-line pages and boxes."""

    text: str
    anchors: list[tuple[int, int]]
    page_count: int
    records: list[_Record] = field(default_factory=list, repr=False)

    def annotate(self, units: Sequence[Unit], norm: NormalisedText) -> None:
        """Set ``page`` and ``bbox`` of every unit; mark page furniture as noise."""
        if not self.records:
            return
        keys = [a[0] for a in norm.anchors]
        starts = [r.start for r in self.records]

        def to_text(off: int) -> int:
            k = max(bisect.bisect_right(keys, off) - 1, 0)
            out, inp = norm.anchors[k]
            return inp + (off - out)

        for u in units:
            if u.end <= u.start:
                continue
            s, e = to_text(u.start), to_text(u.end - 1) + 1
            k = max(bisect.bisect_right(starts, s) - 1, 0)
            hit: list[_Record] = []
            while k < len(self.records) and self.records[k].start < e:
                if self.records[k].end > s:
                    hit.append(self.records[k])
                k += 1
            if not hit:
                continue
            body = [r for r in hit if r.line.kind != "furniture"]
            if not body:
                u.noise = hit[0].line.reason
            elif all(r.line.kind == "footnote" for r in body):
                u.role = "footnote"
            first = (body or hit)[0].line
            u.page = first.page
            box = [
                r.line for r in (body or hit)
                if r.line.page == first.page and r.line.col == first.col and r.line.seg == first.seg
            ]
            u.bbox = (
                round(min(b.box[0] for b in box), 2),
                round(min(b.box[1] for b in box), 2),
                round(max(b.box[2] for b in box), 2),
                round(max(b.box[3] for b in box), 2),
            )


    def note_calls(self, anchors: Sequence[tuple[int, int]], length: int) -> list[NoteCall]:
        """Footnote marks of the body, in the coordinates of the text ``anchors`` map.

        ``anchors`` maps the final text to this PDF's input offsets (see
        ``Document.offset_map``); a mark the final text does not hold is left out.
        """
        segs = sorted(
            (inp, out, (anchors[k + 1][0] if k + 1 < len(anchors) else length) - out)
            for k, (out, inp) in enumerate(anchors)
        )
        keys = [g[0] for g in segs]

        def to_out(inp: int) -> int | None:
            k = bisect.bisect_right(keys, inp) - 1
            if k < 0:
                return None
            i0, o0, n = segs[k]
            return o0 + (inp - i0) if inp - i0 < n else None

        calls: list[NoteCall] = []
        for rec in self.records:
            ln = rec.line
            if ln.kind != "body":
                continue
            for s, e in ln.sups:
                a, b = to_out(ln.input_at(s)), to_out(ln.input_at(e - 1))
                if a is not None and b is not None and b >= a:
                    calls.append(NoteCall(a, b + 1, ln.text[s:e], ln.page))
        calls.sort(key=lambda c: c.start)
        return calls


@dataclass(frozen=True, slots=True)
class NoteCall:
    """A footnote mark in the body: span in the final text, the mark, its page."""

    start: int
    end: int
    mark: str
    page: int


def pdf_to_text(data: bytes, name: str) -> PdfText:
    """Read a PDF (bytes) into a :class:`PdfText`; raise :class:`PdfError` if it cannot."""
    try:
        import pdfplumber  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:  # pragma: no cover - pdfplumber is a dependency
        raise PdfError(f"{name}: reading PDF needs pdfplumber (pip install pdfplumber)") from exc
    from ._pdfguard import guarded

    with guarded():  # a self-referencing object must not hang pdfminer
        return _read_pdf(pdfplumber, data, name)


def _read_pdf(pdfplumber: Any, data: bytes, name: str) -> PdfText:
    """:func:`pdf_to_text` once pdfplumber is imported and pdfminer guarded."""
    pages: list[_Page] = []
    images = 0
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _error(name, exc) from None
    try:
        with pdf:
            if len(pdf.pages) > max_pages():
                raise InputTooLargeError(
                    f"{name}: {len(pdf.pages):,} pages is over the limit of {max_pages():,} "
                    "pages; split the PDF (e.g. qpdf --split-pages) or raise the limit "
                    "(CTDOCS_MAX_PAGES)"
                )
            base = 0
            hint: tuple[float, float] | None = None
            for page in pdf.pages:
                try:
                    p, base, imgs, hint = _read_page(page, len(pages) + 1, base, hint)
                finally:
                    page.close()
                images += imgs
                pages.append(p)
    except (PdfError, InputTooLargeError):
        raise
    except Exception as exc:
        raise _error(name, exc) from None
    if not pages:
        raise PdfError(f"{name}: the PDF has no pages; it is corrupt or truncated — check the file")
    if not any(p.lines for p in pages):
        what = "scanned pages (images only)" if images else "no text on any page"
        raise PdfError(
            f"{name}: the PDF has no text layer ({what}, {len(pages)} page(s)); "
            "it needs OCR first (e.g. ocrmypdf), then parse the OCR'd copy"
        )
    return _assemble(pages)


def _error(name: str, exc: BaseException) -> PdfError:
    chain: list[BaseException] = [exc]
    while chain[-1].args and isinstance(chain[-1].args[0], BaseException) and len(chain) < 5:
        chain.append(chain[-1].args[0])
    for e in (exc.__cause__, exc.__context__):
        if isinstance(e, BaseException):
            chain.append(e)
    names = " ".join(type(e).__name__ for e in chain)
    detail = next((str(e) for e in reversed(chain) if str(e)), type(exc).__name__)
    low = detail.lower()
    if "Encrypt" in names or "Password" in names or "encrypt" in low or "password" in low:
        return PdfError(
            f"{name}: the PDF is encrypted (password-protected), so its text cannot be read; "
            "give ctdocs a decrypted copy (e.g. qpdf --decrypt --password=PW in.pdf out.pdf)"
        )
    detail = _SPACES_RE.sub(" ", detail)[:160]
    return PdfError(
        f"{name}: the PDF is corrupt or truncated and cannot be read ({detail}); "
        "check the file or export it again"
    )


# -- pass 1: one page -----------------------------------------------------------------------

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


def _read_page(
    page: Any, number: int, base: int, hint: tuple[float, float] | None
) -> tuple[_Page, int, int, tuple[float, float] | None]:
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
    raw: list[tuple[_Char, int]] = []
    off = base
    turns: Counter[int] = Counter()
    for o in objs:
        t = o.get_text()
        if t:
            text = " " if t < " " else t  # a control character reads as a space
            a, b = o.matrix[0], o.matrix[1]
            turn = (0 if a > 0 else 2) if abs(a) >= abs(b) else (1 if b > 0 else 3)
            c = (
                height - o.y1 + mb_top, height - o.y0 + mb_top, o.x0 + mb_x0, o.x1 + mb_x0,
                text, float(o.size), _is_bold(o.fontname), off,
            )
            raw.append((c, turn))
            if not text.isspace():
                turns[turn] += 1
        off += len(t)
    # Read the page in the direction most of its text runs (a landscape table set
    # sideways, a page with /Rotate); text running another way is left out.
    turn = turns.most_common(1)[0][0] if turns else 0
    if turn % 2:
        width, height = height, width
    chars = [_turn(c, turn, width, height) for c, tn in raw if tn == turn]
    ink = [c for c in chars if not c[4].isspace()]
    if not ink:
        return _Page(number, width, height, 1, 0, []), off, counts[0], None
    gutter = _gutter(ink, width, hint)
    # rows, each tagged (column, top); a row crossing the gutter is read where it stands
    tagged: list[tuple[int, list[_Char]]] = []
    if gutter is None:
        tagged = [(0, r) for r in _rows(chars)]
    else:
        g0, g1 = gutter
        q = (g1 - g0) / 4  # a row crosses if it inks the middle half of the gutter
        spans = _rows([c for c in ink if c[2] < g1 - q and c[3] > g0 + q])
        bands = [(min(c[0] for c in r), max(c[1] for c in r)) for r in spans]
        members: list[list[_Char]] = [[] for _ in spans]
        sides: tuple[list[_Char], list[_Char]] = ([], [])
        mid = (g0 + g1) / 2
        for c in chars:
            for k, (bt, bb) in enumerate(bands):
                if min(c[1], bb) - max(c[0], bt) >= 0.4 * max(min(c[1] - c[0], bb - bt), 0.1):
                    members[k].append(c)
                    break
            else:
                sides[0 if (c[2] + c[3]) / 2 < mid else 1].append(c)
        tagged = [(0, sorted(m, key=itemgetter(2))) for m in members if m]
        tagged += [(1, r) for r in _rows(sides[0])] + [(2, r) for r in _rows(sides[1])]
    tagged = [(col, r) for col, r in tagged if any(not c[4].isspace() for c in r)]
    tops = sorted({id(r): min(c[0] for c in r) for _, r in tagged}.items(), key=itemgetter(1))
    row_index = {key: i for i, (key, _) in enumerate(tops)}
    top_of = dict(tops)
    spanning = sorted(top_of[id(r)] for col, r in tagged if col == 0) if gutter else []

    def order(item: tuple[int, list[_Char]]) -> tuple[int, int, float]:
        # by segment; inside one: left column, right column, then the crossing row closing it
        col, r = item
        t = top_of[id(r)]
        return (bisect.bisect_left(spanning, t), col or 3, t)

    lines: list[_Line] = []
    for col, r in sorted(tagged, key=order):
        seg = bisect.bisect_left(spanning, top_of[id(r)])
        lines.extend(_make_lines(r, number, col, seg, row_index[id(r)], width))
    if turn:
        for ln in lines:
            ln.box = _unturn(ln.box, turn, width, height)
    page_out = _Page(number, width, height, 2 if gutter else 1, len(tagged), lines)
    return page_out, off, counts[0], gutter


def _turn(c: _Char, turn: int, width: float, height: float) -> _Char:
    """A character's box in the frame where its text runs left to right.

    ``turn`` 1: the text runs up the page, 2: upside down, 3: down the page;
    ``width`` and ``height`` are the frame's (swapped for 1 and 3).
    """
    if turn == 0:
        return c
    top, bottom, x0, x1 = c[0], c[1], c[2], c[3]
    size = x1 - x0 if turn % 2 else c[5]  # pdfminer's size is the box height on the page
    if turn == 1:  # lines follow one another to the right
        top, bottom, x0, x1 = x0, x1, width - bottom, width - top
    elif turn == 3:  # lines follow one another to the left
        top, bottom, x0, x1 = height - x1, height - x0, top, bottom
    else:
        top, bottom, x0, x1 = height - bottom, height - top, width - x1, width - x0
    return (top, bottom, x0, x1, c[4], size, c[6], c[7])


def _unturn(box: Box, turn: int, width: float, height: float) -> Box:
    """A frame box (x0, top, x1, bottom) back in page coordinates (inverse of _turn)."""
    x0, top, x1, bottom = box
    if turn == 1:
        return (top, width - x1, bottom, width - x0)
    if turn == 3:
        return (height - bottom, x0, height - top, x1)
    return (width - x1, height - bottom, width - x0, height - top)


def _rows(chars: list[_Char]) -> list[list[_Char]]:
    """Characters clustered into rows: vertical overlap of at least 40 % of the smaller height."""
    rows: list[list[_Char]] = []
    cur: list[_Char] = []
    ctop = cbot = 0.0
    for c in sorted(chars, key=itemgetter(0)):
        top, bot = c[0], c[1]
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
        row.sort(key=itemgetter(2))
    return rows


def _longest_run(count: list[int], lo: int, hi: int, limit: int) -> tuple[int, int] | None:
    """The longest ``[start, end)`` within ``[lo, hi)`` where every ``count[x] <= limit``."""
    best: tuple[int, int] | None = None
    start = -1
    for x in range(lo, hi + 1):
        ok = x < hi and count[x] <= limit
        if ok and start < 0:
            start = x
        elif not ok and start >= 0:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = -1
    return best


def _gutter(
    ink: list[_Char], width: float, hint: tuple[float, float] | None
) -> tuple[float, float] | None:
    """A vertical band (in the middle half of the page) that almost no line crosses.

    ``count[x]`` is the number of characters covering ``x``: characters of a line
    tile it, so that is about the number of lines with ink at ``x``. The band must
    be crossed by at most 8 % of the lines, have text on both sides, and at least
    three lines left of it must reach close to it (a text column, not a two-cell
    table of short labels and values).
    """
    n = int(width) + 2
    if n < 50 or n > _MAX_PAGE_WIDTH:  # a huge media box would size count[] by it
        return None
    diff = [0] * (n + 1)
    for c in ink:
        diff[min(max(int(c[2]), 0), n)] += 1
        diff[min(max(int(c[3]), 0), n)] -= 1
    count = [0] * n
    run = 0
    for x in range(n):
        run += diff[x]
        count[x] = run
    peak = max(count)
    if peak < 6:
        return None
    limit = max(1, int(0.08 * peak))
    lo, hi = int(width * 0.25), int(width * 0.75)

    def free(x0: int, x1: int) -> bool:
        return all(count[x] <= limit for x in range(max(x0, 0), min(x1, n)))

    best: tuple[int, int] | None = None
    if hint is not None and free(int(hint[0]), int(hint[1])):
        best = (int(hint[0]), int(hint[1]))
    else:
        best = _longest_run(count, lo, hi + 1, limit)
        if best is None:
            return None
        # the core of the band: where the fewest lines cross (a line ending a little
        # into a ragged column's margin must not count as crossing the gutter)
        m = min(count[best[0] : best[1]]) + max(2, int(0.03 * peak))
        core = _longest_run(count, best[0], best[1], m)
        if core is None or core[1] - core[0] < 6:
            return None
        best = core
    g0, g1 = best
    left = [c for c in ink if c[3] <= g0 + 1]
    right = [c for c in ink if c[2] >= g1 - 1]
    need = 20 if hint is not None else max(20, int(0.1 * len(ink)))
    if len(left) < need or len(right) < need:
        return None
    edge = min(c[2] for c in left)
    reach = g0 - max(0.15 * (g0 - edge), 3.0)
    if len({round(c[1]) for c in left if c[3] >= reach}) < 3:
        return None
    return float(g0), float(g1)


def _make_lines(
    row: list[_Char], page: int, col: int, seg: int, r: int, width: float
) -> list[_Line]:
    """One row (or half-row) of characters as lines: cells split at very wide gaps."""
    ink = [c for c in row if not c[4].isspace()]
    if not ink:
        return []
    size = Counter(round(c[5], 1) for c in ink).most_common(1)[0][0]
    wide = max(4 * size, 0.25 * width if col == 0 else 0.15 * width)
    parts: list[list[_Char]] = [[]]
    last_x1: float | None = None
    for c in row:
        if not c[4].isspace():
            if last_x1 is not None and c[2] - last_x1 > wide:
                parts.append([])
            last_x1 = c[3]
        parts[-1].append(c)
    return [ln for part in parts if (ln := _line(part, page, col, seg, r)) is not None]


def _line(chars: list[_Char], page: int, col: int, seg: int, r: int) -> _Line | None:
    buf: list[str] = []
    flags: list[bool] = []
    runs: list[tuple[int, int]] = []
    pos = 0
    prev: _Char | None = None
    space_at = -1
    sizes: Counter[float] = Counter()
    words: list[tuple[float, int]] = []  # (right x, end in text) of the first few words
    glyphs: list[tuple[int, int, float, float]] = []  # (start, end in text, size, bottom)
    x2 = -1.0
    nbsp = False  # the space before this character does not break (first word goes on)
    x0 = top = 1e18
    x1 = bottom = -1e18

    def put(s: str, inp: int, bold: bool) -> None:
        nonlocal pos
        if not runs or runs[-1][1] + (pos - runs[-1][0]) != inp:
            runs.append((pos, inp))
        buf.append(s)
        flags.extend([bold] * len(s))
        pos += len(s)

    for c in chars:
        t = c[4]
        if t.isspace():
            if prev is not None:
                space_at = c[7]
                if t in _NBSP:
                    nbsp = True
            continue
        if t.startswith("(cid:") and prev is None:
            t = "\u2022"  # an unmapped glyph opening a line: a bullet, as a rule
        if prev is not None:
            if (
                t == prev[4]
                and abs(c[2] - prev[2]) < min(1.0, 0.3 * (prev[3] - prev[2]))
                and abs(c[0] - prev[0]) < 0.5
            ):
                continue  # the same glyph drawn twice (poor man's bold)
            if space_at >= 0 or c[2] - prev[3] > max(0.18 * c[5], 1.0):
                if len(words) < 4 and not nbsp:
                    words.append((prev[3], pos))
                if x2 < 0:
                    x2 = c[2]
                put(" ", space_at if space_at >= 0 else c[7], prev[6] and c[6])
        at = pos
        lig = _LIGATURES.get(t)
        if lig is None:
            put(t, c[7], c[6])
        else:  # each letter of a ligature points at the ligature
            for ch in lig:
                put(ch, c[7], c[6])
        glyphs.append((at, pos, c[5], c[1]))
        sizes[round(c[5], 1)] += 1
        x0, x1 = min(x0, c[2]), max(x1, c[3])
        top, bottom = min(top, c[0]), max(bottom, c[1])
        prev = c
        space_at = -1
        nbsp = False
    if prev is None:
        return None
    text = "".join(buf)
    if len(words) < 4:
        words.append((x1, len(text)))
    first_w = _first_width(text, words) - x0
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
    size = sizes.most_common(1)[0][0]
    return _Line(
        page, x0, top, x1, bottom, text, runs, bold, size,
        col, seg, r, first_w, x2 if x2 >= 0 else x1, box=(x0, top, x1, bottom),
        sups=_superscripts(text, glyphs, size),
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


# -- pass 2: the document --------------------------------------------------------------------


def _key(text: str) -> str:
    k = _SPACES_RE.sub(" ", _DIGITS_RE.sub("#", text.casefold())).strip()
    return "#" if _ROMAN_KEY_RE.match(k) else k


def _mark_furniture(pages: list[_Page]) -> None:
    """Running heads and feet, page numbers, job numbers: marked ``kind = "furniture"``.

    A candidate is a short line among the three outermost rows of a page, in its top
    or bottom 15 %. It is furniture when its text (digits as ``#``) recurs in the same
    band on at least 40 % of the pages (and two of them); when it stands in a *slot*
    (band, height on the page, font size) that such lines fill on 40 % of the pages
    with texts that repeat (a running head naming the chapter, which changes); or
    when it reads as a page number (``3``, ``- 3 -``, ``Page 3 of 5``, ``iv``) or a
    UN job number (``03-22133 (F)``).
    """
    counts: Counter[tuple[bool, str]] = Counter()
    slots: dict[tuple[bool, int, int], list[str]] = {}
    cands: list[tuple[_Line, str, bool, tuple[bool, int, int]]] = []
    for p in pages:
        seen: set[tuple[bool, str]] = set()
        seen_slots: set[tuple[bool, int, int]] = set()
        for ln in p.lines:
            if len(ln.text) > 120:
                continue
            if ln.row < 3 and ln.top < 0.15 * p.height:
                top = True
            elif ln.row >= p.nrows - 3 and ln.bottom > 0.85 * p.height:
                top = False
            else:
                continue
            key = _key(ln.text)
            slot = (top, round(ln.bottom / 2), round(ln.size))
            cands.append((ln, key, top, slot))
            seen.add((top, key))
            if slot not in seen_slots:
                seen_slots.add(slot)
                slots.setdefault(slot, []).append(key)
        counts.update(seen)
    need = max(2.0, 0.4 * sum(1 for p in pages if p.lines))
    running = {
        slot for slot, keys in slots.items()
        if len(keys) >= need and len(set(keys)) <= 0.5 * len(keys)
    }
    for ln, key, top, slot in cands:
        repeated = counts[(top, key)] >= need or (slot in running and counts[(top, key)] >= 2)
        number = bool(_PAGE_NUMBER_KEY_RE.match(key))
        job = not top and bool(_JOB_KEY_RE.match(key))
        if not (repeated or number or job):
            continue
        ln.kind = "furniture"
        ln.reason = "page-number" if number else ("page-header" if top else "page-footer")


@dataclass(slots=True)
class _Geometry:
    body: float  # body font size
    leading: float  # line spacing as a multiple of the font size
    levels: dict[float, int]  # heading size -> level
    edges: dict[tuple[int, int], tuple[float, float]]  # (ncols, col) -> (left, right)
    ncols: dict[int, int]  # page -> ncols

    def level(self, ln: _Line) -> int:
        return self.levels.get(round(ln.size * 2) / 2, 0)

    def small(self, ln: _Line) -> bool:
        return ln.size <= 0.88 * self.body

    def edge(self, ln: _Line) -> tuple[float, float]:
        return self.edges.get((self.ncols.get(ln.page, 1), ln.col), (ln.x0, ln.x1))


def _geometry(pages: list[_Page]) -> _Geometry:
    weights: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.kind == "body":
                weights[round(ln.size * 2) / 2] += len(ln.text)
    body = weights.most_common(1)[0][0] if weights else 10.0
    heads = sorted((s for s in weights if s >= body * 1.12 and s >= body + 0.9), reverse=True)
    levels = {s: min(i + 1, 6) for i, s in enumerate(heads)}
    ratios: list[float] = []
    xs: dict[tuple[int, int], tuple[list[float], list[float]]] = {}
    for p in pages:
        prev: _Line | None = None
        for ln in p.lines:
            if ln.kind != "body" or abs(ln.size - body) > 0.6:
                continue
            lo, hi = xs.setdefault((p.ncols, ln.col), ([], []))
            lo.append(ln.x0)
            hi.append(ln.x1)
            if prev is not None and prev.col == ln.col and prev.seg == ln.seg and ln.row > prev.row:
                ratios.append((ln.bottom - prev.bottom) / max(ln.size, 1.0))
            prev = ln
    ratios.sort()
    leading = ratios[len(ratios) // 4] if ratios else 1.2
    edges: dict[tuple[int, int], tuple[float, float]] = {}
    for k, (lo, hi) in xs.items():
        lo.sort()
        hi.sort()
        edges[k] = (lo[int(0.1 * (len(lo) - 1))], hi[int(0.98 * (len(hi) - 1))])
    ncols = {p.number: p.ncols for p in pages}
    return _Geometry(body, min(max(leading, 0.9), 3.0), levels, edges, ncols)


def _mark_footnotes(pages: list[_Page], geo: _Geometry) -> None:
    """A run of small type that closes a column, low on the page, opening with a mark."""
    for p in pages:
        streams: dict[tuple[int, int], list[_Line]] = {}
        for ln in p.lines:
            if ln.kind == "body":
                streams.setdefault((ln.seg, ln.col), []).append(ln)
        for stream in streams.values():
            k = len(stream)
            while k > 0 and geo.small(stream[k - 1]) and stream[k - 1].top > 0.5 * p.height:
                k -= 1
            run = stream[k:]
            # the run must open with a footnote mark; drop leading lines until it does
            while run and not _FOOTNOTE_MARK_RE.match(run[0].text):
                run = run[1:]
            for ln in run:
                ln.kind = "footnote"


def _ends_terminal(text: str) -> bool:
    return bool(_END_TERMINAL_RE.search(text.rstrip()))


class _Joiner:
    """Decides whether two body lines belong to one paragraph, and how to glue them."""

    def __init__(self, geo: _Geometry, pages: list[_Page]) -> None:
        self.geo = geo
        self.pages = pages
        self._vocab: Counter[str] | None = None
        self.indent_style = self._indent_style()

    def indented(self, b: _Line) -> bool:
        return b.x0 > self.geo.edge(b)[0] + 0.6 * b.size and not MARKER_RE.match(b.text)

    def _indent_style(self) -> bool:
        """Do paragraphs open with a first-line indent here (then a short line alone is no
        paragraph end: a no-break space the PDF does not show may have pushed a word on)?"""
        ends = indented = 0
        for p in self.pages:
            prev: _Line | None = None
            for ln in p.lines:
                if ln.kind != "body" or self.geo.level(ln):
                    prev = None
                    continue
                if (
                    prev is not None and prev.col == ln.col and prev.seg == ln.seg
                    and abs(prev.size - ln.size) < 0.3 and not MARKER_RE.match(ln.text)
                    and self.short(prev, ln)
                ):
                    ends += 1
                    indented += self.indented(ln)
                prev = ln
        return ends >= 5 and indented >= 0.7 * ends

    def vocab(self) -> Counter[str]:
        if self._vocab is None:
            v: Counter[str] = Counter()
            for p in self.pages:
                for ln in p.lines:
                    if ln.kind != "furniture":
                        v.update(w.lower() for w in _WORD_RE.findall(ln.text))
            self._vocab = v
        return self._vocab

    def short(self, a: _Line, b: _Line) -> bool:
        right = self.geo.edge(a)[1]
        return right - a.x1 > b.first_w + 0.5 * b.size + 2.0

    def hyphenated(self, a: _Line) -> bool:
        t = a.text
        return len(t) >= 2 and t.endswith(_HYPHENS) and t[-2].isalpha()

    def continues(self, a: _Line, b: _Line, a_first: bool) -> bool:
        geo = self.geo
        la, lb = geo.level(a), geo.level(b)
        if la != lb or geo.small(a) != geo.small(b):
            return False
        same_page = a.page == b.page
        if same_page and a.row == b.row:
            return False
        stream = same_page and a.col == b.col and a.seg == b.seg
        if stream:
            d = b.bottom - a.bottom
            if d <= 0 or d > b.size * geo.leading + max(1.5, 0.2 * b.size):
                return False
        if la:
            return stream and abs(a.size - b.size) < 0.3
        if MARKER_RE.match(b.text):
            if _ends_terminal(a.text) or self.short(a, b):
                return False
            if not a_first and b.x0 < a.x0 - 2.0:
                return False
        if self.hyphenated(a):
            return True
        if a.all_bold() and not b.starts_bold():
            return False
        if b.all_bold() and not a.ends_bold():
            return False
        if self.indented(b):
            # b is indented: the hanging text of a bullet or numbered line, a block set
            # in from the margin, or the first line of a new paragraph
            hanging = a_first and MARKER_RE.match(a.text) and abs(b.x0 - a.x2) <= 1.5
            block = not a_first and abs(b.x0 - a.x0) <= 1.0
            if not (hanging or block):
                return _starts_lower(b.text) and not _ends_terminal(a.text)
            return not self.short(a, b)
        if self.indent_style:
            return True  # here paragraphs open indented, and b is not
        if self.short(a, b):
            return False
        # across a column or page break a sentence end is a paragraph end, unless the
        # line is flush with the column edge (justified text running on)
        return not (
            not stream
            and _ends_terminal(a.text)
            and not _starts_lower(b.text)
            and self.geo.edge(a)[1] - a.x1 > max(1.5, 0.15 * a.size)
        )

    def glue(self, a: _Line, b: _Line) -> str:
        """``" "`` (a space), ``""`` (keep the hyphen, no space) or ``"-"`` (drop the hyphen)."""
        if not self.hyphenated(a):
            return " "
        if a.text.endswith("\u00ad"):
            return "-"
        m1 = _BROKEN_RE.search(a.text)
        m2 = _WORD_RE.match(b.text)
        if m1 is None or m2 is None:
            return ""
        left, right = m1.group(1), m2.group(0)
        if right[:1].isupper() and not (left.isupper() and right.isupper()):
            return ""  # OTAN- / Russie
        if any(ch.isdigit() for ch in left[-1:] + right[:1]):
            return ""
        v = self.vocab()
        joined = v[(left + right).lower()]
        kept = v[(left + "-" + right).lower()]
        return "-" if joined > kept else ""


def _paragraphs(pages: list[_Page], geo: _Geometry) -> tuple[list[_Para], dict[int, list[_Para]]]:
    """Body paragraphs in reading order, and the footnote paragraphs of each page."""
    joiner = _Joiner(geo, pages)
    paras: list[_Para] = []
    notes: dict[int, list[_Para]] = {}
    prev: _Line | None = None
    for p in pages:
        for ln in p.lines:
            if ln.kind == "footnote":
                lst = notes.setdefault(p.number, [])
                last = lst[-1].lines[-1] if lst else None
                if last is not None and last.col == ln.col and not _FOOTNOTE_MARK_RE.match(ln.text):
                    lst[-1].glue.append(joiner.glue(last, ln))
                    lst[-1].lines.append(ln)
                else:
                    lst.append(_Para([ln]))
            elif ln.kind == "body":
                if prev is not None and joiner.continues(prev, ln, len(paras[-1].lines) == 1):
                    paras[-1].glue.append(joiner.glue(prev, ln))
                    paras[-1].lines.append(ln)
                else:
                    paras.append(_Para([ln], level=geo.level(ln)))
                prev = ln
    return paras, notes


class _Writer:
    """Builds ``text``, its anchors and the line records."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.records: list[_Record] = []
        self.pos = 0

    def put(self, s: str, inp: int) -> None:
        if not s:
            return
        a = self.anchors
        if not a or a[-1][1] + (self.pos - a[-1][0]) != inp:
            a.append((self.pos, inp))
        self.parts.append(s)
        self.pos += len(s)

    def para(self, para: _Para) -> None:
        glue = para.glue
        if self.pos:
            self.put("\n\n", para.lines[0].input_at(0))
        first = para.lines[0]
        if para.level:
            self.put("#" * para.level + " ", first.input_at(0))
        bold = False
        for i, ln in enumerate(para.lines):
            text = ln.text
            end = len(text)
            g = glue[i] if i < len(glue) else None
            if g == "-":
                end -= 1
            marks = {0, end}
            marks.update(p for p, _ in ln.runs if p < end)
            marks.update(x for s, e in ln.bold for x in (s, e) if x < end)
            cuts = sorted(marks)
            start = self.pos
            for j in range(len(cuts) - 1):
                s, e = cuts[j], cuts[j + 1]
                if s >= e:
                    continue
                b = any(bs <= s < be for bs, be in ln.bold)
                if b != bold:
                    self.put("**", ln.input_at(s))
                    bold = b
                self.put(text[s:e], ln.input_at(s))
            self.records.append(_Record(start, self.pos, ln))
            if g == " ":
                nxt = para.lines[i + 1]
                sb = ln.ends_bold() and nxt.starts_bold()
                if bold and not sb:
                    self.put("**", ln.input_at(end - 1) + 1)
                    bold = False
                self.put(" ", nxt.input_at(0))
        if bold:
            last = para.lines[-1]
            self.put("**", last.input_at(len(last.text) - 1) + 1)

    def text(self) -> str:
        return "".join(self.parts)


def _assemble(pages: list[_Page]) -> PdfText:
    _mark_furniture(pages)
    geo = _geometry(pages)
    _mark_footnotes(pages, geo)
    paras, notes = _paragraphs(pages, geo)
    n = len(paras)
    # Furniture and footnotes: each goes to the first safe boundary after its page's paragraphs
    # (a running head: before the first paragraph that opens on its page).
    items: list[tuple[int, int, _Para]] = []  # (earliest boundary, order, paragraph)
    firsts = [pp.page for pp in paras]
    order = 0
    for p in pages:
        top = bisect.bisect_left(firsts, p.number)
        after = bisect.bisect_right(firsts, p.number)
        for ln in p.lines:
            if ln.kind == "furniture":
                header = ln.top < 0.5 * p.height
                items.append((top if header else after, order, _Para([ln])))
                order += 1
    for p in pages:
        after = bisect.bisect_right(firsts, p.number)
        for fp in notes.get(p.number, []):
            # footnotes after the furniture: a noise unit before them stops the clause
            # above from absorbing them (see _structure.build)
            items.append((after, order, fp))
            order += 1
    items.sort(key=itemgetter(0))
    at: dict[int, list[tuple[int, _Para]]] = {}
    k = 0
    for earliest, ordr, para in items:
        k = max(k, earliest)
        lead = para.lines[0].text
        while k < n and not _safe(paras, k, lead):
            k += 1
        at.setdefault(k, []).append((ordr, para))
    w = _Writer()
    for i in range(n + 1):
        for _, para in sorted(at.get(i, []), key=itemgetter(0)):
            w.para(para)
        if i < n:
            w.para(paras[i])
    return PdfText(w.text(), w.anchors or [(0, 0)], len(pages), w.records)


def _safe(paras: list[_Para], k: int, lead: str) -> bool:
    """Can a furniture or footnote paragraph go before ``paras[k]`` without being joined?"""
    q = paras[k]
    qt = q.lines[0].text
    if not (q.level or MARKER_RE.match(qt) or not _starts_lower(qt)):
        return False
    if k == 0 or not _starts_lower(lead):
        return True
    p = paras[k - 1]
    return bool(p.level) or p.lines[-1].text.rstrip().endswith(_TERMINAL)
