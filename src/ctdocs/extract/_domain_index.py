"""The domain tagger's needles: a trigger's source prepared, and where a document holds them.

A portable needle (ASCII, no white space) always lies inside one run of
non-space characters, so the needles of a document are those of its runs. The
index is kept by run rather than by occurrence: a run such as ``control`` holds
the needles of dozens of triggers, and a piece of text that holds the whole run
holds every one of them. Runs are looked up in a cache kept across documents (a
corpus reuses its vocabulary); the caller owns the needle table and the cache,
since both depend on the knowledge in use (:mod:`._domains`).
"""

from __future__ import annotations

import importlib
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, count
from typing import Any, Protocol

from .._offsets import Positions

__all__ = [
    "MIN_INDEXED",
    "NO_HITS",
    "SPACE_REACH",
    "CheckKeys",
    "Near",
    "NearScan",
    "RunHits",
    "RunIndex",
    "check_keys",
    "indexable",
    "long_space",
    "needle_index",
    "needle_table",
    "portable",
    "prepare",
    "present",
    "present_keys",
    "reach",
    "run_index",
    "search_near",
    "window",
]

#: a run's needle occurrences (start, end, id(pattern)) and the set of those patterns
RunHits = tuple[tuple[tuple[int, int, int], ...], frozenset[int]]
#: first three letters -> (needle, id(pattern)) for every indexed needle
NeedleTable = dict[str, tuple[tuple[str, int], ...]]
NO_HITS: RunHits = ((), frozenset())
RUN_CACHE_MAX = 200_000  # runs kept in a cache before it is cleared (answers never change)


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
    """The :class:`RunIndex` of ``lower``; runs seen before come from ``cache``.

    Why by stretches split on white space: a regex match object per run cost more
    than the rest of the index. ``str.split`` yields the runs in C, and only the
    runs with a needle need a position (see :func:`_hit_runs`); a stretch of some
    64K characters keeps the list of its runs small (issue 15: memory)."""
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    hits_of: list[RunHits] = []
    pos = 0
    while pos < len(lower):
        cut = _SPACE.search(lower, pos + _STRETCH)
        end = len(lower) if cut is None else cut.end()
        for s, run, hits in _hit_runs(lower, pos, end, table, cache):
            starts.append(s)
            ends.append(s + len(run))
            hits_of.append(hits)
        pos = end
    return RunIndex(Positions(starts), ends, hits_of)


_STRETCH = 1 << 16
_SPACE = re.compile(r"\s")


def _hit_runs(
    lower: str, pos: int, end: int, table: NeedleTable, cache: dict[str, RunHits]
) -> list[tuple[int, str, RunHits]]:
    """(start, run, its hits) for the runs of ``lower[pos:end]`` that hold a needle.

    Each distinct run is looked up once, and the runs with a needle (a few in ten)
    are picked out by C loops (``map``, ``compress``). A run's start is found from
    the end of the last run with a needle: an earlier occurrence of its characters
    would lie inside a run between the two, which would then hold the same needles
    and be such a run itself."""
    runs = lower[pos:end].split()
    held: dict[str, RunHits] = {}
    for run in set(runs):
        hits = cache.get(run)
        if hits is None:
            if len(cache) >= RUN_CACHE_MAX:
                cache.clear()
            hits = cache[run] = _run_needles(run, table)
        if hits is not NO_HITS:
            held[run] = hits
    out = []
    at = pos
    for k in compress(range(len(runs)), map(held.__contains__, runs)):
        run = runs[k]
        at = lower.find(run, at)
        out.append((at, run, held[run]))
        at += len(run)
    return out


def prepare(pattern: str, lower: bool) -> str:
    """Each literal space outside a character class becomes ``\\s+``; letters that
    are not part of an escape are lower-cased when ``lower``."""
    out: list[str] = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(ch.lower() if lower else ch)
            if ch == "]":
                in_class = False
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(ch.lower() if lower else ch)
    return "".join(out)


class Checked(Protocol):
    """What the index reads of a compiled trigger (``_domains._Pattern``)."""

    @property
    def indexed(self) -> bool: ...
    @property
    def portable(self) -> tuple[str, ...] | None: ...
    @property
    def checks(self) -> tuple[tuple[str, ...], ...]: ...


MIN_INDEXED = 3  # shorter needles occur everywhere: not worth indexing
#: id(pattern) -> (key, needles) of each needle set of the pattern the index records
CheckKeys = dict[int, tuple[tuple[int, tuple[str, ...]], ...]]


def portable(needle: str) -> bool:
    """ASCII without white space: lower-casing maps it the same in any context."""
    return needle.isascii() and not any(c.isspace() for c in needle)


def indexable(needles: tuple[str, ...]) -> bool:
    """Whether the index can record a needle set: plain needles, none too short."""
    return all(map(portable, needles)) and min(map(len, needles)) >= MIN_INDEXED


def check_keys(patterns: Iterable[Checked]) -> CheckKeys:
    """The needle sets the index records of each indexed pattern: its needles under
    id(pattern), its other indexable checks under negative keys. Why the others: a
    pattern whose needles a clause holds is still skipped there when it lacks
    another set's ("formation" without "armed", "military" ...), by a set lookup
    instead of substring tests."""
    keys: CheckKeys = {}
    fresh = count(-1, -1)
    for p in patterns:
        if p.indexed and p.portable is not None:
            more = [(next(fresh), c) for c in p.checks[1:] if indexable(c)]
            keys[id(p)] = ((id(p), p.portable), *more)
    return keys


def needle_table(keys: CheckKeys) -> NeedleTable:
    """First three letters -> (needle, key) for every needle ``keys`` records."""
    table: dict[str, list[tuple[str, int]]] = {}
    for keyed in keys.values():
        for key, needles in keyed:
            for n in needles:
                table.setdefault(n[:3], []).append((n, key))
    return {k: tuple(v) for k, v in table.items()}


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
    occurrences of :func:`needle_index` starting and ending inside a span)."""
    return {key for key in present_keys(index, spans) if key > 0}


def present_keys(index: RunIndex, spans: Sequence[tuple[int, int]]) -> set[int]:
    """The keys (see :func:`check_keys`) with a needle occurrence inside one of
    ``spans``: a run wholly inside a span brings all its keys at once."""
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


# --- Searching near the needles ------------------------------------------------
#
# A failing ``regex.search`` over a clause tries the pattern at every position of
# it, even when the clause holds one of the pattern's needles only once. Every
# match contains a needle occurrence, and a match of a pattern whose matches are
# at most ``reach`` characters long starts at most ``reach`` characters before
# that occurrence: so the search may start there, and stop ``reach + 1``
# characters after it (the regex then reads nothing beyond, see ``search_near``).

#: a literal space of a trigger stands for ``\s+``, unbounded; its reach is taken
#: as at most this many characters, for texts without a longer white-space run
SPACE_REACH = 16
# speed: a first ``\s`` of its own lets re skip ahead to the next white space in C;
# ``\s{17}`` is tried in full at every position (twice the time on long texts)
_LONG_SPACE = re.compile(rf"\s\s{{{SPACE_REACH}}}")
_MAX_REACH = 400  # beyond, the window saves little
_READS_AROUND = {"ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE"}
_BOUNDARIES = {"AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY"}


@dataclass(frozen=True, slots=True)
class Near:
    """How to search a trigger only near its needles (see ``search_near``)."""

    longest: int  # the longest match
    spaced: bool  # ``longest`` counts a ``\\s+`` as ``SPACE_REACH`` characters
    # (str.find per needle: an alternation of the needles as a regex costs more)
    needles: tuple[str, ...]

    def fits(self, long_space: bool) -> bool:
        """Whether ``longest`` holds in a text, given whether it has a white-space run
        longer than ``SPACE_REACH`` (:func:`long_space`)."""
        return not (self.spaced and long_space)


def window(body: str, flags: int, needles: Sequence[str]) -> Near | None:
    """The :class:`Near` of a regex ``body`` every match of which holds one of
    ``needles`` (matched as they are), or None when its matches are unbounded."""
    longest, spaced = reach(body, flags)
    if not longest:
        return None
    return Near(longest, spaced, tuple(needles))


def reach(body: str, flags: int) -> tuple[int, bool]:
    """(the longest match of ``body``, whether that counts a ``\\s+`` as ``SPACE_REACH``),
    or (0, False) when unbounded or not known.

    Why only patterns without lookarounds, anchors or back-references: then the
    regex, tried at a position, reads no character beyond the longest match (plus
    the one after it, for a word boundary), so a search cut after that gives the
    same match as one over the whole text."""
    spaced = r"\s+" in body
    if "\\\\" in body:  # an escaped backslash: the textual ``\s+`` test is not sure
        return 0, False
    try:
        parser = importlib.import_module("re._parser")
        tree = parser.parse(body.replace(r"\s+", rf"\s{{1,{SPACE_REACH}}}"), flags)
        longest = int(tree.getwidth()[1])
    except Exception:  # no window is always safe
        return 0, False
    if longest > _MAX_REACH or not _plain(tree):
        return 0, False
    return longest, spaced


def _plain(tree: Any) -> bool:
    """Whether the parsed pattern has no lookaround, anchor (but word boundaries)
    or back-reference, at any depth."""
    for op, arg in tree:
        name = str(op)
        if name in _READS_AROUND or (name == "AT" and str(arg) not in _BOUNDARIES):
            return False
        if not all(_plain(sub) for sub in _subtrees(arg)):
            return False
    return True


def _subtrees(arg: Any) -> list[Any]:
    """The parsed sub-patterns inside an opcode's argument."""
    if hasattr(arg, "getwidth"):
        return [arg]
    if isinstance(arg, tuple | list):
        return [t for a in arg for t in _subtrees(a)]
    return []


def long_space(text: str) -> bool:
    """Whether ``text`` has a white-space run longer than ``SPACE_REACH`` (asked once per
    text: :class:`~._domain_texts._Texts` keeps the answer)."""
    return _LONG_SPACE.search(text) is not None


class NearScan:
    """``regex.search(text, pos)`` for rising ``pos``, searching only around the needles'
    occurrences (:meth:`search`).

    Exact when every match of ``regex`` holds a needle and is at most ``longest``
    characters long, without lookarounds (see ``reach``): a match starting at or
    before the first occurrence ``a`` from ``pos`` on starts at ``a - longest`` or
    later and reads no character past ``a + longest``; when the window has none,
    the next match holds a later occurrence. Each needle's next occurrence is kept
    and only looked for again once ``pos`` has passed it, so a text is read once per
    needle however many searches it takes (a needle found nowhere was once looked
    for again from every occurrence of another: quadratic on a long line)."""

    __slots__ = ("longest", "needles", "next", "regex", "text")

    def __init__(self, regex: re.Pattern[str], text: str, near: Near) -> None:
        self.regex, self.text, self.longest = regex, text, near.longest
        self.needles = near.needles
        self.next = [-1] * len(near.needles)  # -1: not looked for yet

    def _first(self, pos: int) -> int:
        """The first occurrence of a needle at ``pos`` or after (``len(text)``: none)."""
        text, n = self.text, len(self.text)
        first = n
        for k, needle in enumerate(self.needles):
            at = self.next[k]
            if at < pos and at != n:
                found = text.find(needle, pos)
                at = self.next[k] = n if found < 0 else found
            first = min(first, at)
        return first

    def search(self, pos: int) -> re.Match[str] | None:
        n, longest = len(self.text), self.longest
        while True:
            a = self._first(pos)
            if a == n:
                return None
            m = self.regex.search(self.text, max(pos, a - longest), min(n, a + longest + 1))
            if m is not None and m.start() <= a:
                return m
            pos = a + 1


def search_near(regex: re.Pattern[str], text: str, pos: int, near: Near) -> re.Match[str] | None:
    """``regex.search(text, pos)``, searching only around the needles' occurrences (one
    search; :class:`NearScan` for many on one text)."""
    return NearScan(regex, text, near).search(pos)
