"""The pipeline: source → normalised text → units and noise → blocks → mentions → Document.

Each stage lives in its own module and hands the next one plain data; this
module only wires them together and builds the pydantic graph at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._errors import CtdocsError, EmptyDocumentError, InputError, InputTooLargeError
from ._knowledge import KnowledgeLike, activate, resolve
from ._linememo import document_memo
from ._offsets import OffsetMap
from ._vocab import Language, NoiseReason, is_noise_reason
from .readers._source import RawInput, max_bytes, read_input, sniff_layout, source_for_text

if TYPE_CHECKING:
    from .extract import Findings
    from .layout import Unit
    from .normalise._text import NormalisedText
    from .readers.docx import DocxMark, DocxText
    from .readers.pdf import PdfLimits, PdfText, SpanMark
    from .structure._tree import NoteLink, RawBlock, Structure
from .models import (
    Block,
    Clause,
    Document,
    FootnoteRef,
    Heading,
    ListItem,
    Noise,
    Paragraph,
    Source,
    _trusted,
)

__all__ = ["parse_document", "parse_text"]


def parse_text(
    text: str,
    language: Language | None = None,
    *,
    name: str | None = None,
    layout: Literal["text", "markdown", "html"] | None = None,
    ner: bool = False,
    knowledge: KnowledgeLike | None = None,
) -> Document:
    """Parse a string. ``language=None`` detects French or English.

    ``ner=True`` adds persons and organisations proposed by an installed spaCy
    model (``fr_core_news_sm``) as unlinked actors; slower, off by default.
    ``knowledge``: :func:`ctdocs.load_knowledge` (or the user files' paths) for
    the user's own actors and domains; default ``$CTDOCS_KNOWLEDGE``, else the
    shipped knowledge.
    """
    if not isinstance(text, str):
        raise InputError(
            f"parse_text() takes a str, not {type(text).__name__}; "
            "use parse_document() for bytes and files"
        )
    label = name or "<text>"
    if len(text) > max_bytes():
        raise InputTooLargeError(
            f"{label}: {len(text):,} characters is over the limit of {max_bytes():,}; "
            "split the text or raise the limit (CTDOCS_MAX_BYTES)"
        )
    if not text.strip():
        raise EmptyDocumentError(f"{label}: the text is empty; there is nothing to parse")
    if layout not in (None, "text", "markdown", "html"):
        raise InputError(
            f"{label}: layout {layout!r} is not one of 'text', 'markdown', 'html'; "
            "for a PDF use parse_document()"
        )
    lay = layout or sniff_layout(text, None)
    lap = _laps()
    source = source_for_text(text, name, lay)
    if source.size > max_bytes():  # the limit is in bytes: up to 4 per character in UTF-8
        raise InputTooLargeError(
            f"{label}: {source.size:,} bytes in UTF-8 is over the limit of {max_bytes():,}; "
            "split the text or raise the limit (CTDOCS_MAX_BYTES)"
        )
    raw = RawInput(text=text, layout=lay, source=source)
    return _from_raw(raw, language, ner, lap, knowledge=knowledge)


def parse_document(
    obj: object,
    language: Language | None = None,
    *,
    name: str | None = None,
    max_bytes: int | None = None,
    ner: bool = False,
    pdf_limits: PdfLimits | None = None,
    knowledge: KnowledgeLike | None = None,
) -> Document:
    """Parse a file (path), ``bytes`` or binary file object: .txt, .md, .html, .pdf or .docx.

    ``ner=True``, ``knowledge``: see :func:`parse_text`. ``pdf_limits``: the budgets a
    PDF may spend (:class:`ctdocs.PdfLimits`; ``None``: the defaults, far above any
    real document); a PDF over one raises :class:`ctdocs.PdfResourceError`.
    """
    lap = _laps()
    raw = read_input(obj, name=name, limit=max_bytes)
    return _from_raw(raw, language, ner, lap, pdf_limits, knowledge)


StageHook = Callable[[str, float], None]
"""``hook(stage, seconds)``: see :func:`set_stage_hook`."""

_stage_hook: StageHook | None = None


def set_stage_hook(hook: StageHook | None) -> StageHook | None:
    """Call ``hook(stage, seconds)`` after each stage of every parse in this process.

    For the benchmark suite's time per stage; ``None`` turns it off (the
    default) and returns the hook that was set. Off, a parse pays one global
    read and a few ``is None`` tests, no clock reads. Stages: ``ingest``
    (reading, decoding, HTML/PDF to text), ``normalise``, ``layout``,
    ``structure`` (blocks, clause tree, language), ``actors``, ``dates``,
    ``ner`` (only with ``ner=True``), ``domains`` (domain tagging and
    attaching every finding to its clause), ``assemble`` (the pydantic graph).
    """
    global _stage_hook
    previous, _stage_hook = _stage_hook, hook
    return previous


def _laps() -> Callable[[str], None] | None:
    """A lap timer reporting to the stage hook, or ``None`` when no hook is set."""
    hook = _stage_hook
    if hook is None:
        return None
    last = [time.perf_counter()]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        hook(stage, now - last[0])
        last[0] = now

    return lap


def _from_raw(
    raw: RawInput,
    language: Language | None,
    ner: bool = False,
    lap: Callable[[str], None] | None = None,
    pdf_limits: PdfLimits | None = None,
    knowledge: KnowledgeLike | None = None,
) -> Document:
    try:
        # (the parse's per-line memo: made here, dropped here; see ``_linememo``)
        with activate(resolve(knowledge)), document_memo():
            return _pipeline(raw, language, ner, lap, pdf_limits)
    except CtdocsError:
        raise
    except RecursionError:  # pragma: no cover - defensive
        raise InputError(f"{raw.source.name}: structure too deep to parse") from None


def _put_marks(units: list[Unit], marks: list[SpanMark | None] | list[DocxMark | None]) -> None:
    """Put the PDF or DOCX reader's page, box and noise marks on the layout units."""
    for u, m in zip(units, marks, strict=True):
        if m is None:
            continue
        if m.noise is not None:
            u.noise = m.noise
        elif m.footnote:
            u.role = "footnote"
        u.page, u.bbox = m.page, m.bbox


class _Ingested(NamedTuple):
    """What a reader hands on: the body text, whether it carries Markdown-ish marks,
    its anchors into the input, navigation ranges, per-line marks (PDF, DOCX), and
    the source (a PDF's with its page count)."""

    body: str
    markdown: bool
    input_map: list[tuple[int, int]] | None
    nav: Sequence[tuple[int, int]]
    pages: PdfText | DocxText | None
    source: Source
    hidden: Sequence[tuple[int, int]] = ()  # an HTML page's screen-reader-only text
    captions: Sequence[tuple[int, int]] = ()  # an HTML page's captions of images
    link_lines: Sequence[tuple[int, int]] = ()  # an HTML page's lines of links only
    records: Sequence[tuple[int, int]] = ()  # an HTML page's boxes of its record
    declared: Sequence[str] = ()  # the identifiers an HTML page's head declares for itself
    page_title: str | None = None  # an HTML page's <title>, outside its text


def _ingest(raw: RawInput, pdf_limits: PdfLimits | None) -> _Ingested:
    """The reader of the input's layout; plain text and Markdown are their own body."""
    if raw.layout == "pdf":
        from .readers.pdf import pdf_to_text

        pdf = pdf_to_text(raw.data, raw.source.name or "<pdf>", pdf_limits)
        source = raw.source.model_copy(update={"pages": pdf.page_count})
        return _Ingested(pdf.text, True, pdf.anchors, (), pdf, source)
    if raw.layout == "docx":
        from .readers.docx import docx_to_text

        docx = docx_to_text(raw.data, raw.source.name or "<docx>")
        return _Ingested(docx.text, True, docx.anchors, (), docx, raw.source)
    if raw.layout == "html":
        from .readers.html import html_to_text

        conv = html_to_text(raw.text)
        return _Ingested(
            conv.text,
            True,
            conv.anchors,
            conv.nav,
            None,
            raw.source,
            conv.hidden,
            conv.captions,
            conv.link_lines,
            conv.records,
            conv.declared,
            conv.title,
        )
    from .readers._margins import unmargin
    from .readers._textcolumns import decolumnise, physical_lines

    # marginal notes beside a statute's sections are read as lines of their own, and a
    # page set in two columns, copied as text, is read column by column (the lines cut
    # once for the three readers, while none of them has changed the text)
    lines = physical_lines(raw.text)
    noted, outer, _ = unmargin(raw.text, lines)
    body, anchors, _ = decolumnise(noted, lines if noted is raw.text else None)
    del lines
    if outer is not None:
        inner = OffsetMap(outer)
        anchors = list(
            inner.anchors if anchors is None else OffsetMap(anchors).compose(inner).anchors
        )
    return _Ingested(body, raw.layout == "markdown", anchors, (), None, raw.source)


def _pipeline(
    raw: RawInput,
    language: Language | None,
    ner: bool = False,
    lap: Callable[[str], None] | None = None,
    pdf_limits: PdfLimits | None = None,
) -> Document:
    # The stages are imported by the first parse, not by ``import ctdocs``: a process
    # that only reads documents back (models, views) skips most of the import time.
    from .normalise._text import normalise
    from .structure._language import HEAD as LANGUAGE_HEAD
    from .structure._language import detect_language
    from .structure._tree import build, link_footnotes

    ingested = _ingest(raw, pdf_limits)
    body, markdown, input_map, nav, pages, source = ingested[:6]
    html_marks = (ingested.hidden, ingested.captions, ingested.link_lines, ingested.records)
    declared, page_title = ingested.declared, ingested.page_title
    del ingested
    if lap is not None:
        lap("ingest")
    # Each stage's input is dropped once the next has what it needs (``del``): what a
    # parse holds at once is its peak memory (issue 15: in proportion to the input).
    norm = normalise(body, markdown=markdown, web=raw.layout == "html")
    del body
    norm_map = OffsetMap(norm.anchors)
    offsets = norm_map if input_map is None else norm_map.compose(OffsetMap(input_map))
    del input_map
    nav_out = norm_map.ranges_to_output(nav, len(norm.text)) if nav else []
    if lap is not None:
        lap("normalise")
    units = _units(norm, norm_map, nav_out, html_marks, pages)
    if lap is not None:
        lap("layout")
    text = norm.text
    del norm, norm_map
    structure = build(units, text)
    del units  # the noise units live on in the structure
    notes: list[NoteLink] = []
    if pages is not None:
        notes = link_footnotes(structure.blocks, pages.note_calls(offsets.anchors, len(text)))
    lang: Language = language or detect_language(  # type: ignore[assignment]
        _body_head(structure.blocks, LANGUAGE_HEAD) or text
    )
    if lang not in ("fr", "en"):
        raise InputError(f"{source.name}: language {lang!r} is not supported; use 'fr' or 'en'")
    from .extract import extract

    if lap is not None:
        lap("structure")
    found = extract(
        text, lang, structure, ner=ner, lap=lap, declared=declared, page_title=page_title
    )
    if lap is not None:
        lap("domains")
    doc = _assemble(text, offsets, lang, source, structure, found, notes)
    if lap is not None:
        lap("assemble")
    return doc


def _units(
    norm: NormalisedText,
    norm_map: OffsetMap,
    nav_out: Sequence[tuple[int, int]],
    html_marks: tuple[Sequence[tuple[int, int]], ...],
    pages: PdfText | DocxText | None,
) -> list[Unit]:
    """The layout stage: units and noise, with the marks of the HTML, PDF or DOCX reader
    (``html_marks``: hidden text, captions, link lines, record boxes, as input ranges)."""
    from .layout import segment
    from .layout._hiddentext import mark_hidden, mark_image_captions, mark_link_lines, mark_records

    paginate = None
    if pages is not None:
        reader = pages

        def paginate(spans: Sequence[tuple[int, int]]) -> list[int | None]:
            return [m.page if m is not None else None for m in reader.marks(spans, norm.anchors)]

    units = segment(norm, nav_out, paginate)
    hidden, captions, links, records = html_marks
    if hidden:
        mark_hidden(units, norm_map.ranges_to_output(hidden, len(norm.text)))
    if captions:
        mark_image_captions(units, norm_map.ranges_to_output(captions, len(norm.text)))
    if links:
        mark_link_lines(units, norm_map.ranges_to_output(links, len(norm.text)))
    if records:
        mark_records(units, norm_map.ranges_to_output(records, len(norm.text)))
    if pages is not None:
        _put_marks(units, pages.marks([(u.start, u.end) for u in units], norm.anchors))
    return units


def _assemble(
    text: str,
    offsets: OffsetMap,
    lang: Language,
    source: Source,
    structure: Structure,
    found: object,
    notes: list[NoteLink] | None = None,
) -> Document:
    from .extract import Findings

    assert isinstance(found, Findings)
    ids = [f"b{k}" for k in range(len(structure.blocks))]
    extent = _extents(structure.blocks)
    blocks = [_block(k, rb, ids, extent[k], found) for k, rb in enumerate(structure.blocks)]
    noise = tuple(
        _trusted(
            Noise,
            {
                "text": u.text,
                "start": u.start,
                "end": u.end,
                "reason": _reason(u.noise),
                "page": u.page,
            },
        )
        for u in structure.noise
    )
    return Document(
        language=lang,
        title=structure.title,
        source=source,
        text=text,
        offset_map=offsets.anchors,
        blocks=tuple(blocks),
        noise=noise,
        actors=found.actors,
        dates=found.dates,
        date=found.date,
        symbol=found.symbol,
        domains=found.domains,
        footnote_refs=tuple(
            FootnoteRef(
                text=text[n.start : n.end],
                start=n.start,
                end=n.end,
                block=ids[n.block] if n.block is not None else None,
                note=ids[n.note],
            )
            for n in notes or ()
        ),
    )


_KIND = ("kind",)  # the field a validated block would take from its default


def _block(k: int, rb: RawBlock, ids: list[str], extent_end: int, found: Findings) -> Block:
    """Block ``k`` of the structure as its model, with its clause's findings if a clause.

    Built by ``models._trusted`` (values in the fields' order and types; see its
    docstring): a validated block carries its own fields set, as large as its fields.
    """
    values: dict[str, Any] = {
        "id": ids[k],
        "start": rb.start,
        "end": rb.end,
        "text": rb.text,
        "section": rb.section,
        "parent": ids[rb.parent] if rb.parent is not None else None,
        "page": rb.page,
        "bbox": None if rb.bbox is None else tuple(float(v) for v in rb.bbox),
    }
    if rb.kind == "clause":
        values["kind"] = "clause"
        values["number"] = rb.number
        values["label"] = rb.label
        values["title"] = rb.title
        values["depth"] = rb.depth
        values["parent_number"] = rb.parent_number
        values["children"] = tuple(map(ids.__getitem__, rb.children))
        values["extent_end"] = extent_end
        values["actors"] = found.clause_actors.get(k, ())
        values["dates"] = found.clause_dates.get(k, ())
        values["domains"] = found.clause_domains.get(k, ())
        return _trusted(Clause, values, _KIND)
    if rb.kind == "heading":
        values["kind"] = "heading"
        values["level"] = rb.level
        return _trusted(Heading, values, _KIND)
    if rb.kind == "list_item":
        values["kind"] = "list_item"
        values["marker"] = rb.marker
        return _trusted(ListItem, values, _KIND)
    values["kind"] = "paragraph"
    values["role"] = rb.role
    values["note_mark"] = rb.note_mark
    return _trusted(Paragraph, values, _KIND)


def _reason(value: str | None) -> NoiseReason:
    """A noise unit's reason, checked against the one vocabulary (the layout stage and the
    readers write it as a plain string): an unknown one is a bug, never a silent drop."""
    if not is_noise_reason(value):
        raise CtdocsError(f"internal error: noise without a known reason ({value!r})")
    return value


def _body_head(blocks: Sequence[RawBlock], size: int) -> str:
    """The body's blocks (front matter aside) one a line, up to the first block that takes
    the text past ``size`` characters: the language is told from that many, and joining the
    whole body cost a pass over the text (its first ``size`` characters are the same)."""
    kept: list[str] = []
    length = 0
    for b in blocks:
        if b.role != "front-matter":
            kept.append(b.text)
            length += len(b.text) + 1
            if length > size:
                break
    return "\n".join(kept)


def _extents(blocks: list[RawBlock]) -> list[int]:
    ext = [b.end for b in blocks]
    for k in range(len(blocks) - 1, -1, -1):
        for c in blocks[k].children:
            ext[k] = max(ext[k], ext[c])
    return ext
