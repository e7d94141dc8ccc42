"""Searching a trigger only where one of the words it opens with occurs.

A trigger opening on an alternation of words (``(energie|eau|electricite|...)``,
``(soutien|aide|assistance|appui) ...``) gives the regex engine no literal to skip
ahead to: it tries the pattern at every position whose character may open one of
the words, some third of the characters of a French or English line, and most of
these triggers find nothing in the clause they are searched in. When every match
opens with one of a few words of several letters, the engine need only be tried
where one of them occurs: ``str.find`` skips to them at C speed, and a match is
tried there (:class:`HeadScan`). Same matches, in the same order: the leftmost
match from a position opens on the first occurrence from there at which the
pattern matches.

Split from :mod:`._domain_index` to keep both modules short.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Protocol

from ._domain_index import LITERAL_HEAD, NearScan, group_openings

__all__ = ["HeadScan", "head_words", "opening"]

#: the shortest opening word worth looking for (a shorter one occurs everywhere). Three
#: letters, not four: "(energie|eau|electricite|...)" was tried by the engine at every
#: "e" and "t" of the pieces it was searched in (the dearest trigger of the benchmark's
#: sample, none of its 571 searches finding anything); its words' places are fewer
#: (domain stage about 3 % less on that sample, 2 % on the dev corpus, with the heads
#: scan's own fields set without a ``Near``)
MIN_HEAD = 3


class Headed(Protocol):
    """What :func:`opening` reads of a compiled trigger (``_domains._Pattern``)."""

    @property
    def source(self) -> str: ...
    @property
    def flags(self) -> int: ...
    @property
    def heads(self) -> list[tuple[str, ...] | None]: ...


def opening(pat: Headed) -> list[tuple[str, ...] | None]:
    """``pat.heads`` once :func:`head_words` of its source is kept there (worked out on
    first use, as its search window: parsing every trigger cost a cold start)."""
    if not pat.heads:
        pat.heads.append(head_words(pat.source, pat.flags))
    return pat.heads


def head_words(body: str, flags: int) -> tuple[str, ...] | None:
    """Words one of which every match of ``body`` opens with, matched as written (None:
    not known, or not worth a scan: a single word or words opening alike, which the
    engine skips ahead to on its own, or one shorter than ``MIN_HEAD``)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parser = importlib.import_module("re._parser")
        heads = _heads(parser.parse(body, flags))
    except Exception:  # not known: the whole text is searched
        return None
    if heads is None or len(heads) < 2 or min(map(len, heads)) < MIN_HEAD:
        return None
    if _shared_opening(min(heads), max(heads)) >= LITERAL_HEAD:
        return None  # ("scien(ce|ces|tific)"): the engine skips ahead to a literal opening
    return tuple(sorted(heads))


def _shared_opening(first: str, last: str) -> int:
    """How many characters ``first`` and ``last`` open alike (the lowest and highest of
    some words: the characters all of them open with)."""
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return k


def _heads(seq: Any) -> set[str] | None:
    """The words one of which every match of a parsed sequence opens with: its leading
    literals, followed by the openings of the group after them (None: not known)."""
    prefix = ""
    for op, av in seq:
        if str(op) == "LITERAL":
            prefix += chr(av)
            continue
        found = group_openings(str(op), av, _heads)
        if found is None:
            break
        return {prefix + h for h in found}
    return {prefix} if prefix else None


class HeadScan(NearScan):
    """``regex.search(text, pos)`` for rising ``pos``, for a regex every match of which
    opens with one of ``heads``: the regex is tried (``match``) only where a head
    occurs. Each head's next occurrence is kept as :class:`NearScan` keeps its needles'."""

    __slots__ = ()

    def __init__(self, regex: re.Pattern[str], text: str, heads: tuple[str, ...]) -> None:
        # (NearScan's fields set here: a ``Near`` built for each search cost more than
        # the search of a short piece)
        self.regex, self.text, self.longest, self.needles = regex, text, 0, heads
        self.places, self.at = None, 0

    def search(self, pos: int) -> re.Match[str] | None:
        n, match, text = len(self.text), self.regex.match, self.text
        while True:
            a = self._first(pos)
            if a == n:
                return None
            m = match(text, a)
            if m is not None:
                return m
            pos = a + 1
