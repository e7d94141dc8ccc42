"""Which indexed triggers a piece's needles let in: those each of whose needle sets the
piece holds a needle of, found with one bit per trigger.

Why a module of its own: a piece's plan (``DocumentTagger._new_piece_plan``) walked
every trigger whose first needle set the piece held, some thirty-four a piece on the
benchmark's sample, to test its other sets one by one in Python; five in six of them
lacked one ("financ... du terrorisme" in a piece with "terror" but no "financ"). Here
the triggers are gated a rank of sets at a time (every trigger's first set, then the
second set of those with two or more ...): the triggers whose set of the rank the
piece holds are the OR of its needles' masks, and a trigger with a set of the rank
stays only if it is among them, an AND. The answer is the same (a trigger is let in
iff every one of its sets is held, whichever order they are gated in); only the few
triggers let in are then walked. Why bits, not sets of ids: a common needle
("terror", "securit") lies in the sets of dozens of triggers, and the unions of such
sets cost more than the loop they replaced; an OR of two masks of a thousand bits is
one C step over some thirty machine words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from ._domain_index import CheckKeys, NeedleTable

__all__ = ["Gates", "Rank", "gates"]


@dataclass(frozen=True, slots=True)
class Rank:
    """The needle sets of one rank: the numbers of the needles some set of the rank
    holds, needle number -> the mask of the triggers whose set of the rank holds it,
    the mask of the triggers with a set of the rank, and of those without one (which
    it lets through)."""

    needles: frozenset[int]
    masks: dict[int, int]
    having: int
    without: int


# needle sets whose triggers :meth:`Gates.kept` remembers before it forgets them all (the
# answers never change): a corpus's clauses repeat their needle sets (850 distinct of 4 410
# pieces on the benchmark's sample), a set some two kilobytes
_MEMO_MAX = 4096
# ... and only sets of at most this many needles: a set's bytes grow with its needles (up to
# every needle of the knowledge, some sixty kilobytes), so that 4 096 long pieces' sets
# would have held some 250 MB across documents; 61 of 15 259 distinct sets on dev and the
# held-out sets hold more (at most 172), each gated again when met
_SET_MAX = 64


@dataclass(frozen=True, slots=True)
class Gates:
    """The indexed triggers' needle sets, rank by rank (:class:`Rank`), and the trigger
    (its id) each bit stands for; ``memo``: needle numbers -> :meth:`kept`'s answer."""

    ranks: tuple[Rank, ...]
    ids: tuple[int, ...]
    memo: dict[frozenset[int], int] = field(default_factory=dict, compare=False, repr=False)

    def let_in(self, found: frozenset[int]) -> list[int]:
        """The ids of the triggers every one of whose needle sets holds one of ``found``
        (needle numbers)."""
        return self.ids_of(self.kept(found))

    def kept(self, found: frozenset[int]) -> int:
        """:meth:`let_in`'s triggers as a mask of bits, remembered by needle set.

        Why: the gating was some 1.5 % of a parse, worked out again at each piece of each
        document with needles not met in that document before (3 002 times on the
        benchmark's sample), for 850 distinct sets; a piece's plan depends on this mask
        alone (``DocumentTagger._new_piece_plan``)."""
        if len(found) > _SET_MAX:
            return self._gate(found)
        memo = self.memo
        got = memo.get(found)
        if got is None:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            got = memo[found] = self._gate(found)
        return got

    def _gate(self, found: frozenset[int]) -> int:
        """Each rank ORs the masks of its own needles only: a piece holds some
        thirty-five, a rank after the first a few of them."""
        first, *later = self.ranks
        kept: int = reduce(or_, map(first.masks.__getitem__, found & first.needles), 0)
        for rank in later:
            if not kept & rank.having:
                break  # none of them has a set of this rank (nor of a later one)
            kept &= reduce(or_, map(rank.masks.__getitem__, found & rank.needles), rank.without)
        return kept

    def ids_of(self, kept: int) -> list[int]:
        """The ids of the triggers of the mask ``kept``, lowest bit first."""
        ids, out = self.ids, []
        while kept:
            low = kept & -kept
            out.append(ids[low.bit_length() - 1])
            kept ^= low
        return out


def gates(keys: CheckKeys, table: NeedleTable) -> Gates:
    """The :class:`Gates` of the needle sets ``keys`` records (numbered in ``table``)."""
    number = {n: k for pairs in table.heads.values() for n, k in pairs}
    count = max((len(keyed) for keyed in keys.values()), default=1)
    masks: list[dict[int, int]] = [{} for _ in range(count)]
    having = [0] * count
    ids = tuple(keys)
    for bit, pid in enumerate(ids):
        for rank, (_, needles) in enumerate(keys[pid]):
            having[rank] |= 1 << bit
            for n in needles:
                held = masks[rank]
                held[number[n]] = held.get(number[n], 0) | 1 << bit
    every = (1 << len(ids)) - 1
    return Gates(
        tuple(Rank(frozenset(m), m, h, every & ~h) for m, h in zip(masks, having, strict=True)),
        ids,
    )
