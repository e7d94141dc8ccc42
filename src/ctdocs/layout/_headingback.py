"""Headings given back: a line the noise passes set aside that heads a numbered sequence.

The line scorer reads a short unpunctuated line rich in interface words as chrome
("PROJECT DOCUMENT": two capitals, one of them "document"), and the running-line rule
reads a line of columns ending in a page number as the page's running head
("RÉCAPITULATIF DES RECOMMANDATIONS      11", the heading a report prints at the top of
the page its part opens on). Both shapes are chrome's, but chrome does not stand right
over the first item of a numbered sequence, and a running line is printed on page after
page: a line printed once, of a few words and nothing else, directly over a "1." (or
"I.", "A.", "(a)", "Article 1") is the heading of what it opens. The page number of the
running-line shape stays noise, cut off as a unit of its own. Only below the text's first
sentence: above it, a page's tools ("Share this page") may stand right over a "1.".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ._linekeys import ends_sentence
from ._numbering import Marker
from ._unit import Unit

__all__ = ["give_back_headings"]

# The reasons of the passes that read a line by its shape alone (the scorer, the running
# line); a line's own cue (a stamp, a repository note, a menu, a contents entry) is kept.
_SHAPE_REASONS = frozenset({"boilerplate", "page-header", "page-footer"})
_MIN_WORDS, _MAX_WORDS = 2, 8  # a heading's words; one word alone is a label or a site's name
_WORD_RE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*[,:]?$")  # letters only: no symbol, date
_PAGE_RE = re.compile(r"^\d{1,4}$")
# The first value of each family a sequence counts in: what opens one.
_FIRSTS = frozenset({"1", "I", "A", "a"})
_PROSE_WORDS = 12  # an open line this long ending its sentence: the text has begun


def give_back_headings(units: list[Unit]) -> list[Unit]:
    """The units with each line set aside by its shape alone, printed once, directly over
    the first item of a numbered sequence, opened again as a heading (its page number
    column, if any, cut off as noise)."""
    found: dict[int, int] = {}
    begun = False
    for i, u in enumerate(units[:-1]):
        if begun and u.noise in _SHAPE_REASONS:
            nxt = units[i + 1]
            words = _heading_words(u)
            if words is not None and nxt.noise is None and _opens_sequence(nxt.marker):
                found[i] = words
        begun = begun or (u.noise is None and u.words() >= _PROSE_WORDS and ends_sentence(u.text))
    if not found:
        return units  # (nearly every text: the lines are not keyed)
    keys = Counter(_key(u) for u in units if u.noise != "toc")
    out: list[Unit] = []
    for i, u in enumerate(units):
        words = found.get(i)
        out.extend(_reopen(u, words) if words is not None and keys[_key(u)] == 1 else (u,))
    return out


def _key(u: Unit) -> str:
    """A line's words without its numbers: a running line reprinted with each page's."""
    return " ".join(w for w in u.folded().split() if not _PAGE_RE.match(w))


def _heading_words(u: Unit) -> int | None:
    """How many words of the unit are a heading's (letters only, a few of them), with at
    most a page number after them in a column of its own; None when it is not so made."""
    words = u.text.split()
    n = len(words)
    if n > 1 and _PAGE_RE.match(words[-1]) and u.gaps and u.text[u.gaps[-1] :].strip() == words[-1]:
        n -= 1
    if not _MIN_WORDS <= n <= _MAX_WORDS or not all(_WORD_RE.match(w) for w in words[:n]):
        return None
    return n


def _opens_sequence(m: Marker | None) -> bool:
    """Whether a marker is the first of its sequence: 1, I, A, a, Article 1, Chapter I."""
    if m is None or m.kind == "bullet" or "." in m.value:
        return False
    return m.value.split()[-1] in _FIRSTS


def _reopen(u: Unit, nwords: int) -> Sequence[Unit]:
    """The unit open again; its page number, if it has one, cut off as a noise unit."""
    if nwords == len(u.text.split()):
        u.noise = None
        return (u,)
    cut = u.gaps[-1]
    rest = len(u.text) - len(u.text[cut:].lstrip())
    return u.part(0, len(u.text[:cut].rstrip())), u.part(rest, len(u.text), noise="page-number")
