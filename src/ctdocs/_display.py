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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from html import escape

from ._mentions import Mention, mentions
from .models import Block, Clause, Document, Heading, ListItem, Paragraph

__all__ = ["KIND_STYLES", "LABELS", "render_document"]

LABELS: dict[str, str] = {
    "actor": "Actors",
    "date": "Dates",
    "domain": "Domains",
    "noise": "Noise set aside",
}

# Colours chosen to stay readable when marks nest: actors and dates are
# backgrounds, domains an underline on a pale tint.
KIND_STYLES: dict[str, str] = {
    "actor": "background:#dbeafe;border-radius:3px",
    "date": "background:#dcfce7;border-radius:3px",
    "domain": "background:#fef9e7;border-bottom:2px solid #d97706",
}
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


@dataclass(slots=True)
class _Node:
    start: int
    end: int
    mention: Mention
    children: list[_Node] = field(default_factory=list)


def _attrs(m: Mention, titles: dict[str, str]) -> str:
    kind = m.kind
    if kind == "actor":
        data = f' data-id="{escape(m.id or "")}"'
        title = titles.get(m.id or "", m.name or "")
    elif kind == "date":
        data = f' data-value="{escape(m.value or "")}"'
        title = m.value or ""
    else:
        data = f' data-code="{escape(m.id or "")}"'
        title = f"{m.id} · {m.name}" if m.name else (m.id or "")
    return (
        f'<span class="ctdocs-{kind}"{data} data-start="{m.start}" data-end="{m.end}"'
        f' title="{escape(title)}" style="{KIND_STYLES[kind]}">'
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


def _emit(text: str, lo: int, hi: int, nodes: list[_Node], titles: dict[str, str]) -> str:
    out: list[str] = []
    pos = lo
    for n in nodes:
        out.append(escape(text[pos : n.start]))
        out.append(_attrs(n.mention, titles))
        out.append(_emit(text, n.start, n.end, n.children, titles))
        out.append("</span>")
        pos = n.end
    out.append(escape(text[pos:hi]))
    return "".join(out)


def _highlight(
    doc: Document, lo: int, hi: int, marks: list[Mention], titles: dict[str, str]
) -> str:
    """``doc.text[lo:hi]``, escaped, with the mentions that overlap it wrapped in spans."""
    inside = [m for m in marks if m.start < hi and m.end > lo]
    return _emit(doc.text, lo, hi, _nest(lo, hi, inside), titles)


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


def _block_html(
    doc: Document, block: Block, depth_of: dict[str, int], marks: list[Mention],
    titles: dict[str, str],
) -> str:
    margin = f"margin-left:{_indent(block, depth_of) * _INDENT_EM:g}em"
    ident = f'data-block="{escape(block.id)}"'
    if isinstance(block, Clause):
        head_end = _head_end(doc, block)
        head = _highlight(doc, block.start, head_end, marks, titles)
        body = _highlight(doc, head_end, block.end, marks, titles)
        return (
            f'<div class="ctdocs-clause" {ident} data-number="{escape(block.number)}"'
            f' style="{margin};margin-top:4px;{_TEXT_STYLE}">'
            f'<b style="color:#1e3a8a">{head}</b>{body}</div>'
        )
    text = _highlight(doc, block.start, block.end, marks, titles)
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


def _legend(doc: Document, found: list[Mention]) -> str:
    counts = {
        "actor": len(doc.actors),
        "date": sum(1 for m in found if m.kind == "date"),
        "domain": len(doc.domain_tags),
    }
    items = [
        f'<span class="ctdocs-legend-{kind}" style="{KIND_STYLES[kind]};padding:0 4px;'
        f'margin-right:8px">{escape(LABELS[kind])} ({counts[kind]})</span>'
        for kind in ("actor", "date", "domain")
    ]
    return f'<div class="ctdocs-legend" style="margin:4px 0 8px 0">{"".join(items)}</div>'


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


def render_document(doc: Document) -> str:
    """The document as an HTML fragment: metadata, legend, outline, noise."""
    found = _merge_domains(doc.text, mentions(doc))
    titles = {a.id: f"{a.name} · {a.id} · {a.kind}" for a in doc.actors}
    depth_of = {c.id: c.depth for c in doc.clauses()}
    meta = [
        doc.source.name or f"sha256:{doc.source.sha256[:12]}",
        doc.language,
        f"{len(doc.clauses())} clauses",
    ]
    if doc.domains:
        meta.append("domains: " + ", ".join(doc.domains))
    outline = "".join(_block_html(doc, b, depth_of, found, titles) for b in doc.block_list)
    return (
        f'<div class="ctdocs-document" lang="{escape(doc.language)}" style="{_ROOT_STYLE}">'
        f'<div class="ctdocs-meta" style="{_META_STYLE}">{escape(" · ".join(meta))}</div>'
        f"{_legend(doc, found)}"
        f'<div class="ctdocs-outline">{outline}</div>'
        f"{_noise(doc)}</div>"
    )
