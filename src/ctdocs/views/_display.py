"""A parsed document as HTML, for Jupyter's rich display (``Document._repr_html_``).

A researcher who evaluates a parse needs to *see* it: which lines became
clauses, under which section, and what was found in them. The rendering is an
outline — title, sections, numbered clauses indented by depth, their items —
with every actor, date and domain mention highlighted in place, and the noise
set aside listed (collapsed) at the end so nothing is hidden.

Choices, and why:

* Plain HTML with inline styles, no JavaScript and no dependency: it renders
  the same in Jupyter, VS Code and on GitHub, and needs neither pandas nor spaCy.
* Every piece of document text is HTML-escaped; only this module's own tags
  reach the output.
* Deterministic: the same document gives byte-identical HTML, so executed
  notebooks diff cleanly.
* Highlights carry their facts in attributes: ``title`` shows on hover (an
  actor's canonical name, id and kind; a date's ISO value; a domain's code
  and description), ``data-*`` give the span for tools and tests.
* The legend labels (Actors, Dates, Domains, Noise set aside) are English in
  every document: they name ctdocs concepts, like the field names, not words
  of the text; the text itself is shown as written, with ``lang`` set.
* Mentions may nest (an actor inside a domain phrase); a mention that crosses
  the end of an enclosing one is cut at that end, so the HTML stays well-formed.
* Domains are shown as chips, not as underlines: a clause's codes float at its
  right, the document's stand in the header, and the legend spells out each
  code's description (a static export has no hover). Trigger words brush
  through a third of a policy text's phrases; underlined, they drowned actors
  and dates. So evidence is off by default and, when asked for
  (``doc.display(domains=True)`` or a list of codes), a muted dotted line in
  the code's colour. ``actors=False`` / ``dates=False`` turn those off, as
  displaCy's ``options`` choose entity labels.
* The header gives the title, the document's own date and symbol and the
  source's file name, never its absolute path (it would leak the machine's
  folders into shared notebooks and differ on every machine).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path

from .._errors import InputError
from .._knowledge import active
from ..models import Block, Clause, Document, DomainTag, Heading, ListItem, Paragraph
from ._mentions import Mention, mentions

__all__ = [
    "KIND_STYLES",
    "LABELS",
    "DisplayOptions",
    "DocumentView",
    "display",
    "render_document",
]

LABELS: dict[str, str] = {
    "actor": "Actors",
    "date": "Dates",
    "domain": "Domains",
    "noise": "Noise set aside",
}

# Colours chosen to stay readable when marks nest: actors and dates are
# backgrounds; domain evidence, when shown, a dotted line in its code's colour.
KIND_STYLES: dict[str, str] = {
    "actor": "background:#dbeafe;border-radius:3px",
    "date": "background:#dcfce7;border-radius:3px",
    "domain": "border-bottom:2px dotted #b45309",
}
_CHIP_STYLE = (
    "display:inline-block;font-size:11px;line-height:1.4;font-weight:600;padding:0 5px;"
    "margin:0 0 0 3px;border-radius:8px;white-space:nowrap;user-select:none;"
    "font-family:ui-monospace,monospace"
)
_KIND_ORDER = {"domain": 0, "actor": 1, "date": 2}

_ROOT_STYLE = (
    "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;"
    "line-height:1.5;max-width:60em;color:#111"
)
_META_STYLE = "color:#555;font-size:12px;margin-bottom:4px"
_TEXT_STYLE = "white-space:pre-wrap"
_PARAGRAPH_STYLES: dict[str, str] = {
    "title": "font-size:1.2em;font-weight:bold;margin:6px 0",
    "front-matter": "color:#666;font-size:.9em",
    "signature": "font-style:italic",
    "footnote": "color:#555;font-size:.85em",
    "body": "",
}
_INDENT_EM = 1.5


@dataclass(frozen=True, slots=True)
class DisplayOptions:
    """What is highlighted: ``domains`` is ``None`` (chips only, no evidence), ``True``
    (every domain's evidence) or the codes whose evidence is shown."""

    domains: frozenset[str] | bool | None = None
    actors: bool = True
    dates: bool = True

    @classmethod
    def of(
        cls,
        domains: Iterable[str] | str | bool | None = None,
        actors: bool = True,
        dates: bool = True,
    ) -> DisplayOptions:
        """Options from :meth:`Document.display`'s arguments, checked."""
        if isinstance(domains, str):
            domains = [domains]  # one code
        if domains is None or isinstance(domains, bool):
            chosen: frozenset[str] | bool | None = domains
        else:
            try:
                chosen = frozenset(domains)
            except TypeError:
                raise InputError(
                    f"display(domains=...) takes True, False, None or domain codes, "
                    f"not {type(domains).__name__}"
                ) from None
            bad = sorted(repr(c) for c in chosen if not isinstance(c, str))
            if bad:
                raise InputError(f"display(domains=...): codes are strings, not {', '.join(bad)}")
        return cls(chosen, bool(actors), bool(dates))

    def shows(self, m: Mention) -> bool:
        if m.kind == "actor":
            return self.actors
        if m.kind == "date":
            return self.dates
        if isinstance(self.domains, frozenset):
            return m.id in self.domains
        return self.domains is True


@dataclass(frozen=True)
class DocumentView:
    """A document rendered with chosen options; Jupyter shows it, ``str()`` is the HTML."""

    html: str
    title: str = "ctdocs"

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def page(self) -> str:
        """A whole HTML page (UTF-8, the fragment in its body): to save or open in a browser."""
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{escape(self.title)}</title></head>"
            f'<body style="margin:16px">{self.html}</body></html>\n'
        )

    def save(self, path: str | Path) -> Path:
        """Write :meth:`page` to ``path``; returns the path."""
        out = Path(path)
        out.write_text(self.page(), encoding="utf-8")
        return out


@dataclass(slots=True)
class _Node:
    start: int
    end: int
    mention: Mention
    children: list[_Node] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Palette:
    """A colour per domain code: hues spread by the golden angle over the knowledge's
    order of codes, so neighbours differ and a code keeps its colour in every document."""

    hue: dict[str, int]

    @classmethod
    def for_codes(cls, codes: Iterable[str]) -> _Palette:
        order = {c: k for k, c in enumerate(active().domain_names())}
        extra = len(order)
        hue: dict[str, int] = {}
        for code in sorted(set(codes)):
            k = order.get(code)
            if k is None:
                k, extra = extra, extra + 1
            hue[code] = round(k * 137.508) % 360
        return cls(hue)

    def chip(self, code: str) -> str:
        h = self.hue.get(code, 0)
        return f"{_CHIP_STYLE};background:hsl({h},70%,90%);color:hsl({h},60%,25%)"

    def evidence(self, code: str) -> str:
        return f"border-bottom:2px dotted hsl({self.hue.get(code, 0)},60%,40%)"


def _attrs(m: Mention, titles: dict[str, str], styles: dict[str, str] | None = None) -> str:
    kind = m.kind
    style = KIND_STYLES[kind]
    if kind == "actor":
        data = f' data-id="{escape(m.id or "")}"'
        title = titles.get(m.id or "", m.name or "")
    elif kind == "date":
        data = f' data-value="{escape(m.value or "")}"'
        title = m.value or ""
    else:
        data = f' data-code="{escape(m.id or "")}"'
        title = f"{m.id} · {m.name}" if m.name else (m.id or "")
        style = (styles or {}).get(m.id or "", style)
    return (
        f'<span class="ctdocs-{kind}"{data} data-start="{m.start}" data-end="{m.end}"'
        f' title="{escape(title)}" style="{style}">'
    )


def _nest(lo: int, hi: int, marks: list[Mention]) -> list[_Node]:
    """Mentions cut to ``[lo, hi)`` and arranged as a forest of properly nested spans."""
    cut = [(max(m.start, lo), min(m.end, hi), m) for m in marks]
    cut = [(s, e, m) for s, e, m in cut if s < e]
    cut.sort(key=lambda t: (t[0], -t[1], _KIND_ORDER[t[2].kind], t[2].id or t[2].value or ""))
    roots: list[_Node] = []
    stack: list[_Node] = []
    for s, e, m in cut:
        while stack and stack[-1].end <= s:
            stack.pop()
        if stack and e > stack[-1].end:
            e = stack[-1].end  # crosses its enclosing mark: keep the part inside
        node = _Node(s, e, m)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _emit(
    text: str,
    lo: int,
    hi: int,
    nodes: list[_Node],
    titles: dict[str, str],
    styles: dict[str, str] | None = None,
) -> str:
    out: list[str] = []
    pos = lo
    for n in nodes:
        out.append(escape(text[pos : n.start]))
        out.append(_attrs(n.mention, titles, styles))
        out.append(_emit(text, n.start, n.end, n.children, titles, styles))
        out.append("</span>")
        pos = n.end
    out.append(escape(text[pos:hi]))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Render:
    """What every block's rendering needs: the marks to draw and how to draw them."""

    doc: Document
    marks: list[Mention]
    titles: dict[str, str]
    names: dict[str, str]
    palette: _Palette
    depth_of: dict[str, int]

    def highlight(self, lo: int, hi: int) -> str:
        """``doc.text[lo:hi]``, escaped, with the mentions that overlap it wrapped in spans."""
        inside = [m for m in self.marks if m.start < hi and m.end > lo]
        styles = {code: self.palette.evidence(code) for code in self.palette.hue}
        return _emit(self.doc.text, lo, hi, _nest(lo, hi, inside), self.titles, styles)

    def chips(self, tags: Iterable[DomainTag], where: str) -> str:
        """The codes as chips, each titled with its description (``where``: clause, document)."""
        codes = [t.code for t in tags]
        if not codes:
            return ""
        items = "".join(
            f'<span class="ctdocs-chip" data-code="{escape(c)}"'
            f' title="{escape(self.names.get(c, c))}" style="{self.palette.chip(c)}">'
            f"{escape(c)}</span>"
            for c in codes
        )
        float_ = "float:right;margin-left:8px" if where == "clause" else "margin-left:4px"
        return f'<span class="ctdocs-chips" data-for="{where}" style="{float_}">{items}</span>'


def _merge_domains(text: str, found: list[Mention]) -> list[Mention]:
    """Overlapping evidence spans of one domain code as one highlight.

    Triggers of a domain often overlap ("menaces chimiques" and "chimiques,
    biologiques"); shown apart they would cut each other.
    """
    out: list[Mention] = []
    last: dict[str, int] = {}  # code -> index in out of its latest highlight
    for m in found:  # in text order
        if m.kind != "domain" or m.id is None:
            out.append(m)
            continue
        k = last.get(m.id)
        if k is not None and m.start < out[k].end:
            prev = out[k]
            end = max(prev.end, m.end)
            out[k] = replace(prev, end=end, text=text[prev.start : end])
        else:
            last[m.id] = len(out)
            out.append(m)
    return out


def _head_end(doc: Document, c: Clause) -> int:
    """Where a clause's label and run-in title end in ``doc.text``.

    The clause span starts with the label as printed (``3.1``, ``(a)``) and
    any run-in title; ``Clause.text`` is the body after them.
    """
    span = doc.text[c.start : c.end]
    if c.text and span.endswith(c.text):
        return c.end - len(c.text)
    if c.title and c.title in span:
        return c.start + span.index(c.title) + len(c.title)
    if span.startswith(c.label):
        return c.start + len(c.label)
    return c.start


def _indent(block: Block, depth_of: dict[str, int]) -> int:
    if isinstance(block, Clause):
        return block.depth - 1
    return depth_of.get(block.parent, 0) if block.parent else 0


def _block_html(r: _Render, block: Block) -> str:
    margin = f"margin-left:{_indent(block, r.depth_of) * _INDENT_EM:g}em"
    ident = f'data-block="{escape(block.id)}"'
    if isinstance(block, Clause):
        head_end = _head_end(r.doc, block)
        head = r.highlight(block.start, head_end)
        body = r.highlight(head_end, block.end)
        return (
            f'<div class="ctdocs-clause" {ident} data-number="{escape(block.number)}"'
            f' style="{margin};margin-top:4px;{_TEXT_STYLE}">{r.chips(block.domains, "clause")}'
            f'<b style="color:#1e3a8a">{head}</b>{body}</div>'
        )
    text = r.highlight(block.start, block.end)
    if isinstance(block, Heading):
        size = "1.2em" if block.level <= 1 else "1.05em"
        return (
            f'<div class="ctdocs-heading" {ident} style="{margin};font-weight:bold;'
            f'font-size:{size};margin-top:10px;{_TEXT_STYLE}">{text}</div>'
        )
    if isinstance(block, ListItem):
        return f'<div class="ctdocs-item" {ident} style="{margin};{_TEXT_STYLE}">{text}</div>'
    assert isinstance(block, Paragraph)
    style = _PARAGRAPH_STYLES.get(block.role, "")
    return (
        f'<div class="ctdocs-paragraph" {ident} data-role="{escape(block.role)}"'
        f' style="{margin};margin-top:4px;{style};{_TEXT_STYLE}">{text}</div>'
    )


def _all_codes(doc: Document) -> list[str]:
    """Every code of the document or of one of its clauses, in the document's order first."""
    codes = list(doc.domains)
    for c in doc.clauses():
        codes.extend(t.code for t in c.domains if t.code not in codes)
    return codes


def _legend(r: _Render, opts: DisplayOptions) -> str:
    doc = r.doc
    counts = {"actor": len(doc.actors), "date": sum(1 for m in r.marks if m.kind == "date")}
    kinds = [k for k, on in (("actor", opts.actors), ("date", opts.dates)) if on]
    items = [
        f'<span class="ctdocs-legend-{kind}" style="{KIND_STYLES[kind]};padding:0 4px;'
        f'margin-right:8px">{escape(LABELS[kind])} ({counts[kind]})</span>'
        for kind in kinds
    ]
    codes = _all_codes(doc)
    items.append(
        f'<span class="ctdocs-legend-domain" style="margin-right:4px">'
        f"{escape(LABELS['domain'])} ({len(codes)})</span>"
    )
    entries = "".join(
        f'<span class="ctdocs-legend-code" style="margin-right:10px;white-space:nowrap">'
        f"{r.chips([DomainTag(code=c)], 'legend')} {escape(r.names.get(c, c))}</span>"
        for c in codes
    )
    return (
        f'<div class="ctdocs-legend" style="margin:4px 0 8px 0;line-height:1.9;'
        f'border-bottom:1px solid #e5e7eb;padding-bottom:4px">'
        f"<div>{''.join(items)}{_hint(opts, codes)}</div><div>{entries}</div></div>"
    )


def _hint(opts: DisplayOptions, codes: list[str]) -> str:
    """Says whether domain evidence is drawn, and how to change it."""
    if not codes:
        return ""
    if opts.domains is None or opts.domains is False:
        text = "evidence hidden: doc.display(domains=True) or domains=[codes] shows it"
    else:
        shown = codes if opts.domains is True else [c for c in codes if c in opts.domains]
        text = f"dotted: evidence of {', '.join(shown) or 'none'}"
    style = "color:#777;font-size:12px"
    return f'<span class="ctdocs-legend-hint" style="{style}">{escape(text)}</span>'


def _file_name(doc: Document) -> str:
    """The source's file name without its folders (``C:\\a\\b.pdf`` too), else its hash."""
    name = doc.source.name
    if not name:
        return f"sha256:{doc.source.sha256[:12]}"
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or name


def _header(r: _Render) -> str:
    doc = r.doc
    title = (
        f'<div class="ctdocs-title" style="font-size:1.3em;font-weight:bold;margin:2px 0">'
        f"{escape(doc.title)}</div>"
        if doc.title
        else ""
    )
    meta = [_file_name(doc), doc.language]
    if doc.date is not None:
        meta.append(
            f"{doc.date.value} ({doc.date.text})"
            if doc.date.text != doc.date.value
            else doc.date.value
        )
    if doc.symbol:
        meta.append(doc.symbol)
    meta.append(f"{len(doc.clauses())} clauses")
    chips = r.chips(doc.domain_tags, "document")
    return (
        f'<div class="ctdocs-header">{title}'
        f'<div class="ctdocs-meta" style="{_META_STYLE}">{escape(" · ".join(meta))}{chips}</div>'
        f"</div>"
    )


def _noise(doc: Document) -> str:
    rows = [
        f'<div style="margin:2px 0;{_TEXT_STYLE}"><code>{escape(n.reason)}</code>'
        f' <span style="color:#888">[{n.start}:{n.end}]</span> {escape(n.text)}</div>'
        for n in doc.noise
    ]
    return (
        f'<details class="ctdocs-noise" style="margin-top:10px;color:#555">'
        f"<summary>{escape(LABELS['noise'])} ({len(doc.noise)})</summary>{''.join(rows)}</details>"
    )


def render_document(doc: Document, options: DisplayOptions | None = None) -> str:
    """The document as an HTML fragment: header, legend, outline, noise.

    ``options`` (:class:`DisplayOptions`) choose what is highlighted; by default
    actors and dates are, and domains show as chips only.
    """
    opts = options or DisplayOptions()
    found = _merge_domains(doc.text, mentions(doc))
    codes = _all_codes(doc)
    names = active().domain_names()
    r = _Render(
        doc=doc,
        marks=[m for m in found if opts.shows(m)],
        titles={a.id: f"{a.name} · {a.id} · {a.kind}" for a in doc.actors},
        names={c: names.get(c, c) for c in codes},
        palette=_Palette.for_codes(codes),
        depth_of={c.id: c.depth for c in doc.clauses()},
    )
    outline = "".join(_block_html(r, b) for b in doc.block_list)
    return (
        f'<div class="ctdocs-document" lang="{escape(doc.language)}" style="{_ROOT_STYLE}">'
        f"{_header(r)}{_legend(r, opts)}"
        f'<div class="ctdocs-outline">{outline}</div>'
        f"{_noise(doc)}</div>"
    )


def display(
    doc: Document,
    domains: Iterable[str] | str | bool | None = None,
    actors: bool = True,
    dates: bool = True,
) -> DocumentView:
    """:meth:`Document.display`: the document rendered with the chosen highlights."""
    html = render_document(doc, DisplayOptions.of(domains, actors, dates))
    return DocumentView(html, doc.title or _file_name(doc))
