"""The domain tagger's plan for one document: which triggers it may hold, by domain.

Why a module of its own, and a book of plans kept across documents: of the some
seven hundred triggers of the reported domains, only a handful are live or not
according to the document (a cased trigger whose exact-case needles it lacks, a
trigger whose needles are too short to index and absent from it). The others
are the same for every document: tried in every piece (no needles known), or
indexed (tried in the pieces that hold their needles, see ``_domain_index``).
Working the plan out trigger by trigger for every document cost some 8 % of the
domain stage; now a document costs the few substring tests of the triggers that
depend on it, and its plan is looked up by which of those it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

__all__ = ["DocPlan", "PlanBook", "Trigger"]


class Trigger(Protocol):
    """What the plan reads of a compiled trigger (``_domains._Pattern``)."""

    @property
    def cased(self) -> bool: ...
    @property
    def portable(self) -> tuple[str, ...] | None: ...
    @property
    def checks(self) -> tuple[tuple[str, ...], ...]: ...
    @property
    def indexed(self) -> bool: ...


P = TypeVar("P", bound=Trigger)

#: per domain: its code, exclusions, strong and weak triggers (in the order tried)
Group = tuple[str, tuple[P, ...], list[P], list[P]]

_KEPT = 256  # plans kept per knowledge before the book is cleared (answers never change)


@dataclass(frozen=True, slots=True)
class DocPlan(Generic[P]):
    """A document's plan, and what ``DocumentTagger._piece_plan`` reads off it: per
    domain its triggers that are not indexed (tried in every piece) and whether any of
    its strong or weak triggers is among them (``bases``); where each indexed trigger
    goes (id -> domain, group, its lean copy: the triggers a piece's needles let in,
    ``_domain_gates``, are looked up there); the domains tried in every piece."""

    plan: list[Group[P]]
    bases: list[tuple[str, tuple[P, ...], list[P], list[P], bool]]
    where: dict[int, tuple[int, int, P]]
    always: list[Group[P]]
    #: the indexes in ``bases`` of the domains tried in every piece
    steady: frozenset[int] = frozenset()


def _portable_case(needle: str) -> bool:
    """Without white space: folding (one character for one, without context) maps
    it the same in a piece as in the whole text, and no join crosses it."""
    return not any(c.isspace() for c in needle)


def _exact_cased(p: Trigger) -> bool:
    """A cased trigger whose exact-case needles have no white space: in a piece only
    if they are in the document."""
    return p.cased and all(map(_portable_case, (n for c in p.checks for n in c)))


def depends_on_document(p: Trigger) -> bool:
    """Whether a trigger is live in some documents and not in others: an exact-cased
    one, or one with needles that are not indexed (too short or not plain ASCII)."""
    return _exact_cased(p) or (p.portable is not None and not p.indexed)


def holds(p: Trigger, lower: str, folded: str, known: dict[str, bool] | None = None) -> bool:
    """Whether a document (folded, and lower-cased) may hold a match of ``p``, one of
    the triggers that depend on the document. ``known``: the answers for the needles
    looked for already in this document (a needle tested once: "DAT", "FPV", "Port"
    open two triggers each, and each test reads the whole document when it is absent);
    a cased needle is keyed as written, a lower-cased one after a line break, which no
    needle holds."""
    seen = {} if known is None else known

    def has(n: str, key: str, text: str) -> bool:
        found = seen.get(key)
        if found is None:
            found = seen[key] = n in text
        return found

    if _exact_cased(p):
        return all(any(has(n, n, folded) for n in c) for c in p.checks)
    return any(has(n, "\n" + n, lower) for n in p.portable or ())


class PlanBook(Generic[P]):
    """The plans of one knowledge's reported domains, by language and by which of the
    triggers that depend on the document it holds. ``groups``: a language -> the
    reported domains' triggers in the order tried; ``lean``: id -> the copy of an
    indexed trigger the pieces are searched with (without the needle sets the index
    records)."""

    def __init__(self, groups: Callable[[str], list[Group[P]]], lean: dict[int, P]) -> None:
        self._groups = groups
        self._lean = lean
        self._tests: dict[str, tuple[list[Group[P]], tuple[P, ...]]] = {}
        self._book: dict[tuple[str, frozenset[int]], DocPlan[P]] = {}

    def plan(self, language: str, lower: str, folded: str) -> DocPlan[P]:
        """The plan of a document (folded, and lower-cased) in ``language``."""
        kept = self._tests.get(language)
        if kept is None:
            groups = self._groups(language)
            every = [p for _, ex, st, wk in groups for pats in (ex, st, wk) for p in pats]
            kept = self._tests[language] = (groups, tuple(filter(depends_on_document, every)))
        groups, tests = kept
        known: dict[str, bool] = {}
        live = frozenset(id(p) for p in tests if holds(p, lower, folded, known))
        found = self._book.get((language, live))
        if found is None:
            if len(self._book) >= _KEPT:
                self._book.clear()
            found = self._book[(language, live)] = _build(groups, live, self._lean)
        return found


def _build(groups: Sequence[Group[P]], live: frozenset[int], lean: dict[int, P]) -> DocPlan[P]:
    """The plan of a document holding the triggers ``live`` of those that depend on it."""

    def kept(pats: Sequence[P]) -> list[P]:
        return [p for p in pats if id(p) in live or not depends_on_document(p)]

    plan: list[Group[P]] = [(c, tuple(kept(ex)), kept(st), kept(wk)) for c, ex, st, wk in groups]
    bases: list[tuple[str, tuple[P, ...], list[P], list[P], bool]] = []
    where: dict[int, tuple[int, int, P]] = {}
    for i, (c, ex, st, wk) in enumerate(plan):
        for g, pats in enumerate((ex, st, wk)):
            for p in pats:
                if p.indexed:
                    where[id(p)] = (i, g, lean[id(p)])
        ex0, st0, wk0 = ([p for p in pats if not p.indexed] for pats in (ex, st, wk))
        bases.append((c, tuple(ex0), st0, wk0, bool(st0 or wk0)))
    always: list[Group[P]] = [(c, ex, st, wk) for c, ex, st, wk, a in bases if a]
    steady = frozenset(i for i, base in enumerate(bases) if base[4])
    return DocPlan(plan, bases, where, always, steady)
