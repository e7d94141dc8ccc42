"""The needles a piece of a document holds, found by its words (see :mod:`._domain_index`).

Split from :mod:`._domain_index` to keep both modules short: the word cache and the
one-pass look-up the domain tagger runs for every piece.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._domain_index import _STRETCH, NO_KEYS, RUN_CACHE_MAX, NeedleTable, _run_keys, stretches

__all__ = ["RunCache", "piece_needles"]


class RunCache(dict[str, frozenset[int]]):
    """Word -> the numbers of the needles it holds (:data:`RunKeys`), a word not seen
    before looked at when first asked for (``__missing__``); cleared when it grows past
    ``RUN_CACHE_MAX`` words (answers never change). The cache :func:`piece_needles` reads."""

    __slots__ = ("table",)

    def __init__(self, table: NeedleTable) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, word: str) -> frozenset[int]:
        if len(self) >= RUN_CACHE_MAX:
            self.clear()
        keys = self[word] = _run_keys(word, self.table)
        return keys


def piece_needles(lower: str, spans: Sequence[tuple[int, int]], runs: RunCache) -> frozenset[int]:
    """``frozenset(present_needles(lower, spans, runs.table, runs))``, in one pass: each
    word looked up as it comes (the words not seen before are worked out by the cache).

    Why: a piece's words were gathered in a set, the set's new words picked out, then the
    set looked up again and its needles copied once more into a frozenset, some 10 % of
    the domain stage; a word repeated in a piece is now looked up again instead, which
    costs less than the set did. Long spans go by stretches, as ``present_needles``."""
    get = runs.__getitem__
    if len(spans) == 1 and spans[0][1] - spans[0][0] <= _STRETCH:
        s, e = spans[0]  # the usual piece (one clause)
        return NO_KEYS.union(*map(get, lower[s:e].split()))
    found: set[int] = set()
    for pos, end in stretches(lower, spans):
        found.update(*map(get, lower[pos:end].split()))
    return frozenset(found)
