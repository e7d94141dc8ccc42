"""The block under a text's last paragraph of running prose, for :mod:`._document`.

Below the body a page, a report or a post prints lines about other documents: a sources
list ("- Entretiens de l'auteur à Cotonou, février 2026."), related items and "Read
also" links ("La VSSE recrute des analystes – 3 février 2026"), a downloads block
("Rapport annuel 2024 (PDF) – publié le 5 juin 2025"), a comment's stamp. Their dates
take the shape that dates a head (a short line, a cell, a "place, date" line) and used
to outrank the page's byline or its update stamp above.

What tells that block holds across sites and is told by position and shape, not by
words: it starts after the last line of running prose outside the page's chrome (more
words than a short line, a sentence's end, mostly lower-case words), and its entries are
bulleted lines, chrome lines, or lines where a title's words fill a cell before the
date's. A closing formula there keeps its cue ("Adopted in Visby on 28 May 2026."), and
a dateline or a date alone (a signature's) stays a dateline: only scores read off a
line's shape are dropped, by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from .._offsets import SpanIndex
from ._doccues import _cues
from ._docplace import bulleted, line_above

__all__ = ["Tail", "tail_entry", "tail_start"]

_WORD = re.compile(r"[^\W\d_][^\W_]*")
_SENTENCE_STOP = re.compile(r"[^\W\d_]{2}[.!?][\"'\u00bb\u201d)]*(?:\s|$)")
_CELL_EDGE = re.compile(r"[|\u00b7\u2013\u2014\u2022]|\s-\s")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TITLE_WORDS = 3  # words of a title in the cell before the date's: another item's name
_BACK_LINES = 400  # lines read up from the text's end for its last prose line


@dataclass(frozen=True)
class Tail:
    """The page's chrome spans (``page``) and where the text's tail ``start``s."""

    page: SpanIndex[tuple[int, int]]
    start: int

    @classmethod
    def of(cls, text: str, chrome: Sequence[tuple[int, int]]) -> Tail:
        """The tail of ``text`` under the chrome spans ``chrome``."""
        spans = sorted(chrome)
        page = SpanIndex(spans, spans)
        return cls(page, tail_start(text, page))

    def score(
        self, text: str, at: int, score: int, shaped: Container[int], stamps: Container[int]
    ) -> int:
        """``score`` of the date at ``at``, or 0 when it is ``shaped`` (read off its line's
        shape) or one of the ``stamps`` and its line is an entry of the tail's lists."""
        if at < self.start or not (score in shaped or score in stamps):
            return score
        return 0 if tail_entry(text, at, self.page, score in stamps) else score


def tail_start(text: str, page: SpanIndex[tuple[int, int]]) -> int:
    """The offset after the text's last line of running prose outside the chrome spans
    ``page`` (len(text) when none is found within ``_BACK_LINES`` lines from the end); a
    list's item is none, however long (a source's "- Conseil de l'UE, décision … .")."""
    hi, seen = len(text), 0
    while hi > 0 and seen < _BACK_LINES:
        lo = text.rfind("\n", 0, hi) + 1
        seen += 1
        if page.holding(lo) is None and not bulleted(text, lo) and _prose(text[lo:hi]):
            return hi
        hi = lo - 1
    return len(text)


def _prose(line: str) -> bool:
    """Whether ``line`` is running prose: more words than a short line, mostly lower-case,
    and a sentence's end on it."""
    found = _WORD.findall(line)
    if len(found) <= _cues().short_words:
        return False
    lower = sum(w[0].islower() for w in found)
    return 2 * lower >= len(found) and _SENTENCE_STOP.search(line) is not None


def tail_entry(text: str, start: int, page: SpanIndex[tuple[int, int]], stamped: bool) -> bool:
    """Whether the line holding a date at ``start`` is an entry of the tail's lists: a
    bulleted line; a line whose date's cell follows a cell of a title's words ("Title – 3
    février 2026", "Report (PDF) – publié le …") next to a line of the same shape (one
    such line alone is a signature's "Name, Office – 12 March 2026"), not a dateline's
    ("… — Kigali, 9 juillet 2026"); or, for a date no stamp's cue opens (not
    ``stamped``), a chrome line (a comment's "11 June 2026 at 9:02 am"): a page's own
    stamp is chrome too ("Dernière mise à jour : 14/01/2026")."""
    lo = text.rfind("\n", 0, start) + 1
    if bulleted(text, lo) or (not stamped and page.holding(start) is not None):
        return True
    cells, cues = _CELL_EDGE.split(text[lo:start]), _cues()
    if cues.dateline.search(cells[-1]) or cues.dateline_article.search(cells[-1]):
        return False  # the text's own record line: "Document de séance … — Kigali, 9 juillet 2026"
    if len(cells) < 2 or not _titled(cells[:-1]):
        return False
    # and a neighbour of the same shape: a list's items, not a signature's "Name, Office – date"
    hi = text.find("\n", start)
    below = text[hi + 1 : hi + 1 + _NEAR].lstrip().split("\n", 1)[0] if hi >= 0 else ""
    return any(_item(line) for line in (line_above(text, lo), below))


_NEAR = 400  # characters below a line where the next line's text is read


def _item(line: str) -> bool:
    """Whether ``line`` is a list's dated item: a title's cell, then a cell with a year."""
    cells = _CELL_EDGE.split(line)
    return len(cells) > 1 and _titled(cells[:-1]) and _YEAR.search(cells[-1]) is not None


def _titled(cells: Sequence[str]) -> bool:
    """Whether the cells before the date's hold a title: ``_TITLE_WORDS`` words or more."""
    return sum(len(_WORD.findall(c)) for c in cells) >= _TITLE_WORDS
