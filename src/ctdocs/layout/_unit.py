"""The unit of the layout stage: one logical line of the normalised text.

It lives apart from the segmenter (``_segment``) so that every detector of the stage
can take units without importing the module that calls it: the imports of the stage
then run one way, from the segmenter down to its detectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..normalise._text import Line
from ._numbering import Marker

__all__ = ["PRINTED_MARKS", "SITE_CHROME", "Unit", "bmp_letters", "word_tokens"]

# the noise reasons of a printed page's own furniture: its head, its foot, its number
PRINTED_MARKS = frozenset({"page-header", "page-footer", "page-number"})
# the noise reasons of a web page's chrome: its tools, its navigation, the scorer's boilerplate
SITE_CHROME = frozenset({"web-chrome", "boilerplate", "navigation"})

_ALPHA_RE = re.compile(r"[^\W\d_]+")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@cache
def bmp_letters() -> re.Pattern[str]:
    """``[^\\W\\d_]+`` on a text of the Basic Multilingual Plane, its characters written
    out as ranges: ``re`` tests a character against a class of ranges by one look-up in a
    bitmap, and against the negated categories by four in the Unicode tables (a run of
    letters of a French line was cut in 31 ns a character, now 19). Its ranges are the runs
    of consecutive code points the categories' pattern finds in the plane itself."""
    plane = "".join(map(chr, range(0x10000)))
    ranges = (m.group() for m in _ALPHA_RE.finditer(plane))
    return re.compile("[" + "".join(f"{re.escape(r[0])}-{re.escape(r[-1])}" for r in ranges) + "]+")


_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")


@cache
def _bmp_tokens() -> re.Pattern[str]:
    return re.compile(bmp_letters().pattern + r"|\d+")


def word_tokens(text: str) -> list[str]:
    """``[^\\W\\d_]+|\\d+``'s tokens of ``text`` (runs of letters, runs of digits), the
    letters by the plane's ranges (:func:`bmp_letters`) where it holds nothing beyond it."""
    runs = _bmp_tokens() if text.isascii() or not _ASTRAL_RE.search(text) else _TOKEN_RE
    return runs.findall(text)


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    text: str
    line: Line
    noise: str | None = None
    marker: Marker | None = None
    nav: bool = False  # inside <nav>/<footer>/<header> of an HTML page
    page: int | None = None  # 1-based page, for PDF input
    bbox: tuple[float, float, float, float] | None = None  # for PDF input
    role: str | None = None  # "footnote", set by the PDF source
    # Offsets (in ``text``) where the normaliser folded a gap of two or more spaces to
    # one: the columns of a menu or a page footer copied as text ("Contact   Privacy").
    gaps: tuple[int, ...] = ()
    # How many words ``text`` holds once :meth:`words` has counted them (-1: not yet).
    _nwords: int = field(default=-1, init=False, repr=False, compare=False)
    _folded: str | None = field(default=None, init=False, repr=False, compare=False)
    _alphas: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _fold_safe: bool = field(default=False, init=False, repr=False, compare=False)

    def words(self) -> int:
        """``len(self.text.split())``, counted once: the layout rules each ask it of
        every line, and a line may be a whole paragraph (a split per rule and line was
        a tenth of the stage's time). ``text`` is never changed once the unit is made."""
        n = self._nwords
        if n < 0:
            n = self._nwords = len(self.text.split())
        return n

    def part(
        self, begin: int, end: int, *, noise: str | None = None, marker: Marker | None = None
    ) -> Unit:
        """The unit's ``text[begin:end]`` as a unit of its own on the same line, page and
        box, with the gaps that fall inside it: what a rule that cuts a line in two (a
        heading from its page number, a site's label from the text) makes of each piece."""
        gaps = tuple(g - begin for g in self.gaps if begin <= g < end)
        return Unit(
            self.start + begin,
            self.start + end,
            self.text[begin:end],
            self.line,
            noise=noise,
            marker=marker,
            nav=self.nav,
            page=self.page,
            bbox=self.bbox,
            role=self.role,
            gaps=gaps,
        )

    def folded(self) -> str:
        """The text's words joined by one space and case-folded, once: the keys the rules
        compare lines by are cut from it (see :func:`ctdocs.layout._linekeys.unit_key`);
        each rule folding every line again was a tenth of the stage's time."""
        f = self._folded
        if f is None:
            words = self.text.split()
            self._nwords = len(words)  # (counted by the same split: see :meth:`words`)
            joined = " ".join(words)
            f = self._folded = joined.casefold()
            # every character folds to one of its own kind: no "ß" (two letters), no
            # dotted "İ" (a letter and a mark), no iota subscript (a mark to a letter)
            self._fold_safe = len(f) == len(joined) and "\u0345" not in joined
        return f

    def alphas(self) -> list[str]:
        """The runs of letters of :meth:`folded` (``[^\\W\\d_]+``), cut once: the
        boilerplate scorer's language count, its features and the diagram test all read
        them. The same runs as those of ``text.casefold()``: no blank is a letter. Not to
        be changed by the caller."""
        a = self._alphas
        if a is None:
            f = self.folded()
            # (a line beyond the plane, which is rare, is cut by the categories)
            runs = bmp_letters() if f.isascii() or not _ASTRAL_RE.search(f) else _ALPHA_RE
            a = self._alphas = runs.findall(f)
        return a

    def drop_alphas(self) -> None:
        """Let go of :meth:`alphas` (cut again if asked): the scorer is done with them, and
        a page's runs kept through the later stages cost more than cutting them twice."""
        self._alphas = None

    def fold_safe(self) -> bool:
        """Whether :meth:`alphas` are the runs of letters of ``text``, each case-folded,
        one character for one: true unless the line holds a character whose case fold
        is longer than itself or of another kind (a letter to a mark, a mark to a letter)."""
        self.folded()
        return self._fold_safe
