"""Paragraphs and tables in reading order, with the runs' text as Word displays it.

The body is walked in document order: paragraphs, table cells row by row
(nested tables inside their cell), content controls and custom XML inside out.
Within a paragraph: text, tabs (a space), breaks (a line end), no-break
hyphens; insertions (``w:ins``, ``w:moveTo``) are kept and deletions
(``w:del``, ``w:moveFrom``) dropped — tracked changes read as accepted; a
field shows its result, not its instruction (``w:fldSimple``'s runs, and the
runs between ``separate`` and ``end`` of a complex field, nested fields too);
hyperlinks and smart tags are their text; a footnote or endnote reference is
its mark as printed (numbered in order of reference, or the custom mark that
follows it). Text boxes (``w:txbxContent``, read once where Word stores both
a DrawingML and a VML copy) are read as paragraphs after the paragraph they
are anchored in. List numbers come from the :class:`~.numbering.Counters` in the
:class:`Context`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from .numbering import Counters, format_number
from .package import W
from .styles import Styles, on, size

__all__ = ["Context", "Para", "read_blocks"]

_Q = f"{{{W}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_KEEP = frozenset(
    _Q + t
    for t in (
        "hyperlink",
        "ins",
        "moveTo",
        "smartTag",
        "customXml",
        "fldSimple",
        "bdo",
        "dir",
    )
)
_CONTAINER = frozenset(_Q + t for t in ("sdt", "customXml", "ins", "moveTo"))


@dataclass(slots=True)
class Para:
    """One paragraph as it will be written: its own text, number, level and role."""

    kind: str = "body"  # body | page-header | page-footer | footnote
    level: int = 0  # heading level from the style or outline level
    number: str = ""  # the rendered list number with its suffix ("3.1 ", "(a) ")
    pieces: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    calls: list[tuple[int, int, str]] = field(default_factory=list)  # note marks in the text
    size: float = 0.0  # the paragraph style's font size (points)
    sizes: list[tuple[float, int]] = field(default_factory=list)  # (run size, characters)

    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


@dataclass(slots=True)
class Context:
    """What the walk carries along: styles, list counters, note marks, open fields."""

    styles: Styles
    counters: Counters | None  # None: no list numbering in this story (headers, notes)
    marks: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) → mark
    note_fmt: dict[str, str] = field(
        default_factory=lambda: {"footnote": "decimal", "endnote": "lowerRoman"}
    )
    note_start: dict[str, int] = field(default_factory=lambda: {"footnote": 1, "endnote": 1})
    fields: list[bool] = field(default_factory=list)  # open fields: True once past "separate"
    boxes: list[etree._Element] = field(default_factory=list)  # text boxes of this paragraph
    carry: Para | None = None  # a paragraph whose mark was deleted: it joins the next one

    def showing(self) -> bool:
        return all(self.fields)


def read_blocks(parent: etree._Element, ctx: Context, kind: str = "body") -> Iterator[Para]:
    """The paragraphs under ``parent`` (a body, cell, header, note) in reading order."""
    for el in parent:
        tag = el.tag
        if tag == _Q + "p":
            yield from _paragraph(el, ctx, kind)
        elif tag == _Q + "tbl":
            for row in el.iterfind(_Q + "tr"):
                yield from _row(row, ctx, kind)
        elif tag == _Q + "sdt":
            content = el.find(_Q + "sdtContent")
            if content is not None:
                yield from read_blocks(content, ctx, kind)
        elif tag in _CONTAINER:
            yield from read_blocks(el, ctx, kind)


def _row(row: etree._Element, ctx: Context, kind: str) -> list[Para]:
    """A table row: one line when each cell holds one paragraph at most, as the HTML reader
    reads a row (a number in the first cell and the text in the next is one numbered
    paragraph, a layout UN and EU documents use); else the cells' paragraphs in order."""
    cells = [list(read_blocks(cell, ctx, kind)) for cell in row.iterfind(_Q + "tc")]
    flat = [p for c in cells for p in c]
    if len(flat) < 2 or any(len(c) > 1 for c in cells) or any(p.number for p in flat[1:]):
        return flat
    line = flat[0]
    for p in flat[1:]:
        shown = line.number + line.text()
        gap = "" if not shown or shown.endswith(" ") else " "
        line = _join(
            line,
            Para(
                kind=p.kind,
                pieces=[(gap, False), *p.pieces],
                calls=[(s + len(gap), e + len(gap), m) for s, e, m in p.calls],
                sizes=p.sizes,
            ),
        )
        line.number, line.level = flat[0].number, flat[0].level
    return [line]


def _paragraph(p: etree._Element, ctx: Context, kind: str) -> Iterator[Para]:
    ppr = p.find(_Q + "pPr")
    style = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    if ppr is not None:
        ps = ppr.find(_Q + "pStyle")
        style = ps.get(_Q + "val") if ps is not None else None
        numpr = ppr.find(_Q + "numPr")
        if numpr is not None:
            n, lv = numpr.find(_Q + "numId"), numpr.find(_Q + "ilvl")
            num_id = n.get(_Q + "val") if n is not None else None
            ilvl = _intval(lv)
        outline = _intval(ppr.find(_Q + "outlineLvl"))
    # a field instruction never spans paragraphs: one left open (no "separate") would
    # hide the rest of the document
    ctx.fields = [f for f in ctx.fields if f]
    para = Para(kind=kind)
    if outline is None:
        para.level = ctx.styles.heading_level(style)
    else:  # the paragraph's own outline level wins; 9 is "body text"
        para.level = outline + 1 if 0 <= outline < 9 else 0
    style_bold = ctx.styles.bold(style)
    para.size = ctx.styles.size(style)
    ctx.boxes = []
    _runs(p, ctx, para, style_bold)
    if ppr is not None and ppr.find(f"{_Q}rPr/{_Q}del") is not None:
        # a deleted paragraph mark, accepted: this text runs on into the next paragraph,
        # which keeps its own properties (the mark that survives holds them)
        ctx.carry = _join(ctx.carry, para) if ctx.carry is not None else para
    else:
        if ctx.counters is not None:
            para.number = _number(ctx, style, num_id, ilvl)
        if ctx.carry is not None:
            para, ctx.carry = _join(ctx.carry, para), None
        if para.number or para.text().strip():
            yield para
    boxes, ctx.boxes = ctx.boxes, []
    for box in boxes:
        yield from read_blocks(box, ctx, kind)


def _join(first: Para, second: Para) -> Para:
    """``first``'s text run on into ``second`` (note calls shifted along)."""
    shift = len(first.text())
    return Para(
        kind=second.kind,
        level=second.level,
        number=second.number,
        pieces=first.pieces + second.pieces,
        calls=first.calls + [(s + shift, e + shift, m) for s, e, m in second.calls],
        size=second.size,
        sizes=first.sizes + second.sizes,
    )


def _intval(el: etree._Element | None) -> int | None:
    v = el.get(_Q + "val") if el is not None else None
    return int(v) if v is not None and v.isdecimal() else None


def _number(ctx: Context, style: str | None, num_id: str | None, ilvl: int | None) -> str:
    """The list number Word shows before this paragraph, with its suffix ("" if none)."""
    counters = ctx.counters
    assert counters is not None
    s_num, s_ilvl = ctx.styles.num(style)
    if num_id is None:
        num_id = s_num
        if ilvl is None:
            ilvl = s_ilvl
    if num_id is None or num_id == "0":
        return ""
    if ilvl is None:
        ilvl = counters.level_for_style(num_id, style) if style else None
    shown = counters.next(num_id, ilvl or 0)
    return "".join(shown) if shown else ""


def _runs(parent: etree._Element, ctx: Context, para: Para, style_bold: bool) -> None:
    for el in parent:
        tag = el.tag
        if tag == _Q + "r":
            _run(el, ctx, para, style_bold)
        elif tag in _KEEP or tag == _Q + "sdt":
            inner = el.find(_Q + "sdtContent") if tag == _Q + "sdt" else el
            if inner is not None:
                _runs(inner, ctx, para, style_bold)
        elif tag == _MC + "AlternateContent":
            choice = el.find(_MC + "Choice")
            _runs(choice if choice is not None else el, ctx, para, style_bold)


def _run(r: etree._Element, ctx: Context, para: Para, style_bold: bool) -> None:
    rpr = r.find(_Q + "rPr")
    b = on(rpr.find(_Q + "b")) if rpr is not None else None
    bold = style_bold if b is None else b
    before = len(para.pieces)
    _run_content(r, ctx, para, bold)
    n = sum(len(t.strip()) for t, _ in para.pieces[before:])
    if n:
        para.sizes.append((size(rpr) or para.size, n))


def _run_content(r: etree._Element, ctx: Context, para: Para, bold: bool) -> None:
    for el in r:
        tag = el.tag
        if tag == _Q + "fldChar":
            t = el.get(_Q + "fldCharType")
            if t == "begin":
                ctx.fields.append(False)
            elif t == "separate" and ctx.fields:
                ctx.fields[-1] = True
            elif t == "end" and ctx.fields:
                ctx.fields.pop()
            continue
        if not ctx.showing():
            continue
        if tag == _Q + "t":
            _put(para, el.text or "", bold)
        elif tag in (_Q + "tab", _Q + "ptab"):
            _put(para, " ", bold)
        elif tag in (_Q + "br", _Q + "cr"):
            if el.get(_Q + "type") in (None, "textWrapping"):
                _put(para, "\n", bold)
        elif tag == _Q + "noBreakHyphen":
            _put(para, "-", bold)
        elif tag in (_Q + "footnoteReference", _Q + "endnoteReference"):
            _call(el, ctx, para, bold)
        elif tag in (_Q + "footnoteRef", _Q + "endnoteRef"):
            pass  # the note's own mark: written by the notes reader
        elif tag in (_Q + "drawing", _Q + "pict", _MC + "AlternateContent"):
            _boxes(el, ctx)


def _put(para: Para, text: str, bold: bool) -> None:
    if text:
        para.pieces.append((text, bold))


def _call(el: etree._Element, ctx: Context, para: Para, bold: bool) -> None:
    kind = "footnote" if el.tag == _Q + "footnoteReference" else "endnote"
    nid = el.get(_Q + "id", "")
    if el.get(_Q + "customMarkFollows") in ("1", "true", "on"):
        return  # the mark is the run text that follows
    key = (kind, nid)
    if key not in ctx.marks:
        n = ctx.note_start[kind] + sum(1 for k in ctx.marks if k[0] == kind)
        ctx.marks[key] = format_number(n, ctx.note_fmt[kind])
    mark = ctx.marks[key]
    at = len(para.text())
    para.calls.append((at, at + len(mark), mark))
    _put(para, mark, False)


def _boxes(el: etree._Element, ctx: Context) -> None:
    """Text boxes under a drawing, each once (DrawingML first; VML is the fallback copy)."""
    if el.tag == _MC + "AlternateContent":
        choice = el.find(_MC + "Choice")
        el = choice if choice is not None else el
    for box in el.iter(_Q + "txbxContent"):
        if not any(a.tag == _Q + "txbxContent" for a in box.iterancestors()):
            ctx.boxes.append(box)
