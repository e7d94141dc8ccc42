"""The HTML converter: start tags, text and end tags, in page order, written as text.

``<h2>`` becomes ``## ``, ``<strong>`` ``**``, ``<li>`` its label (see
``ctdocs.readers._htmllists``), block elements blank lines, ``<br>`` a hard break;
navigation containers and ARIA landmarks are kept as spans, figure captions,
screen-reader text and lines of links only likewise. The walk that feeds it is
``ctdocs.readers._htmlwalk``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .._knowledge import load_layout
from .._markers import MARKER_RE
from ._htmllists import OpenList, item_label, start_count
from ._liststyle import ol_type

__all__ = ["BLOCK", "NAV", "Converter"]

BLOCK = frozenset(
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
NAV = frozenset(("nav", "header", "footer", "aside"))
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


class Converter:
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
        self.lists: list[OpenList] = []  # open <ul>/<ol>, innermost last
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
        wrapped = self.pending is not None and tag in BLOCK
        if self.pending is not None and not wrapped:
            self._flush_label()
        hint = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if (
            tag in NAV
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
            kind = self.lists[-1] if self.lists else OpenList("ul")
            kind.count += 1
            label = item_label(kind, kind.count)
            # Written with the item's first text, unless that text prints its own label.
            self.pending = (label, self._offset())
        elif tag in ("ul", "ol"):
            kind = OpenList((ol_type(dict(attrs)) or tag) if tag == "ol" else tag)
            plain = not (_NAV_HINT.search(hint) or _NOTES_HINT.search(hint))
            kind.numbered = kind.type == "ol" and not self.nav_depth and plain
            kind.count = start_count(dict(attrs).get("start")) if kind.numbered else 0
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
        elif tag in BLOCK or tag in NAV:
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
        if re.fullmatch(r"h[1-6]", tag) or tag in BLOCK or tag in NAV or tag == "li":
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
    plain: int = 0  # and outside them, after the first link
    label: int = 0  # and before the first link
    colon: bool = False  # the words before the first link end with a colon
    lead: str = ""  # the words before the first link

    def open(self) -> None:
        self.depth += 1
        self.links += 1

    def close(self) -> None:
        self.depth = max(0, self.depth - 1)

    def count(self, data: str) -> None:
        n = sum(map(str.isalnum, data))
        if self.depth:
            self.linked += n
        elif self.links:
            self.plain += n
        elif data.strip():
            self.label += n
            self.lead += data
            self.colon = data.rstrip().endswith(":")

    def menu(self) -> bool:
        """Two links or more and not one letter outside them, but for a short label
        closed by a colon before three links or more, a label of tag chips held as data
        (``layout.toml``, ``chip_labels``: "Topics: <a>…</a>, <a>…</a>, <a>…</a>"). Any
        other label lists the text's own record ("Signatories: <a>France</a>, …", a
        judgment's "Bench: <a>…</a>, <a>…</a>")."""
        labelled = (
            self.colon
            and self.label <= _LABEL_MAX
            and _chip_label(self.lead)
            and self.label < self.linked
            and self.links >= _LABELLED_LINKS
        )
        return (
            self.links >= _MENU_LINKS
            and self.linked > 0
            and self.plain == 0
            and (self.label == 0 or labelled)
        )

    def reset(self, start: int) -> None:
        self.start, self.links, self.linked, self.plain = start, 0, 0, 0
        self.label, self.colon, self.lead = 0, False, ""


@cache
def _chip_labels() -> re.Pattern[str] | None:
    cues = load_layout().page_records
    labels = [] if cues is None else [w for ws in cues.chip_labels.values() for w in ws]
    if not labels:
        return None
    return re.compile("|".join(f"(?:{w})" for w in labels), re.IGNORECASE)


def _chip_label(lead: str) -> bool:
    """The words before a row's links, less their colon, are a label of tag chips."""
    pattern = _chip_labels()
    label = " ".join(lead.replace(":", " ").split())
    return pattern is not None and pattern.fullmatch(label) is not None


_MENU_LINKS = 2
_LABELLED_LINKS = 3
_LABEL_MAX = 20  # letters of a row's label ("Related topics", "Mots-clés")
