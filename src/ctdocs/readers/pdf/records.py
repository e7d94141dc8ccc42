"""Pass 4: paragraphs written out as text, with where each line landed (its record).

:func:`_assemble` places furniture and footnotes at safe paragraph boundaries
(see the package docstring) and writes the text with its input anchors;
:class:`PdfText` keeps one :class:`Record` per line so that later stages can be
told each span's page, box and role (:meth:`PdfText.marks`) and the footnote
calls of the body (:meth:`PdfText.note_calls`) as plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from ..._markers import MARKER_RE, TERMINAL, starts_lower
from ..._offsets import OffsetMap, Positions, SpanIndex, TextWriter
from .furniture import _geometry, _mark_footnotes, _mark_furniture
from .page import Line, Page, Para
from .paragraphs import _paragraphs


@dataclass(slots=True)
class Record:
    """Where one line landed in ``text``."""

    start: int
    end: int
    line: Line


class SpanMark(NamedTuple):
    """What the PDF says about one span of text: its page, box, and whether it is noise.

    ``noise``: the reason when every line under the span is page furniture
    (``page-header``, ``page-footer``, ``page-number``); ``footnote``: every
    body line under it is footnote type. ``bbox`` is (x0, top, x1, bottom) in
    pdfplumber's page coordinates, over the lines of its first column stretch.
    """

    page: int
    bbox: tuple[float, float, float, float]
    noise: str | None
    footnote: bool


def _mark(hit: list[Record]) -> SpanMark:
    """The mark of a span from the records of the lines under it (at least one)."""
    body = [r for r in hit if r.line.kind != "furniture"]
    first = (body or hit)[0].line
    box = [
        r.line
        for r in (body or hit)
        if r.line.page == first.page and r.line.col == first.col and r.line.seg == first.seg
    ]
    bbox = (
        round(min(b.box[0] for b in box), 2),
        round(min(b.box[1] for b in box), 2),
        round(max(b.box[2] for b in box), 2),
        round(max(b.box[3] for b in box), 2),
    )
    noise = None if body else hit[0].line.reason
    footnote = bool(body) and all(r.line.kind == "footnote" for r in body)
    return SpanMark(first.page, bbox, noise, footnote)


@dataclass
class PdfText:
    """Text of a PDF for the normaliser, with its offset map and per-line pages and boxes."""

    text: str
    anchors: list[tuple[int, int]]
    page_count: int
    records: list[Record] = field(default_factory=list, repr=False)

    def marks(
        self, spans: Sequence[tuple[int, int]], anchors: Sequence[tuple[int, int]]
    ) -> list[SpanMark | None]:
        """Page, box and role of each span of the normalised text (None: no line under it).

        ``spans`` are ``(start, end)`` offsets in the normalised text, ``anchors``
        its map to this PDF's ``text`` (``NormalisedText.anchors``). The reader
        hands these plain values forward; the pipeline puts them on its units.
        """
        if not self.records:
            return [None] * len(spans)
        to_text = OffsetMap(anchors).input_at
        lines = SpanIndex(self.records, [(r.start, r.end) for r in self.records])
        out: list[SpanMark | None] = []
        for start, end in spans:
            hit: list[Record] = []
            if end > start:
                s, e = to_text(start), to_text(end - 1) + 1
                k = max(lines.last_starting_at_or_before(s), 0)
                while k < len(self.records) and self.records[k].start < e:
                    if self.records[k].end > s:
                        hit.append(self.records[k])
                    k += 1
            out.append(_mark(hit) if hit else None)
        return out

    def note_calls(self, anchors: Sequence[tuple[int, int]], length: int) -> list[NoteCall]:
        """Footnote marks of the body, in the coordinates of the text ``anchors`` map.

        ``anchors`` maps the final text to this PDF's input offsets (see
        ``Document.offset_map``); a mark the final text does not hold is left out.
        """
        to_out = OffsetMap(anchors).output_lookup(length)

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


class Writer(TextWriter):
    """Builds ``text``, its anchors and the line records."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[Record] = []

    def para(self, para: Para) -> None:
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
            self.records.append(Record(start, self.pos, ln))
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


def _assemble(pages: list[Page]) -> PdfText:
    _mark_furniture(pages)
    geo = _geometry(pages)
    _mark_footnotes(pages, geo)
    paras, notes = _paragraphs(pages, geo)
    n = len(paras)
    # Furniture and footnotes: each goes to the first safe boundary after its page's paragraphs
    # (a running head: before the first paragraph that opens on its page).
    items: list[tuple[int, int, Para]] = []  # (earliest boundary, order, paragraph)
    firsts = Positions([pp.page for pp in paras])  # each paragraph's page: sorted, as read
    order = 0
    for p in pages:
        top, after = firsts.run_of(p.number)  # the paragraphs of page p: firsts[top:after]
        for ln in p.lines:
            if ln.kind == "furniture":
                header = ln.top < 0.5 * p.height
                items.append((top if header else after, order, Para([ln])))
                order += 1
    for p in pages:
        after = firsts.through(p.number)
        for fp in notes.get(p.number, []):
            # footnotes after the furniture: a noise unit before them stops the clause
            # above from absorbing them (see _structure.build)
            items.append((after, order, fp))
            order += 1
    items.sort(key=itemgetter(0))
    at: dict[int, list[tuple[int, Para]]] = {}
    k = 0
    for earliest, ordr, para in items:
        k = max(k, earliest)
        lead = para.lines[0].text
        while k < n and not _safe(paras, k, lead):
            k += 1
        at.setdefault(k, []).append((ordr, para))
    w = Writer()
    for i in range(n + 1):
        for _, para in sorted(at.get(i, []), key=itemgetter(0)):
            w.para(para)
        if i < n:
            w.para(paras[i])
    return PdfText(w.text(), w.anchors or [(0, 0)], len(pages), w.records)


def _safe(paras: list[Para], k: int, lead: str) -> bool:
    """Can a furniture or footnote paragraph go before ``paras[k]`` without being joined?"""
    q = paras[k]
    qt = q.lines[0].text
    if not (q.level or MARKER_RE.match(qt) or not starts_lower(qt)):
        return False
    if k == 0 or not starts_lower(lead):
        return True
    p = paras[k - 1]
    return bool(p.level) or p.lines[-1].text.rstrip().endswith(TERMINAL)
