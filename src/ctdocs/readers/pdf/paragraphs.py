"""Pass 3: lines joined into paragraphs (spacing, short lines, indents, markers, hyphens)."""

from __future__ import annotations

import re
from collections import Counter

from ..._markers import MARKER_RE, starts_lower
from .furniture import Geometry
from .page import _FOOTNOTE_MARK_RE, Line, Page, Para

_WORD_RE = re.compile(r"\w+(?:[-\u2010]\w+)*")


_HYPHENS = ("-", "\u2010", "\u00ad")


# Tried only where a word chain starts (the lookbehinds): from inside a long "a-a-a-…" each
# start would rescan the chain. Same matches as without them, in linear time.
_BROKEN_RE = re.compile(r"(?<!\w)(?<!\w[-\u2010])(\w+(?:[-\u2010]\w+)*)[-\u2010\u00ad]$")


_END_TERMINAL_RE = re.compile(r"[.;:!?\u2026][\"\u00bb\u201d\u2019)\]]*\d{0,3}$")


def _ends_terminal(text: str) -> bool:
    return bool(_END_TERMINAL_RE.search(text.rstrip()))


class Joiner:
    """Decides whether two body lines belong to one paragraph, and how to glue them."""

    def __init__(self, geo: Geometry, pages: list[Page]) -> None:
        self.geo = geo
        self.pages = pages
        self._vocab: Counter[str] | None = None
        self.indent_style = self._indent_style()

    def indented(self, b: Line) -> bool:
        return b.x0 > self.geo.edge(b)[0] + 0.6 * b.size and not MARKER_RE.match(b.text)

    def _indent_style(self) -> bool:
        """Do paragraphs open with a first-line indent here (then a short line alone is no
        paragraph end: a no-break space the PDF does not show may have pushed a word on)?"""
        ends = indented = 0
        for p in self.pages:
            prev: Line | None = None
            for ln in p.lines:
                if ln.kind != "body" or self.geo.level(ln):
                    prev = None
                    continue
                if (
                    prev is not None
                    and prev.col == ln.col
                    and prev.seg == ln.seg
                    and abs(prev.size - ln.size) < 0.3
                    and not MARKER_RE.match(ln.text)
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

    def short(self, a: Line, b: Line) -> bool:
        right = self.geo.edge(a)[1]
        return right - a.x1 > b.first_w + 0.5 * b.size + 2.0

    def hyphenated(self, a: Line) -> bool:
        t = a.text
        return len(t) >= 2 and t.endswith(_HYPHENS) and t[-2].isalpha()

    def continues(self, a: Line, b: Line, a_first: bool) -> bool:
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
                return starts_lower(b.text) and not _ends_terminal(a.text)
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
            and not starts_lower(b.text)
            and self.geo.edge(a)[1] - a.x1 > max(1.5, 0.15 * a.size)
        )

    def glue(self, a: Line, b: Line) -> str:
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


def _paragraphs(pages: list[Page], geo: Geometry) -> tuple[list[Para], dict[int, list[Para]]]:
    """Body paragraphs in reading order, and the footnote paragraphs of each page."""
    joiner = Joiner(geo, pages)
    paras: list[Para] = []
    notes: dict[int, list[Para]] = {}
    prev: Line | None = None
    for p in pages:
        for ln in p.lines:
            if ln.kind == "footnote":
                lst = notes.setdefault(p.number, [])
                last = lst[-1].lines[-1] if lst else None
                if last is not None and last.col == ln.col and not _FOOTNOTE_MARK_RE.match(ln.text):
                    lst[-1].glue.append(joiner.glue(last, ln))
                    lst[-1].lines.append(ln)
                else:
                    lst.append(Para([ln]))
            elif ln.kind == "body":
                if prev is not None and joiner.continues(prev, ln, len(paras[-1].lines) == 1):
                    paras[-1].glue.append(joiner.glue(prev, ln))
                    paras[-1].lines.append(ln)
                else:
                    paras.append(Para([ln], level=geo.level(ln)))
                prev = ln
    return paras, notes
