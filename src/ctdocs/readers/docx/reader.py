"""The .docx written out as the Markdown-ish text the normaliser reads, with its records.

Each paragraph is one line and paragraphs are separated by a blank line (Word
knows where its paragraphs end; nothing is guessed); a heading opens with
``#`` marks for its level, bold runs are wrapped in ``**``, and a list
number Word would print opens the line (``3.1 ``, ``(a) ``). Order: the body
(text boxes after their paragraph), then headers and footers (page
furniture), then footnotes and endnotes — a noise unit before the notes keeps
the last clause from absorbing them, as in the PDF reader.

Offsets. ``anchors`` maps offsets in ``text`` to a notional *input*: every
paragraph's own text (its runs as displayed, without the list number) in the
order written here, each followed by one line end. Text ctdocs adds (the
number, ``#`` and ``**``, blank lines) maps to the first character of its
paragraph, so a rendered ``3.1`` points at the paragraph it numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..._offsets import OffsetMap, SpanIndex, TextWriter
from .body import Context, Para, read_blocks
from .notes import furniture, note_settings, notes
from .numbering import Counters, read_numbering
from .package import W, open_package
from .styles import read_styles

__all__ = ["DocxMark", "DocxNoteCall", "DocxText", "docx_to_text"]


class DocxMark(NamedTuple):
    """What the .docx says about one span: noise reason (furniture) or footnote role."""

    page: int | None
    bbox: tuple[float, float, float, float] | None
    noise: str | None
    footnote: bool


class DocxNoteCall(NamedTuple):
    """A note mark in the body: span in the final text, the mark, its page (0: unknown)."""

    start: int
    end: int
    mark: str
    page: int


@dataclass(slots=True)
class DocxText:
    """Text of a .docx for the normaliser, with its offset map and per-paragraph records."""

    text: str
    anchors: list[tuple[int, int]]
    records: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind)
    calls: list[tuple[int, int, str]] = field(default_factory=list)  # input span, mark
    source: str = ""  # the notional input: one line per paragraph (``anchors`` point into it)

    def marks(
        self, spans: Sequence[tuple[int, int]], anchors: Sequence[tuple[int, int]]
    ) -> list[DocxMark | None]:
        """Role of each span of the normalised text (``anchors``: its map to ``text``)."""
        to_text = OffsetMap(anchors)
        paragraphs = SpanIndex(self.records, [(r[0], r[1]) for r in self.records])
        out: list[DocxMark | None] = []
        for start, end in spans:
            if end <= start or not self.records:
                out.append(None)
                continue
            j = max(paragraphs.last_starting_at_or_before(to_text.input_at(start)), 0)
            kind = self.records[j][2]
            out.append(
                DocxMark(None, None, kind if kind.startswith("page-") else None, kind == "footnote")
            )
        return out

    def note_calls(self, anchors: Sequence[tuple[int, int]], length: int) -> list[DocxNoteCall]:
        """Note marks of the body in the final text (``anchors``: final text → input)."""
        to_out = OffsetMap(anchors).output_lookup(length)

        found: list[DocxNoteCall] = []
        for s, e, mark in self.calls:
            a, b = to_out(s), to_out(e - 1)
            if a is not None and b is not None and b >= a:
                found.append(DocxNoteCall(a, b + 1, mark, 0))
        found.sort(key=lambda c: c.start)
        return found


def docx_to_text(data: bytes, label: str) -> DocxText:
    """Read a .docx (bytes) into text for the normaliser; errors are ``DocxError``."""
    pkg = open_package(data, label)
    styles = read_styles(pkg.styles)
    counters = Counters(read_numbering(pkg.numbering), styles.numbering)
    ctx = Context(styles=styles, counters=counters)
    note_settings(pkg.settings, ctx)
    body = pkg.document.find(f"{{{W}}}body")
    w = _Writer()
    if body is not None:
        paras = list(read_blocks(body, ctx))
        if ctx.carry is not None:  # the last paragraph mark deleted: its text is still text
            paras.append(ctx.carry)
        w.write(_size_headings(paras))
    side = Context(
        styles=styles,
        counters=None,
        marks=ctx.marks,
        note_fmt=ctx.note_fmt,
        note_start=ctx.note_start,
    )
    w.write(furniture(pkg.headers, "page-header", side))
    w.write(furniture(pkg.footers, "page-footer", side))
    w.write(notes(pkg.footnotes, "footnote", side))
    w.write(notes(pkg.endnotes, "endnote", side))
    return DocxText(w.text(), w.anchors or [(0, 0)], w.records, w.calls, "".join(w.inputs))


HEADING_MAX_CHARS = 200
"""A paragraph set larger than the body is a heading only up to this length."""


def _size_headings(paras: list[Para]) -> list[Para]:
    """Headings by type size, as the PDF reader reads them: a short paragraph set wholly
    larger than the body text (the size of most characters) gets ``#`` marks, the largest
    size level 1, the next level 2; a heading style's own level is kept."""
    weight: dict[float, int] = {}
    for p in paras:
        for sz, n in p.sizes:
            weight[sz] = weight.get(sz, 0) + n
    if not weight:
        return paras
    body = max(weight, key=lambda sz: (weight[sz], -sz))
    big = [
        p
        for p in paras
        if not p.level
        and p.sizes
        and len(p.text()) <= HEADING_MAX_CHARS
        and min(sz for sz, _ in p.sizes) > body
    ]
    ranks = sorted({min(sz for sz, _ in p.sizes) for p in big}, reverse=True)
    for p in big:
        p.level = min(ranks.index(min(sz for sz, _ in p.sizes)) + 1, 6)
    return paras


class _Writer(TextWriter):
    """Builds ``text``, its anchors, the paragraph records and the note calls."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[int, int, str]] = []
        self.calls: list[tuple[int, int, str]] = []
        self.inputs: list[str] = []
        self.inp = 0

    def write(self, paras: Iterable[Para]) -> None:
        for para in paras:
            self.para(para)

    def para(self, para: Para) -> None:
        base = self.inp
        if self.pos:
            self.put("\n\n", base)
        start = self.pos
        if para.level and para.kind == "body":
            self.put("#" * min(para.level, 6) + " ", base)
        self.put(para.number, base)
        off = 0
        for text, bold in _merged(para.pieces, para.kind == "body" and not para.level):
            if bold and text.strip():
                core = text.strip()
                lead = len(text) - len(text.lstrip())
                self.put(text[:lead], base + off)
                self.put("**", base + off + lead)
                self.put(core, base + off + lead)
                self.put("**", base + off + lead + len(core))
                self.put(text[lead + len(core) :], base + off + lead + len(core))
            else:
                self.put(text, base + off)
            off += len(text)
        self.records.append((start, self.pos, para.kind))
        self.calls.extend((base + s, base + e, m) for s, e, m in para.calls)
        self.inputs += [*(t for t, _ in para.pieces), "\n"]
        self.inp = base + off + 1


def _merged(pieces: list[tuple[str, bool]], bold_ok: bool) -> list[tuple[str, bool]]:
    """Neighbouring runs of one weight joined (``bold_ok`` False: no bold marks at all)."""
    out: list[tuple[str, bool]] = []
    for text, bold in pieces:
        b = bold and bold_ok
        if out and out[-1][1] == b:
            out[-1] = (out[-1][0] + text, b)
        else:
            out.append((text, b))
    return out
