"""Two-column pages: the gutter, a vertical band in the middle half that almost no line crosses."""

from __future__ import annotations

from .page import Char

# Widest page read in columns: 14 400 pt is PDF's largest page (without UserUnit); a wider
# (corrupt or crafted) media box is read as one column.
_MAX_PAGE_WIDTH = 14_400


def _longest_run(count: list[int], lo: int, hi: int, limit: int) -> tuple[int, int] | None:
    """The longest ``[start, end)`` within ``[lo, hi)`` where every ``count[x] <= limit``."""
    best: tuple[int, int] | None = None
    start = -1
    for x in range(lo, hi + 1):
        ok = x < hi and count[x] <= limit
        if ok and start < 0:
            start = x
        elif not ok and start >= 0:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = -1
    return best


def _gutter(
    ink: list[Char], width: float, hint: tuple[float, float] | None
) -> tuple[float, float] | None:
    """A vertical band (in the middle half of the page) that almost no line crosses.

    ``count[x]`` is the number of characters covering ``x``: characters of a line
    tile it, so that is about the number of lines with ink at ``x``. The band must
    be crossed by at most 8 % of the lines, have text on both sides, and at least
    three lines left of it must reach close to it (a text column, not a two-cell
    table of short labels and values).
    """
    n = int(width) + 2
    if n < 50 or n > _MAX_PAGE_WIDTH:  # a huge media box would size count[] by it
        return None
    diff = [0] * (n + 1)
    for c in ink:
        diff[min(max(int(c.x0), 0), n)] += 1
        diff[min(max(int(c.x1), 0), n)] -= 1
    count = [0] * n
    run = 0
    for x in range(n):
        run += diff[x]
        count[x] = run
    peak = max(count)
    if peak < 6:
        return None
    limit = max(1, int(0.08 * peak))
    lo, hi = int(width * 0.25), int(width * 0.75)

    def free(x0: int, x1: int) -> bool:
        return all(count[x] <= limit for x in range(max(x0, 0), min(x1, n)))

    best: tuple[int, int] | None = None
    if hint is not None and free(int(hint[0]), int(hint[1])):
        best = (int(hint[0]), int(hint[1]))
    else:
        best = _longest_run(count, lo, hi + 1, limit)
        if best is None:
            return None
        # the core of the band: where the fewest lines cross (a line ending a little
        # into a ragged column's margin must not count as crossing the gutter)
        m = min(count[best[0] : best[1]]) + max(2, int(0.03 * peak))
        core = _longest_run(count, best[0], best[1], m)
        if core is None or core[1] - core[0] < 6:
            return None
        best = core
    g0, g1 = best
    left = [c for c in ink if c.x1 <= g0 + 1]
    right = [c for c in ink if c.x0 >= g1 - 1]
    need = 20 if hint is not None else max(20, int(0.1 * len(ink)))
    if len(left) < need or len(right) < need:
        return None
    edge = min(c.x0 for c in left)
    reach = g0 - max(0.15 * (g0 - edge), 3.0)
    if len({round(c.bottom) for c in left if c.x1 >= reach}) < 3:
        return None
    return float(g0), float(g1)
