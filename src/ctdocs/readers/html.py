"""HTML source: tags out, block structure kept, offsets mapped to the HTML input.

The page is rewritten as the Markdown-ish text the normaliser already reads:
``<h2>`` becomes ``## ``, ``<strong>`` becomes ``**``, ``<li>`` a bullet (or
``(a)``/``(i)`` in lettered and roman ordered lists; nothing when the item
prints its own label, as in ``<li>(a) …``), block elements blank lines,
``<br>`` a hard break. Text inside ``<nav>``, ``<header>``,
``<footer>``, ``<aside>`` and cookie or menu containers is kept but flagged so
that the layout stage sets it aside as navigation noise. Script and style
bodies are markup, not text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .._markers import MARKER_RE

__all__ = ["HtmlText", "html_to_text"]

_BLOCK = frozenset(
    ["p", "div", "section", "article", "main", "blockquote", "table", "tr", "ul", "ol", "dl",
     "dt", "dd", "figure", "figcaption", "address", "pre", "form", "fieldset", "center", "body",
     "html"]
)
_CELL = frozenset(("td", "th"))
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "head", "title", "iframe"))
_NAV = frozenset(("nav", "header", "footer", "aside"))
_NAV_HINT = re.compile(
    r"\b(nav|navigation|menu|breadcrumbs?|cookies?|footer|header|share|social|skip)\b", re.I
)
_VOID = frozenset(
    ["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
     "track", "wbr"]
)


@dataclass(slots=True)
class HtmlText:
    text: str
    anchors: list[tuple[int, int]]
    nav: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class _List:
    """An open list: its type (ul, ol, or the ol types a / i) and its items so far."""

    type: str
    count: int = 0


class _Converter(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for m in re.finditer(r"\n", source):
            self.line_starts.append(m.end())
        self.out: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.pos = 0
        self.skip = 0
        self.nav_depth = 0
        self.nav_stack: list[str] = []
        self.nav_start = 0
        self.nav: list[tuple[int, int]] = []
        self.lists: list[_List] = []  # open <ul>/<ol>, innermost last
        self.pending: tuple[str, int] | None = None  # a list label not yet written

    # -- helpers
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, piece: str, in_off: int) -> None:
        if not piece:
            return
        if self.pending is not None:
            label, at = self.pending
            self.pending = None
            self._emit(label, at)
        if not self.anchors or self.anchors[-1][1] + (self.pos - self.anchors[-1][0]) != in_off:
            self.anchors.append((self.pos, in_off))
        self.out.append(piece)
        self.pos += len(piece)

    def _tail(self) -> str:
        return "".join(self.out[-3:])[-2:]

    def _para(self) -> None:
        tail = self._tail()
        if self.pos == 0 or tail == "\n\n":
            return
        self._emit("\n" if tail.endswith("\n") else "\n\n", self._offset())

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # An item's label waits for its first text, through a <p> or <div> that opens
        # the item (<li><p>1. ...): the text may print its own label.
        wrapped = self.pending is not None and tag in _BLOCK
        if self.pending is not None and tag not in _SKIP and not self.skip and not wrapped:
            self._flush_label()
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.skip:
            return
        hint = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if tag in _NAV or (tag in ("div", "section", "ul") and _NAV_HINT.search(hint)):
            if self.nav_depth == 0:
                self.nav_start = self.pos
            self.nav_depth += 1
            self.nav_stack.append(tag)
        elif self.nav_depth and tag == self.nav_stack[-1]:
            self.nav_depth += 1
            self.nav_stack.append(tag)
        m = re.fullmatch(r"h([1-6])", tag)
        if m:
            self._para()
            self._emit("#" * int(m.group(1)) + " ", self._offset())
        elif tag == "li":
            self._para() if self._tail() != "\n\n" else None
            if not self._tail().endswith("\n") and self.pos:
                self._emit("\n", self._offset())
            kind = self.lists[-1] if self.lists else _List("ul")
            kind.count += 1
            n = kind.count
            if kind.type == "a":
                label = f"({chr(ord('a') + n - 1)}) " if n <= 26 else "- "
            elif kind.type == "i":
                label = f"({_roman(n)}) "
            else:
                label = "- "
            # Written with the item's first text, unless that text prints its own label.
            self.pending = (label, self._offset())
        elif tag in ("ul", "ol"):
            typ = dict(attrs).get("type") or ""
            self.lists.append(_List(typ if tag == "ol" and typ in ("a", "i") else tag))
            self._para()
        elif tag in ("strong", "b"):
            self._emit("**", self._offset())
        elif tag == "br":
            self._emit("  \n", self._offset())
        elif tag == "hr":
            self._para()
            self._emit("---", self._offset())
            self._para()
        elif tag in _BLOCK or tag in _NAV:
            if not wrapped:
                self._para()
        elif tag in _CELL:
            self._emit(" ", self._offset())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or tag in _SKIP:
            if not self.skip and tag in ("br", "hr"):
                self.handle_starttag(tag, attrs)
            return
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def _flush_label(self) -> None:
        if self.pending is not None:
            label, at = self.pending
            self.pending = None
            self._emit(label, at)

    def handle_endtag(self, tag: str) -> None:
        if self.pending is not None and tag not in _SKIP and not self.skip:
            self._flush_label()
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if re.fullmatch(r"h[1-6]", tag) or tag in _BLOCK or tag in _NAV or tag == "li":
            self._para() if tag != "li" else None
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag in ("strong", "b"):
            self._emit("**", self._offset())
        if self.nav_depth and self.nav_stack and tag == self.nav_stack[-1]:
            self.nav_stack.pop()
            self.nav_depth -= 1
            if self.nav_depth == 0:
                self.nav.append((self.nav_start, self.pos))

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        start = self._offset()
        if self.pending is not None:
            if not data.strip():
                return  # layout white space before the item's text
            lead = len(data) - len(data.lstrip())
            if MARKER_RE.match(data[lead:]):  # the item prints its own label: (a), 2., •
                self.pending = None
                data, start = data[lead:], start + lead
        self._emit(re.sub(r"[\r\n\t]", " ", data), start)

    def handle_entityref(self, name: str) -> None:
        if self.skip:
            return
        self._emit(html.unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        if self.skip:
            return
        self._emit(html.unescape(f"&#{name};"), self._offset())


def _roman(n: int) -> str:
    vals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def html_to_text(source: str) -> HtmlText:
    """Rewrite an HTML page as Markdown-ish text with a map back to the HTML offsets."""
    conv = _Converter(source)
    # Python 3.11's HTMLParser rescans the rest of the input from every "<" that no ">"
    # follows (quadratic on "<a<a<a…"). From the first such "<" on no tag can complete,
    # so that tail is handed over as the text the parser would make of it (entities in
    # it are left as written).
    lt = source.find("<", source.rfind(">") + 1)
    head, tail = (source, "") if lt < 0 else (source[:lt], source[lt:])
    try:
        conv.feed(head)
        conv.close()
        if tail and not conv.skip:
            conv.handle_data(tail)
    except (AssertionError, ValueError):  # malformed markup: keep what was converted
        pass
    if conv.nav_depth:
        conv.nav.append((conv.nav_start, conv.pos))
    return HtmlText(text="".join(conv.out), anchors=conv.anchors or [(0, 0)], nav=conv.nav)
