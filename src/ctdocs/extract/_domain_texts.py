"""The domain tagger's texts: a text accent-folded and its lower case, span for span.

Split from :mod:`ctdocs.extract._domains` to keep both modules short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._knowledge import fold
from .._offsets import Positions
from ._domain_index import SPACE_REACH, long_space

__all__ = ["LongRuns", "_Texts"]


@dataclass(frozen=True, slots=True)
class _Texts:
    """A text accent-folded (one character for one: a span there is the same span in
    the text), and its lower case, of the same length."""

    cased: str  # folded
    lower: str  # folded and lower-cased, same length
    # a white-space run too long for the triggers' search windows (same in both texts)
    long_space: bool

    @classmethod
    def of(cls, text: str) -> _Texts:
        return cls.of_folded(fold(text))

    @classmethod
    def of_folded(cls, folded: str, spaced: bool | None = None) -> _Texts:
        """From text already folded (fold works character by character, so the
        fold of pieces joined by line breaks is the join of the pieces' folds);
        ``spaced``, when given, is ``long_space(folded)`` found by the caller."""
        lower = _lower(folded)
        if len(lower) != len(folded):  # a character whose lower case is longer
            lower = _lower_same_length(folded)
        return cls(folded, lower, long_space(folded) if spaced is None else spaced)


_LOWER_STRETCH = 1 << 16


def _lower(text: str) -> str:
    """``text.lower()`` by stretches of some 64K characters cut after a line break.

    Why: for a text that is not ASCII, ``str.lower`` first fills a buffer of twelve
    bytes per character (room for every case expansion), the largest allocation of
    the domain stage (issue 15: peak memory in proportion to the input). Same result:
    only a capital sigma looks at its neighbours, and never across a line break."""
    if len(text) <= _LOWER_STRETCH or text.isascii():
        return text.lower()
    out = []
    pos = 0
    while pos < len(text):
        cut = text.find("\n", pos + _LOWER_STRETCH)
        cut = len(text) if cut < 0 else cut + 1
        out.append(text[pos:cut].lower())
        pos = cut
    return "".join(out)


def _lower_same_length(folded: str) -> str:
    """Each character lower-cased on its own, kept where its lower case is longer
    ("İ"). Done by stretches, not character by character: a list of one string per
    character costs tens of bytes per character of a long text (issue 15). Within
    a stretch ``str.lower`` maps each character alone but a capital sigma (final or
    not by its neighbours), which is therefore cut out like the long ones."""
    odd = {c for c in set(folded) if len(c.lower()) != 1 or c == "\u03a3"}
    if not odd:
        return folded.lower()
    parts = re.split("([" + "".join(map(re.escape, sorted(odd))) + "])", folded)
    return "".join(
        p.lower() if k % 2 == 0 or len(p.lower()) == 1 else p for k, p in enumerate(parts)
    )


#: a white-space run longer than ``SPACE_REACH`` (``long_space``), whole: greedy, a match
#: takes the rest of its run, and a shorter run fails wherever it is tried
_LONG_RUN = re.compile(rf"\s\s{{{SPACE_REACH},}}")
_LONG = SPACE_REACH + 1


class LongRuns:
    """The white-space runs of a text longer than ``SPACE_REACH``, found once: whether a
    slice of it holds one is ``long_space`` of the slice.

    Why: a document with one such run (a PDF's columns, a table's gaps) had every piece
    searched for one again (``_LONG_SPACE`` over each clause, some 2 % of the domain
    stage on the benchmark's sample); a run of a slice is a part of a run of the text,
    so the slice holds one iff a run of the text overlaps it by that many characters."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str) -> None:
        found = [m.span() for m in _LONG_RUN.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = Positions([e for _, e in found])

    def within(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` of the text holds a run longer than ``SPACE_REACH``."""
        starts, ends = self.starts, self.ends.values
        k = self.ends.before(start + _LONG)  # runs ending earlier overlap it by less
        while k < len(starts) and starts[k] <= end - _LONG:
            if min(end, ends[k]) - max(start, starts[k]) >= _LONG:
                return True
            k += 1
        return False
