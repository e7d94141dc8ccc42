"""HTML source: tags out, block structure kept, offsets mapped to the HTML input.

The page is rewritten as the Markdown-ish text the normaliser already reads:
``<h2>`` becomes ``## ``, ``<strong>`` becomes ``**``, ``<li>`` a bullet (or
``(a)``/``(i)`` in lettered and roman ordered lists; nothing when the item
prints its own label, as in ``<li>(a) …``), block elements blank lines,
``<br>`` a hard break. Text inside ``<nav>``, ``<header>``, ``<footer>``, ``<aside>``,
cookie or menu containers and the ARIA landmarks outside the main text (``role=
"contentinfo"``, ``"complementary"``, ``"search"``…) is kept but flagged so that the
layout stage sets it aside as navigation noise. Script and style bodies are markup.

The page is read by the WHATWG HTML parsing algorithm, as a browser reads it
(:mod:`ctdocs.readers._html5`, on html5lib): a page that omits ``</head>``,
``</p>`` or ``</li>``, misnests tags or puts text straight into a table gives the
text a browser shows. Candidates weighed (speed measured on the test
suite's HTML page, repeated to 1 MB, one CPU): lexbor through selectolax (0.02
s/MB, fully conformant and maintained, but it reports no source positions, and
the offset map back into the page is part of this module's contract); gumbo
through html5-parser (not installed; gumbo itself is no longer maintained by
Google); html5lib (1.2 s/MB for the tree, 1.9 s/MB with this conversion;
Python's html.parser, which this replaced, 0.43 s/MB but not the algorithm).
html5lib is the reference implementation behind the html5lib-tests suite that
browsers share, is pure Python (no C parser exposed to untrusted pages), and
its tokenizer can be made to report the offset of every token, so every piece
of text keeps its exact place in the page. It is slower: the whole parse of
the benchmark's HTML class went from 5.0 to 7.1 s/MB of CPU (peak memory
unchanged, about 55 times the page, most of it in the later stages).

An element that hides its content (script, style, title, iframe, svg…) and is
never closed would, by the algorithm, hide the rest of the page: its start tag
is read as absent, so that the rest is kept as text (see ``_hide_unclosed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .._knowledge import alternation, load_layout
from .._markers import MARKER_RE, roman
from .._offsets import OffsetMap
from ._html5 import Node, parse
from ._liststyle import ol_type
from ._raised import raise_inserted_numbers
from ._records import record_ranges

__all__ = ["HtmlText", "html_to_text"]

_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "table",
        "tr",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "address",
        "pre",
        "form",
        "fieldset",
        "center",
        "body",
        "html",
    ]
)
_CELL = frozenset(("td", "th"))
# Elements whose end ends a line: screen-reader text held inside a line is written then.
_LINE_ENDS = _BLOCK | {"li", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "header", "footer", "aside"}
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "head", "title", "iframe"))
_HIDERS = "script|style|noscript|template|svg|title|iframe"
_HIDER_START = re.compile(rf"<({_HIDERS})(?=[\s/>])[^>]*>?", re.I)
_HIDER_END = re.compile(rf"</({_HIDERS})(?=[\s/>])", re.I)
_NAV = frozenset(("nav", "header", "footer", "aside"))
# Navigation named by its class: a box, a menu, a breadcrumb trail (an <ol> by convention)
_NAV_HOLDERS = frozenset(("div", "section", "ul", "ol"))
_CRUMB_HINT = re.compile(r"\bbreadcrumbs?\b", re.I)  # on whatever element: <p class="breadcrumbs">
_PAGE_HOLDERS = frozenset(("html", "body", "main", "article"))  # "has-breadcrumbs": the page
_NAV_HINT = re.compile(
    r"\b(nav|navigation|menu|breadcrumbs?|cookies?|footer|header|share|social|skip)\b", re.I
)
# An <ol> of no clauses (besides navigation): the page's notes or references, its contents.
_NOTES_HINT = re.compile(r"\b(references?|(?:foot|end)?notes?|citations?|toc|contents)\b", re.I)
# ARIA landmarks and dialogs that are no part of a page's main text, on whatever element
# carries them (<div role="contentinfo">, <form role="search">): the standard's own words,
# the same on every site.
_LANDMARKS = frozenset(
    ("banner", "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog")
)


def _landmark(attrs: list[tuple[str, str | None]]) -> bool:
    role = next((v for k, v in attrs if k == "role"), None)
    return bool(role) and not _LANDMARKS.isdisjoint((role or "").lower().split())


# the void elements of the HTML standard: no end tag, no content
_VOID = frozenset(("br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed"))
_VOID |= {"source", "track", "wbr"}


@dataclass(slots=True)
class HtmlText:
    text: str
    anchors: list[tuple[int, int]]
    nav: list[tuple[int, int]] = field(default_factory=list)
    # screen-reader-only text, each run a paragraph of its own: noise, never the body
    hidden: list[tuple[int, int]] = field(default_factory=list)
    # the captions of figures that show an image (<figure><img><figcaption>): a photo's
    # caption, unless it is numbered as the document's figure (the layout stage tells)
    captions: list[tuple[int, int]] = field(default_factory=list)
    # lines of two links or more and no other words (a menu, a breadcrumb, tag chips
    # written outside any <nav>): boilerpipe's link density at its limit
    link_lines: list[tuple[int, int]] = field(default_factory=list)
    # the boxes where the page prints its record about the text (``_records``)
    records: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class _List:
    """An open list: its type (ul, ol, or the ol types a / i) and its items so far.

    ``numbered``: an ``<ol>`` of the text, shown ``1.``, ``2.``: numbering that lives
    only in the markup (a Q&A page's five measures), so the label is written; not a
    list in navigation (a breadcrumb trail is an ``<ol>`` by convention).
    """

    type: str
    count: int = 0
    numbered: bool = False


class _Converter:
    """Writes the text while the tree is walked: start tags, text, end tags, in order.

    Each event carries its input offset (``at``), which becomes the anchor of
    what it writes.
    """

    def __init__(self) -> None:
        self.out: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.pos = 0
        self.at = 0  # the input offset of the event being handled
        self.nav_depth = 0
        self.nav_stack: list[str] = []
        self.nav_start = 0
        self.nav: list[tuple[int, int]] = []
        self.hidden: list[tuple[int, int]] = []
        self.lists: list[_List] = []  # open <ul>/<ol>, innermost last
        self.pending: tuple[str, int] | None = None  # a list label not yet written
        self.hidden_start = -1  # where the open screen-reader-only text began, or -1
        self.hidden_label: tuple[str, int] | None = None  # a list label held over it
        self.figure_image = False  # the open <figure> shows an image
        self.caption_start = -1  # where the open <figcaption> began, or -1
        self.captions: list[tuple[int, int]] = []
        self.links = _LinkCount()
        self.link_lines: list[tuple[int, int]] = []

    # -- helpers
    def _offset(self) -> int:
        return self.at

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
        if piece[-1] == "\n" and not piece.endswith("  \n"):  # a line ends (no hard break)
            if self.links.menu() and not self.nav_depth:
                self.link_lines.append((self.links.start, self.pos - len(piece)))
            self.links.reset(self.pos)

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
        if self.pending is not None and not wrapped:
            self._flush_label()
        hint = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if (
            tag in _NAV
            or (tag in _NAV_HOLDERS and _NAV_HINT.search(hint))
            or (tag not in _PAGE_HOLDERS and _CRUMB_HINT.search(hint))
            or _landmark(attrs)
        ):
            if self.nav_depth == 0:
                self.nav_start = self.pos
            self.nav_depth += 1
            self.nav_stack.append(tag)
        elif self.nav_depth and tag == self.nav_stack[-1]:
            self.nav_depth += 1
            self.nav_stack.append(tag)
        self._figure_start(tag)
        if tag == "a":
            self.links.open()
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
            label = _label(kind, kind.count)
            # Written with the item's first text, unless that text prints its own label.
            self.pending = (label, self._offset())
        elif tag in ("ul", "ol"):
            kind = _List((ol_type(dict(attrs)) or tag) if tag == "ol" else tag)
            plain = not (_NAV_HINT.search(hint) or _NOTES_HINT.search(hint))
            kind.numbered = kind.type == "ol" and not self.nav_depth and plain
            kind.count = _start(dict(attrs).get("start")) if kind.numbered else 0
            self.lists.append(kind)
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

    def _figure_start(self, tag: str) -> None:
        if tag == "figure":
            self.figure_image = False
        elif tag == "img":
            self.figure_image = True
        elif tag == "figcaption":
            self._para()
            self.caption_start = self.pos

    def _figure_end(self, tag: str) -> None:
        """A figure's caption ends: kept as a caption where the figure shows an image."""
        if tag == "figcaption" and self.caption_start >= 0:
            if self.figure_image and self.pos > self.caption_start and not self.nav_depth:
                self.captions.append((self.caption_start, self.pos))
            self.caption_start = -1
        elif tag == "figure":
            self.figure_image = False

    def at_line_start(self) -> bool:
        """Nothing written yet on the current line (a list item's label aside)."""
        return self.pos == 0 or self.pending is not None or self._tail().endswith("\n")

    def end_line(self) -> None:
        self._para()

    def open_hidden(self) -> None:
        """Screen-reader-only text opens: it is written as a paragraph of its own, so
        that the layout stage can set it aside whole (a list item's label waits for
        the item's visible text). Met inside a line ("1 <span>Short title</span>Short
        title"), it is written after that line, so that the line stays whole: the only
        place where the text's order is not the page's (its offsets still point home)."""
        self.hidden_label, self.pending = self.pending, None
        self._para()
        self.hidden_start = self.pos

    def close_hidden(self) -> None:
        if self.pos > self.hidden_start and not self.nav_depth:
            self.hidden.append((self.hidden_start, self.pos))
        self._para()
        self.hidden_start = -1
        self.pending, self.hidden_label = self.hidden_label, None

    def _flush_label(self) -> None:
        if self.pending is not None:
            label, at = self.pending
            self.pending = None
            self._emit(label, at)

    def handle_endtag(self, tag: str) -> None:
        if self.pending is not None:
            self._flush_label()
        self._figure_end(tag)
        if tag == "a":
            self.links.close()
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
        if not data:
            return
        start = self._offset()
        if self.pending is not None:
            if not data.strip():
                return  # layout white space before the item's text
            lead = len(data) - len(data.lstrip())
            if MARKER_RE.match(data[lead:]):  # the item prints its own label: (a), 2., •
                self.pending = None
                data, start = data[lead:], start + lead
        self.links.count(data)
        self._emit(re.sub(r"[\r\n\t]", " ", data), start)


@dataclass(slots=True)
class _LinkCount:
    """The links of the line being written, and its letters inside and outside them."""

    start: int = 0  # where the line began in the text
    depth: int = 0  # open <a> elements
    links: int = 0
    linked: int = 0  # letters and digits inside links
    plain: int = 0  # and outside them

    def open(self) -> None:
        self.depth += 1
        self.links += 1

    def close(self) -> None:
        self.depth = max(0, self.depth - 1)

    def count(self, data: str) -> None:
        n = sum(map(str.isalnum, data))
        if self.depth:
            self.linked += n
        else:
            self.plain += n

    def menu(self) -> bool:
        """Two links or more and not one letter outside them."""
        return self.links >= _MENU_LINKS and self.linked > 0 and self.plain == 0

    def reset(self, start: int) -> None:
        self.start, self.links, self.linked, self.plain = start, 0, 0, 0


_MENU_LINKS = 2


def _label(kind: _List, n: int) -> str:
    """The label a browser prints for item ``n`` of a list of this type."""
    if kind.type in ("a", "A") and n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"({letter if kind.type == 'a' else letter.upper()}) "
    if kind.type in ("i", "I") and n < 4000:
        numeral = roman(n)
        return f"({numeral if kind.type == 'i' else numeral.upper()}) "
    if kind.numbered:
        return f"{n}. "
    return "- "


def _start(value: str | None) -> int:
    """The count before an ``<ol start="4">``'s first item (3): where its numbers resume."""
    return int(value) - 1 if value and value.strip().isdigit() and 0 < int(value) < 1000 else 0


def _hide_unclosed(source: str) -> str:
    """``source`` with the start tags of hiding elements never closed blanked out.

    A ``<script>``, ``<title>``, ``<iframe>``, ``<svg>``… that is never closed
    swallows the rest of the page (the WHATWG algorithm reads everything after it
    as its content, which is not shown). A start tag after the last end tag of
    its kind is such a tag: it is replaced by an ``<ins>`` tag of the same
    length (an inline element that writes nothing; offsets unchanged), so that
    the text after it is read as the page rather than lost.
    """
    last = {m.group(1).lower(): m.start() for m in _HIDER_END.finditer(source)}
    cuts = [
        m.span()
        for m in _HIDER_START.finditer(source)
        if m.start() > last.get(m.group(1).lower(), -1)
    ]
    if not cuts:
        return source
    parts, done = [], 0
    for a, b in cuts:
        parts += [source[done:a], "<ins" + " " * (b - a - 5) + ">"]
        done = b
    parts.append(source[done:])
    return "".join(parts)


def _walk(conv: _Converter, root: Node, closers: dict[str, int]) -> None:
    """Hand the tree to the converter in document order, without recursion.

    The tree is taken apart as it is walked. Hiding elements (script, style,
    head…) are passed over whole; an element still open when the input ended has
    no end event (as it had no end tag), except body and html whose first end
    tags the tree builder reports. Text
    after ``</body>`` (the algorithm appends it to the body) is handed over
    after that end tag, where it stands in the input.
    """
    late: list[tuple[int, str]] = []
    body_end = closers.get("body", closers.get("html", -1))
    stack: list[tuple[Node, bool]] = [(root, False)]
    held = _Held()
    while stack or held.waiting:
        if not stack:
            conv.end_line()
            held.release(stack)
            continue
        node, leaving = stack.pop()
        name = node.name or ""
        end = node.end if node.end >= 0 else closers.get(name, -1)
        if leaving and held.leave(conv, node, end):
            continue
        if leaving:
            if end >= 0 and name not in _VOID:
                conv.at = end
                conv.handle_endtag(name)
            if name in _LINE_ENDS:
                held.release(stack)
            if name in ("body", "html") and end >= 0:
                _text(conv, [p for p in late if name == "html" or p[0] < closers.get("html", -1)])
                late = [p for p in late if name == "body" and p[0] >= closers.get("html", -1)]
        elif node.name is None:
            pieces, node.pieces = node.pieces, []
            if body_end >= 0:
                late += [p for p in pieces if p[0] >= body_end]
                pieces = [p for p in pieces if p[0] < body_end]
            _text(conv, pieces)
        elif name in _SKIP or (name.startswith("#") and name != "#document"):
            _release(node)
        elif not held.enter(conv, node, stack):
            if name != "#document":
                conv.at = node.start
                conv.handle_starttag(name, list(node.attributes.items()))
                stack.append((node, True))
            _push_kids(node, stack)
    _text(conv, late)


def _push_kids(node: Node, stack: list[tuple[Node, bool]]) -> None:
    """The stack holds the kids now, and each is freed once written: the tree shrinks as
    the text grows (see _release)."""
    kids, node.childNodes = node.childNodes, []
    stack.extend((kid, False) for kid in reversed(kids))


@dataclass(slots=True)
class _Held:
    """Screen-reader-only elements: those open on the walk's stack, and those met inside
    a line, which wait until the line ends to be written as a paragraph of their own."""

    open: set[int] = field(default_factory=set)
    waiting: list[Node] = field(default_factory=list)

    def enter(self, conv: _Converter, node: Node, stack: list[tuple[Node, bool]]) -> bool:
        """Take the element if it is screen-reader text (with some text to it)."""
        if conv.hidden_start >= 0 or not _hidden(node) or not _has_text(node):
            return False
        if not conv.at_line_start():
            self.waiting.append(node)
            return True
        conv.at = node.start
        conv.open_hidden()
        stack.append((node, True))
        self.open.add(id(node))
        _push_kids(node, stack)
        return True

    def leave(self, conv: _Converter, node: Node, end: int) -> bool:
        if id(node) not in self.open:
            return False
        self.open.discard(id(node))
        conv.at = end if end >= 0 else conv.at
        conv.close_hidden()
        return True

    def release(self, stack: list[tuple[Node, bool]]) -> None:
        """The line has ended: the waiting elements are walked next, in page order."""
        stack.extend((n, False) for n in reversed(self.waiting))
        self.waiting.clear()


@cache
def _hidden_hint() -> re.Pattern[str] | None:
    """The classes of the CSS frameworks that hide an element from the screen and keep it
    for screen readers (``layout.toml``, ``[page_records]``): a browser shows none of it
    ("Note marginale :" before each marginal note), so its text is noise, not body."""
    cues = load_layout().page_records
    names = cues.screen_reader_classes if cues is not None else []
    if not names:
        return None
    return re.compile(rf"(?:^|\s)(?:{alternation(names)})(?:\s|$)")


def _hidden(node: Node) -> bool:
    """The element is for screen readers only."""
    hint = _hidden_hint()
    cls = node.attributes.get("class") if node.attributes else None
    return hint is not None and isinstance(cls, str) and hint.search(cls) is not None


def _has_text(node: Node) -> bool:
    """Some text that is not white space stands inside the element (an empty one breaks
    no line)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.name is None and any(t.strip() for _, t in n.pieces):
            return True
        if n.name is not None and n.name not in _SKIP:
            stack.extend(n.childNodes)
    return False


def _text(conv: _Converter, pieces: list[tuple[int, str]]) -> None:
    for at, text in _runs(pieces):
        conv.at = at
        conv.handle_data(text)


def _runs(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Pieces that follow each other in the input joined into one run of text."""
    out: list[tuple[int, list[str], int]] = []
    for at, text in pieces:
        if out and out[-1][2] == at:
            out[-1][1].append(text)
            out[-1] = (out[-1][0], out[-1][1], at + len(text))
        else:
            out.append((at, [text], at + len(text)))
    return [(at, "".join(texts)) for at, texts, _ in out]


def _release(root: Node) -> None:
    """Take the tree apart once read. Its nodes point at their parents (and their
    classes at the builder that made them): one cycle, which the garbage collector
    frees only much later, after the later stages have grown the process by as much
    again (issue 15: memory in proportion to the text)."""
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.childNodes)
        node.childNodes = []
        node.parent = None
        node.pieces = []


def html_to_text(source: str) -> HtmlText:
    """Rewrite an HTML page as Markdown-ish text with a map back to the HTML offsets."""
    conv = _Converter()
    # From the last "<" no ">" follows, no tag can complete: that tail is kept as text.
    lt = source.find("<", source.rfind(">") + 1)
    head, tail = (source, "") if lt < 0 else (source[:lt], source[lt:])
    root, closers = parse(_hide_unclosed(head.replace("\r", " ")))
    raise_inserted_numbers(root)  # § 237<sup>1</sup>: § 237¹, not § 2371
    records = record_ranges(root)
    _walk(conv, root, closers)
    _release(root)
    if tail:
        conv.at = lt
        conv.handle_data(tail)
    if conv.nav_depth:
        conv.nav.append((conv.nav_start, conv.pos))
    text = "".join(conv.out)
    anchors = conv.anchors or [(0, 0)]
    return HtmlText(
        text=text,
        anchors=anchors,
        nav=conv.nav,
        hidden=conv.hidden,
        captions=conv.captions,
        link_lines=conv.link_lines,
        records=list(OffsetMap(anchors).ranges_to_output(records, len(text))),
    )
