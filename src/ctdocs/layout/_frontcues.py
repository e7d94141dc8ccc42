"""The front-matter cues (``layout.toml``, ``front_matter``) tried by a line's first character.

Why: each cue opens on ``^`` (the line's start), so the union is tried at one place only,
but there it tries each of its thirty-odd patterns in turn, case-blind: some 4 µs a line,
asked of each line the head and the noise passes test (the layout stage's dearest single
line). Most cues open on a word ("Distr.", "Original", "Published"), so a cue whose first
character cannot be the line's, case-blind, cannot match: the line's first character
picks the union of the cues that may open on it, plus those whose opening is not known
(a class: a digit, a letter of any kind). The answer is a yes or a no, so the order of
the cues (which one matches first) does not matter.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from .._knowledge import any_of
from .._needles import case_view

__all__ = ["opening_test"]

_Test = Callable[[str], re.Match[str] | None]
_Firsts = tuple[frozenset[str] | None, bool]  # opening characters (None: not known), may be empty


def opening_test(
    patterns: Sequence[str], flags: int, *, match: bool = False
) -> Callable[[str], bool]:
    """``bool(union.search(text))`` (``union.match`` with ``match``) for the union of
    ``patterns`` (each in a group of its own, as :func:`any_of` joins them), the union tried
    being that of the patterns the text's first character may open (see the module's
    docstring; each opens on ``^``, so both read the text's start alone); where a pattern
    opens on no ``^``, or the parse fails, the whole union."""
    tests = _by_opening(tuple(patterns), flags, match)
    if isinstance(tests, dict):
        fallback = tests[""]
        return lambda text: tests.get(case_view(text[:1]), fallback)(text) is not None
    return lambda text: tests(text) is not None


@cache
def _by_opening(patterns: tuple[str, ...], flags: int, match: bool) -> dict[str, _Test] | _Test:
    """Per case-blind opening character, the union's search of the patterns that may open
    on it and of those whose opening is not known ("": a character none opens on)."""
    union = re.compile(any_of(patterns, empty=""), flags)
    whole = union.match if match else union.search
    if flags & re.MULTILINE or not flags & re.IGNORECASE or not patterns:
        return whole  # ("^" then opens every line; the view is the case-blind one)
    try:
        parser = importlib.import_module("re._parser")
        trees = [parser.parse(p, flags) for p in patterns]
    except Exception:  # not known: the whole union
        return whole
    firsts: list[frozenset[str] | None] = []
    for tree in trees:
        if not len(tree) or (str(tree[0][0]), str(tree[0][1])) != ("AT", "AT_BEGINNING"):
            return whole
        found, empty = _first(list(tree)[1:], flags)
        firsts.append(None if empty or found is None else frozenset(map(case_view, found)))
    keys = set().union(*(f for f in firsts if f is not None))
    return {
        key: re.compile(
            any_of([p for p, f in zip(patterns, firsts, strict=True) if f is None or key in f]),
            flags,
        ).search
        for key in ["", *sorted(keys)]
    }


def _first(seq: Sequence[Any], flags: int) -> _Firsts:
    """The characters a parsed sequence may open with (None: not known) and whether it
    may match the empty string (then what follows it may open the match too)."""
    out: set[str] = set()
    for op, av in seq:
        found, empty = _item(str(op), av, flags)
        if found is None:
            return None, False
        out |= found
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _item(name: str, av: Any, flags: int) -> _Firsts:
    """One parsed item's opening characters (a literal, a group, an alternation, a repeat)."""
    if name == "LITERAL":
        return frozenset({chr(av)}), False
    if name == "SUBPATTERN":
        _group, add, remove, sub = av
        if (add | remove) & re.IGNORECASE:
            return None, False  # the case-blind view would not hold inside it
        return _first(list(sub), flags)
    if name == "BRANCH":
        found: set[str] = set()
        empty = False
        for seq in av[1]:
            got, none = _first(list(seq), flags)
            if got is None:
                return None, False
            found |= got
            empty = empty or none
        return frozenset(found), empty
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, _high, sub = av
        got, none = _first(list(sub), flags)
        return got, none or low == 0
    return None, False
