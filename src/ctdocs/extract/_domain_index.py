"""The domain tagger's needle index: which indexed trigger needles a document holds, where.

A portable needle (ASCII, no white space) always lies inside one run of
non-space characters, so the needles of a document are those of its runs. The
index is kept by run rather than by occurrence: a run such as ``control`` holds
the needles of dozens of triggers, and a piece of text that holds the whole run
holds every one of them. Runs are looked up in a cache kept across documents (a
corpus reuses its vocabulary); the caller owns the needle table and the cache,
since both depend on the knowledge in use (:mod:`._domains`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from .._offsets import Positions

__all__ = ["NO_HITS", "RunHits", "RunIndex", "needle_index", "present", "run_index"]

#: a run's needle occurrences (start, end, id(pattern)) and the set of those patterns
RunHits = tuple[tuple[tuple[int, int, int], ...], frozenset[int]]
#: first three letters -> (needle, id(pattern)) for every indexed needle
NeedleTable = dict[str, tuple[tuple[str, int], ...]]
NO_HITS: RunHits = ((), frozenset())
RUN_CACHE_MAX = 200_000  # runs kept in a cache before it is cleared (answers never change)

_RUN = re.compile(r"\S+")


def _run_needles(run: str, table: NeedleTable) -> RunHits:
    """Every occurrence, overlapping ones included, of an indexed needle in ``run``,
    and the patterns they belong to."""
    out = []
    for i in range(len(run) - 2):
        for n, pid in table.get(run[i : i + 3], ()):
            if run.startswith(n, i):
                out.append((i, i + len(n), pid))
    return (tuple(out), frozenset(pid for _, _, pid in out)) if out else NO_HITS


@dataclass(frozen=True, slots=True)
class RunIndex:
    """The runs of a document that hold an indexed needle: their starts, ends (sorted
    by start) and needle occurrences (offsets in the run). Starts and ends are machine
    arrays: a long text has a run every few dozen characters, and a list holds an int
    object for each (memory in proportion to the input)."""

    starts: Positions[int]
    ends: array[int]
    hits: list[RunHits]


def run_index(lower: str, table: NeedleTable, cache: dict[str, RunHits]) -> RunIndex:
    """The :class:`RunIndex` of ``lower``; runs seen before come from ``cache``."""
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    hits_of: list[RunHits] = []
    for m in _RUN.finditer(lower):
        run = m.group()
        hits = cache.get(run)
        if hits is None:
            if len(cache) >= RUN_CACHE_MAX:
                cache.clear()
            hits = cache[run] = _run_needles(run, table)
        if hits is not NO_HITS:
            s, e = m.span()
            starts.append(s)
            ends.append(e)
            hits_of.append(hits)
    return RunIndex(Positions(starts), ends, hits_of)


def needle_index(index: RunIndex) -> list[tuple[int, int, int]]:
    """The occurrences (start, end, id(pattern)) of ``index``, sorted: the same list as
    ``lower.find`` run for every needle from every position (``tests/test_speedups.py``
    compares the two)."""
    occ = [
        (s + a, s + b, pid)
        for s, (hits, _) in zip(index.starts.values, index.hits, strict=True)
        for a, b, pid in hits
    ]
    occ.sort()
    return occ


def present(index: RunIndex, spans: Sequence[tuple[int, int]]) -> set[int]:
    """The patterns with a needle occurrence inside one of ``spans`` (the same as the
    occurrences of :func:`needle_index` starting and ending inside a span): a run
    wholly inside a span brings all its patterns at once."""
    found: set[int] = set()
    rs, rends, rhits = index.starts, index.ends, index.hits
    for s, e in spans:
        lo, hi = rs.within(s, e)
        if lo > 0 and rends[lo - 1] > s:  # a run across the span's start
            base = rs[lo - 1]
            found.update([p for a, b, p in rhits[lo - 1][0] if base + a >= s and base + b <= e])
        for k in range(lo, hi):
            if rends[k] <= e:
                found |= rhits[k][1]
            else:  # a run across the span's end
                base = rs[k]
                found.update([p for _, b, p in rhits[k][0] if base + b <= e])
    return found
