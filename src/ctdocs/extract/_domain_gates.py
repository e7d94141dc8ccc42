"""Which of a document's triggers tried in every piece a piece cannot hold.

A trigger the needle index does not record (a cased one such as ``(?-i:DAT)``, one
whose needles are too short such as ``r & d``) is tried in every piece of a document
that holds its needles somewhere, and its needle sets are tested in each piece again
(``_finditer``): on the benchmark's sample a third of all the searches, nearly all
of them failing, each with the domain it brings into the piece's plan. Where every
needle of one of its sets is plain ASCII without white space, an occurrence in a
piece is an occurrence in the document inside one of the piece's spans (folding and
lower-casing map such characters alike in a piece and in the whole text, and no such
needle crosses the line break that joins two pieces): where each needle lies in the
document is found once, and a piece then drops the triggers none of whose needles
lies inside its spans (:meth:`Gates.absent`) before any search.

Split from :mod:`._domains` to keep both modules short.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

__all__ = ["Gated", "Gates", "without"]

Span = tuple[int, int]


class Gated(Protocol):
    """What a gate reads of a compiled trigger (``_domains._Pattern``)."""

    @property
    def cased(self) -> bool: ...
    @property
    def checks(self) -> tuple[tuple[str, ...], ...]: ...


P = TypeVar("P")


def _plain(needles: tuple[str, ...]) -> bool:
    """ASCII without white space: found alike in a piece and in the document."""
    return bool(needles) and all(
        n and n.isascii() and not any(map(str.isspace, n)) for n in needles
    )


def _places(text: str, needles: Iterable[str]) -> list[Span]:
    """Every occurrence (start, end) of each of ``needles`` in ``text``."""
    out: list[Span] = []
    find = text.find
    for n in needles:
        s = find(n)
        while s >= 0:
            out.append((s, s + len(n)))
            s = find(n, s + 1)
    return out


#: a trigger is gated when its needles lie at most once per this many characters
#: (a pattern in most pieces of a document: walking its places costs more than it saves)
_SPARSE = 100
_FEW = 8  # (or at most this many times, in a short text)


def without(patterns: list[P], gone: frozenset[int]) -> list[P]:
    """``patterns`` less the triggers ``gone`` (in their order)."""
    return [p for p in patterns if id(p) not in gone]


class Gates:
    """The gated triggers of one document: each one's rarest plain needle set, and where
    its needles lie (``lower`` for a trigger matched on the lower-cased text, ``folded``
    for a cased one), merged in one list by start."""

    __slots__ = ("_ends", "_owners", "_starts", "gated")

    def __init__(self, patterns: Iterable[Gated], lower: str, folded: str) -> None:
        found: list[tuple[int, int, int]] = []  # (start, end, id of the trigger)
        gated: set[int] = set()
        for p in patterns:
            sets = [c for c in p.checks if _plain(c)]
            if not sets or id(p) in gated:
                continue
            text = folded if p.cased else lower
            places = min((_places(text, c) for c in sets), key=len)
            if len(places) > _FEW and len(places) * _SPARSE > len(text):
                continue
            gated.add(id(p))
            found.extend((s, e, id(p)) for s, e in places)
        found.sort()
        self.gated = frozenset(gated)
        self._starts = [s for s, _, _ in found]
        self._ends = [e for _, e, _ in found]
        self._owners = [k for _, _, k in found]

    def absent(self, spans: Sequence[Span]) -> frozenset[int]:
        """The ids of the gated triggers none of whose chosen needles lies wholly inside
        one of ``spans``: they cannot match in the pieces joined."""
        if not self.gated:
            return self.gated
        starts, ends, owners = self._starts, self._ends, self._owners
        present: set[int] = set()
        for s, e in spans:
            k = bisect_left(starts, s)
            while k < len(starts) and starts[k] < e:
                if ends[k] <= e:
                    present.add(owners[k])
                k += 1
        return self.gated.difference(present) if present else self.gated
