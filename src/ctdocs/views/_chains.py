"""Order-keeping chains and paths over two sequences, shared by :mod:`ctdocs.align` and
:mod:`ctdocs.diff`.

Both views pair the blocks of two documents while keeping reading order on both
sides, so both need the same three pieces, written once here and kept fast enough
for documents of thousands of blocks:

* :func:`longest_chain` — the longest chain of (i, j) pairs increasing in both
  indices (patience sorting, O(k log k) for k pairs);
* :func:`heaviest_chain` — the chain of largest total weight (running prefix
  maxima over j, O(n·m) at worst); ``diff`` keeps near-identical blocks in
  order with it, and the candidates can number n·m when paragraphs look alike;
* :func:`monotone_path` — Needleman-Wunsch over two index runs, O(m·n) in the
  run lengths: the order-keeping set of pairs of largest total gain.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["heaviest_chain", "longest_chain", "monotone_path"]

Pair = tuple[int, int]

#: Two chain weights closer than this are a tie (the earlier chain is kept).
_TIE = 1e-12


def longest_chain(cands: Sequence[Pair]) -> list[Pair]:
    """The longest chain of ``cands`` (sorted by (i, j)) strictly increasing in both indices.

    Patience sorting: ``tails[L]`` holds the candidate that ends the best chain of
    length L + 1 seen so far (the one with the smallest j; of two with the same j, the
    later).
    """
    tails: list[int] = []
    prev: list[int] = [-1] * len(cands)
    for k, (_, j) in enumerate(cands):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if cands[tails[mid]][1] < j:
                lo = mid + 1
            else:
                hi = mid
        prev[k] = tails[lo - 1] if lo > 0 else -1
        if lo == len(tails):
            tails.append(k)
        else:
            tails[lo] = k
    return _walk_back(cands, prev, tails[-1] if tails else -1)


def heaviest_chain(cands: Sequence[Pair], weights: Sequence[float]) -> list[Pair]:
    """The chain of ``cands`` (sorted by (i, j)) increasing in both indices with largest weight.

    Row by row, ``ends[j]`` holds the heaviest chain end among earlier rows in
    columns up to j (a running prefix maximum), so each candidate extends
    ``ends[j - 1]`` in O(1) and each row with candidates costs one pass over the
    columns: O(n·m) at worst, where the quadratic scan over candidate pairs it
    replaces cost O(k²) for k = n·m look-alike pairs. Among chains of equal weight
    the one ending at the earlier candidate wins, as in that scan.
    """
    if not cands:
        return []
    size = max(j for _, j in cands) + 1
    ends = [-1] * size
    best = list(weights)
    prev = [-1] * len(cands)
    k = 0
    while k < len(cands):
        row_end = k
        while row_end < len(cands) and cands[row_end][0] == cands[k][0]:
            row_end += 1
        for t in range(k, row_end):
            j = cands[t][1]
            q = ends[j - 1] if j > 0 else -1
            if q >= 0:
                best[t], prev[t] = best[q] + weights[t], q
        _merge_row(ends, best, {cands[t][1]: t for t in range(k, row_end)}, cands[k][1])
        k = row_end
    end = max(range(len(cands)), key=lambda t: (best[t], -t))
    return _walk_back(cands, prev, end)


def _merge_row(ends: list[int], best: list[float], row: dict[int, int], first: int) -> None:
    """Enter one row's chain ends into the prefix maxima ``ends``, from its first column on."""
    run = ends[first - 1] if first > 0 else -1
    for j in range(first, len(ends)):
        p = ends[j]
        if run >= 0 and (p < 0 or _heavier(best[run], run, best[p], p)):
            p = run
        t = row.get(j)
        if t is not None and (p < 0 or _heavier(best[t], t, best[p], p)):
            p = t
        ends[j] = run = p


def _heavier(wp: float, p: int, wq: float, q: int) -> bool:
    """Whether the chain of weight ``wp`` ending at candidate ``p`` beats that ending at ``q``."""
    return wp > wq + _TIE or (wp >= wq - _TIE and p < q)


def _walk_back(cands: Sequence[Pair], prev: list[int], k: int) -> list[Pair]:
    """The chain ending at candidate ``k``, read back through ``prev`` and put in order."""
    chain: list[Pair] = []
    while k >= 0:
        chain.append(cands[k])
        k = prev[k]
    return chain[::-1]


def monotone_path(
    a: Sequence[int], b: Sequence[int], gain: dict[Pair, float]
) -> list[tuple[int | None, int | None]]:
    """Needleman-Wunsch over index runs ``a`` and ``b``: order-keeping pairs of largest total gain.

    Returns the path as rows: (i, j) pairs, (i, None) and (None, j) leftovers,
    in reading order. Ties prefer pairing, then leaving the ``a`` block out.
    """
    m, n = len(a), len(b)
    h = [[0.0] * (n + 1) for _ in range(m + 1)]
    for x in range(1, m + 1):
        row, up = h[x], h[x - 1]
        ax = a[x - 1]
        for y in range(1, n + 1):
            best = up[y] if up[y] >= row[y - 1] else row[y - 1]
            g = gain.get((ax, b[y - 1]))
            if g is not None and up[y - 1] + g >= best:
                best = up[y - 1] + g
            row[y] = best
    path: list[tuple[int | None, int | None]] = []
    x, y = m, n
    while x > 0 or y > 0:
        if x > 0 and y > 0:
            g = gain.get((a[x - 1], b[y - 1]))
            if g is not None and math.isclose(h[x][y], h[x - 1][y - 1] + g, abs_tol=1e-12):
                path.append((a[x - 1], b[y - 1]))
                x, y = x - 1, y - 1
                continue
        if y > 0 and (x == 0 or math.isclose(h[x][y], h[x][y - 1], abs_tol=1e-12)):
            path.append((None, b[y - 1]))
            y -= 1
        else:
            path.append((a[x - 1], None))
            x -= 1
    return path[::-1]
