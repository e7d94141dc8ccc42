"""Needles: literal strings a regular expression's every match must contain.

Why: ctdocs runs hundreds of trigger and chrome patterns over every clause and
line, and nearly all of them fail. A failing ``re.search`` walks the whole text
trying the pattern at each position; ``needle in text`` is a single fast
substring scan. When none of a pattern's needles occurs in the text, the
pattern cannot match there and need not be run. The test is exact: it only
ever skips searches that would have found nothing, so results never change.

Needles are read from the pattern's parse tree (``re._parser``): runs of
literal characters at the top level, in groups, in repeats of at least one,
and, for an alternation, one needle per branch (then any of them will do).
A pattern with no such literal (``\\d+``) has no needles and is always run.

Case-insensitive patterns are tested on a *case view* of the text, where every
character is replaced by a representative of the set of characters ``re``'s
``IGNORECASE`` treats as equal to it (``K``, ``k`` and the Kelvin sign ``K``
all become ``k``); their needles are mapped the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

__all__ = ["AnyOf", "case_view", "case_view_plain", "needle_sets", "needles"]


@cache
def _case_table() -> dict[int, int]:
    """Code point -> representative under ``re.IGNORECASE`` (only where it differs).

    ``re`` compares the simple lower case of two characters, plus a few extra
    equivalences (``s`` and the long s U+017F, ``i`` and the dotless i U+0131). Characters
    outside the Basic Multilingual Plane only ever pair with each other, and
    no needle holds one, so the table stops at U+FFFF.
    """
    import _sre  # type: ignore[import-not-found]
    from re import _casefix  # type: ignore[attr-defined]

    extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    table: dict[int, int] = {}
    for cp in range(0x10000):
        low = _sre.unicode_tolower(cp)
        rep = min((low, *extra.get(low, ())))
        if rep != cp:
            table[cp] = rep
    return table


@cache
def _ascii_view_is_lower() -> bool:
    """Whether every ASCII character's representative is its lower case (it is:
    ``k`` stands for ``K`` and the Kelvin sign, ``s`` for the long s)."""
    table = _case_table()
    return all(table.get(cp, cp) == ord(chr(cp).lower()) for cp in range(128))


def case_view(text: str) -> str:
    """``text`` with each character replaced by its ``IGNORECASE`` representative.

    One character for one, so the view has the length of the text.
    """
    if text.isascii() and _ascii_view_is_lower():
        return text.lower()  # the same, without a dict look-up per character
    return text.translate(_case_table())


def case_view_plain(text: str) -> str:
    """:func:`case_view` by the table alone: the reference its fast path is tested against."""
    return text.translate(_case_table())


def needles(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or None if none are known.

    With ``re.IGNORECASE`` the needles are in :func:`case_view` form, to be
    looked for in the case view of the text.
    """
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    all_flags = parsed.state.flags
    if all_flags & re.VERBOSE or (all_flags & re.IGNORECASE and not flags & re.IGNORECASE):
        return None  # an inline global flag the caller did not declare
    found = _required(list(parsed), _parser)
    if found is not None and flags & re.IGNORECASE:
        found = tuple(sorted({case_view(n) for n in found}))
    return found


def _required(items: list[tuple[Any, Any]], sre: Any) -> tuple[str, ...] | None:
    """The best necessary needle set of a parsed sequence (the longest shortest needle).

    Groups that change flags (``(?-i:...)``) and look-arounds are not looked
    into: their needles would have to be matched under other rules.
    """
    return _best(_all_required(items, sre, exact=True))


def _best(cands: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The set whose shortest needle is longest (the first such): the rarest to occur."""
    return max(cands, key=lambda c: min(map(len, c)), default=None)


def needle_sets(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Every needle set known for ``pattern``: each match contains a needle of *each* set.

    :func:`needles` gives the single best set; a phrase such as
    ``financ\\w* (du|des) terror`` has two (``financ`` and ``terror``), and a
    text must hold both for the pattern to match, which rules out far more
    failing searches than either alone.

    With ``re.IGNORECASE`` only literals inside ``(?-i:...)`` groups count: they
    are matched with their exact case, so these needles are looked for in the
    text itself, not in a case view. ``()`` when nothing is known.
    """
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return ()
    all_flags = parsed.state.flags
    if all_flags & re.VERBOSE or (all_flags & re.IGNORECASE and not flags & re.IGNORECASE):
        return ()
    found = _all_required(list(parsed), _parser, exact=not flags & re.IGNORECASE)
    return tuple(dict.fromkeys(found))  # in order, without repeats


def _all_required(items: list[tuple[Any, Any]], sre: Any, exact: bool) -> list[tuple[str, ...]]:
    """Every necessary needle set of a parsed sequence, in the order they occur.

    ``exact``: literals here are matched case-sensitively (else they are not
    collected, and only ``(?-i:...)`` groups inside may yield needles).
    """
    sets: list[tuple[str, ...]] = []

    def offer(cand: tuple[str, ...] | None) -> None:
        if cand and all(cand):
            sets.append(cand)

    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and exact:
            run.append(chr(av))
            continue
        offer(("".join(run),) if run else None)
        run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                sets.extend(_all_required(list(sub), sre, exact))
            elif not exact and not add_flags and del_flags == re.IGNORECASE:
                sets.extend(_all_required(list(sub), sre, True))  # (?-i:...): exact case
        elif op is sre.BRANCH:
            alts = [_best(_all_required(list(b), sre, exact)) for b in av[1]]
            if all(a is not None for a in alts):
                offer(tuple(sorted({n for a in alts if a is not None for n in a})))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sets.extend(_all_required(list(av[2]), sre, exact))
    offer(("".join(run),) if run else None)
    return sets


class AnyOf:
    """Does any of several patterns match? Same answer as searching their union.

    Each pattern is compiled on its own with its needles; :meth:`search` runs
    only the patterns whose needles occur in the text, so a line that holds
    none of them costs a few substring tests instead of a regex scan.
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        self._flags = flags
        checks = [(re.compile(p, flags), needles(p, flags)) for p in patterns]
        self._regexes = [regex for regex, _ in checks]
        # patterns without needles are always tried; the others when a needle occurs
        self._always = [k for k, (_, found) in enumerate(checks) if found is None]
        self._needles = [(n, k) for k, (_, found) in enumerate(checks) for n in found or ()]

    def search(self, text: str) -> bool:
        view = case_view(text) if self._flags & re.IGNORECASE else text
        live = {k for n, k in self._needles if n in view}
        if self._always:
            live.update(self._always)
        return any(self._regexes[k].search(text) for k in sorted(live))
