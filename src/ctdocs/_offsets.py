"""Spans and offset maps: the one way every stage moves an offset from one text to another.

Each stage rewrites text (a reader drops tags, the normaliser joins lines and
strips markup) and must keep every span traceable to the input. They all do it
with the same two values, defined here so that no stage bisects offsets by hand:

* :class:`Span` — a ``[start, end)`` range of character offsets (a named tuple,
  so it unpacks and compares like the plain pair it replaces);
* :class:`OffsetMap` — a piecewise-shifted map from offsets in an output text to
  offsets in its input: anchors ``(out, in)`` sorted by ``out``, each saying that
  from ``out`` up to the next anchor the output runs alongside the input from
  ``in`` (``Document.offset_map`` holds the anchors of the final text);
* :class:`SpanIndex` — sorted spans (blocks, noise, clauses) and which of them
  holds an offset, or overlaps a range;
* :class:`TextWriter` — an output text written piece by piece with its anchors,
  one anchor per contiguous stretch (the readers that compose a text: DOCX, PDF);
* :class:`Positions` — sorted positions (block starts, sentence stops, the
  starts of hits, or any sorted numbers such as the tops of a page's rows) and
  where a position falls among them.

A foundation: every stage may import it, and it imports nothing of ctdocs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

__all__ = ["Anchor", "OffsetMap", "Positions", "Span", "SpanIndex", "TextWriter"]

#: ``(output offset, input offset)``: where a stretch of the output starts, and where in the input.
Anchor = tuple[int, int]

_FAR = 10**18

T = TypeVar("T")
N = TypeVar("N", int, float, str)  # str: a sorted word list (``_knowledge.may_open``)


class Span(NamedTuple):
    """A ``[start, end)`` range of character offsets in one text."""

    start: int
    end: int


class TextWriter:
    """An output text written piece by piece, with the anchors of an :class:`OffsetMap`.

    :meth:`put` adds an anchor only where the input offset jumps, so text read
    from one contiguous stretch of the input costs one anchor however many
    pieces it is written in. Readers subclass it with their own records.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[Anchor] = []
        self.pos = 0

    def put(self, s: str, inp: int) -> None:
        """Append ``s``, read at input offset ``inp``."""
        if not s:
            return
        a = self.anchors
        if not a or a[-1][1] + (self.pos - a[-1][0]) != inp:
            a.append((self.pos, inp))
        self.parts.append(s)
        self.pos += len(s)

    def text(self) -> str:
        """The text written so far."""
        return "".join(self.parts)


class OffsetMap:
    """Output offsets to input offsets, by anchors (see the module docstring).

    Immutable once built; the anchor keys are kept so that each lookup is one
    bisection.
    """

    __slots__ = ("_keys", "anchors")

    def __init__(self, anchors: Iterable[Anchor]) -> None:
        self.anchors: tuple[Anchor, ...] = tuple(anchors) or ((0, 0),)
        self._keys = [o for o, _ in self.anchors]

    def __repr__(self) -> str:
        return f"OffsetMap({list(self.anchors)!r})"

    def _stretch(self, offset: int) -> int:
        """The index of the anchor whose stretch holds ``offset`` (the first before any)."""
        return max(bisect_right(self._keys, offset) - 1, 0)

    def input_at(self, offset: int) -> int:
        """The input offset of output offset ``offset``."""
        out, inp = self.anchors[self._stretch(offset)]
        return inp + (offset - out)

    def to_input(self, span: tuple[int, int]) -> Span:
        """A span of the output as a span of the input (each end mapped on its own)."""
        return Span(self.input_at(span[0]), self.input_at(span[1]))

    def output_lookup(self, length: int) -> Callable[[int], int | None]:
        """The inverse: input offset -> output offset, or None where the output does not
        hold that input character (dropped markup, a note the text left out).

        ``length`` is the output's length (the end of the last stretch). The
        stretches are sorted by input once; each lookup is one bisection.
        """
        anchors = self.anchors
        stretches = sorted(
            (inp, out, (anchors[k + 1][0] if k + 1 < len(anchors) else length) - out)
            for k, (out, inp) in enumerate(anchors)
        )
        starts = [s[0] for s in stretches]

        def output_at(inp: int) -> int | None:
            k = bisect_right(starts, inp) - 1
            if k < 0:
                return None
            i0, o0, n = stretches[k]
            return o0 + (inp - i0) if inp - i0 < n else None

        return output_at

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """This map (output → middle) followed by ``inner`` (middle → input): output → input.

        Every anchor of ``inner`` that falls inside one of this map's stretches
        starts a stretch of its own, so that the result stays exact; anchors that
        only continue the previous stretch are dropped.
        """
        result: list[Anchor] = []
        outer = self.anchors
        for k, (o, m) in enumerate(outer):
            result.append((o, inner.input_at(m)))
            end_mid = m + (outer[k + 1][0] - o) if k + 1 < len(outer) else _FAR
            j = bisect_right(inner._keys, m)
            while j < len(inner.anchors) and inner.anchors[j][0] < end_mid:
                result.append((o + inner.anchors[j][0] - m, inner.anchors[j][1]))
                j += 1
        dedup: list[Anchor] = []
        for a in result:
            if dedup and dedup[-1][0] == a[0]:
                dedup[-1] = a
            elif not dedup or dedup[-1][1] + (a[0] - dedup[-1][0]) != a[1]:
                dedup.append(a)
        return OffsetMap(dedup)

    def ranges_to_output(self, ranges: Iterable[tuple[int, int]], length: int) -> list[Span]:
        """The output ranges whose input offsets fall in ``ranges`` (input coordinates).

        ``length`` is the output's length (the end of the last stretch). Each
        stretch is compared only with the ranges that can overlap it (found by
        bisection on their ends), not with all of them: a page with many
        navigation blocks would otherwise cost stretches x ranges.
        """
        merged: list[tuple[int, int]] = []
        for s, e in sorted(ranges):  # made disjoint and sorted, so their ends are sorted too
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        ends = [e for _, e in merged]
        out: list[Span] = []
        bounds = [*self.anchors, (length, _FAR)]
        for k in range(len(self.anchors)):
            o0, i0 = bounds[k]
            i1 = i0 + (bounds[k + 1][0] - o0)
            j = bisect_right(ends, i0)  # the first range ending after i0
            while j < len(merged) and merged[j][0] < i1:
                lo, hi = max(merged[j][0], i0), min(merged[j][1], i1)
                if lo < hi:
                    out.append(Span(o0 + (lo - i0), o0 + (hi - i0)))
                j += 1
        out.sort()
        return out


class SpanIndex(Generic[T]):
    """Items with spans, sorted by start: which one holds an offset, which ones overlap a range.

    ``items`` must be sorted by start (blocks and noise in reading order are);
    ``span_of`` reads an item's ``(start, end)``.
    """

    __slots__ = ("_ends", "_longest", "items", "starts")

    def __init__(self, items: Sequence[T], spans: Sequence[tuple[int, int]]) -> None:
        self.items = items
        self.starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]
        self._longest = max((e - s for s, e in spans), default=0)

    def last_starting_at_or_before(self, offset: int) -> int:
        """The index of the last item starting at or before ``offset``; -1 when none does."""
        return bisect_right(self.starts, offset) - 1

    def holding(self, offset: int) -> int | None:
        """The index of the item whose ``[start, end)`` holds ``offset``, if the last one
        starting at or before it does (items that do not nest)."""
        k = self.last_starting_at_or_before(offset)
        if k >= 0 and offset < self._ends[k]:
            return k
        return None

    def overlapping(self, start: int, end: int) -> list[T]:
        """The items overlapping ``[start, end)``, in order (no item longer than the
        longest can start before ``start - longest`` and still reach ``start``)."""
        lo = bisect_left(self.starts, start - self._longest)
        hi = bisect_left(self.starts, end)
        return [self.items[k] for k in range(lo, hi) if self._ends[k] > start]


class Positions(Generic[N]):
    """Sorted positions, and where a position falls among them.

    Why a type of its own: the stages ask the same few questions of a sorted
    list (how many lie before an offset, the next one after it, which of them
    lie in a range), and each question written as a bare bisection had to get
    left/right and the off-by-one right again. ``values`` must be sorted; they
    are kept as given (not copied), and must not change while in use.
    """

    __slots__ = ("values",)

    def __init__(self, values: Sequence[N]) -> None:
        self.values: Sequence[N] = values

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, k: int) -> N:
        return self.values[k]

    def before(self, x: N) -> int:
        """How many lie before ``x`` (the index of the first at ``x`` or after)."""
        return bisect_left(self.values, x)

    def through(self, x: N) -> int:
        """How many lie at or before ``x`` (the index of the first after ``x``)."""
        return bisect_right(self.values, x)

    def last_through(self, x: N) -> int:
        """The index of the last one at or before ``x``; -1 when none is."""
        return bisect_right(self.values, x) - 1

    def next_after(self, x: N) -> N | None:
        """The first one after ``x``, or None when none is."""
        k = bisect_right(self.values, x)
        return self.values[k] if k < len(self.values) else None

    def within(self, lo: N, hi: N) -> Span:
        """The indexes of those in ``[lo, hi)``, as a ``[start, end)`` span of indexes."""
        return Span(bisect_left(self.values, lo), bisect_left(self.values, hi))

    def run_of(self, x: N) -> Span:
        """The indexes of those equal to ``x`` (empty where ``x`` would be inserted)."""
        return Span(bisect_left(self.values, x), bisect_right(self.values, x))
