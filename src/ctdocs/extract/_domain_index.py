"""The domain tagger's needles: a trigger's source prepared, and where a text holds them.

A portable needle (ASCII, no white space) always lies inside one run of
non-space characters, so the needles of a piece of a document are those of its
words. They are looked up by word rather than by occurrence: a word such as
``control`` holds the needles of dozens of triggers. Words are looked up in a
cache kept across documents (a corpus reuses its vocabulary); the caller owns
the needle table and the cache, since both depend on the knowledge in use
(:mod:`._domains`)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import count
from typing import Any, Protocol

__all__ = [
    "LITERAL_HEAD",
    "MIN_INDEXED",
    "NO_KEYS",
    "SPACE_REACH",
    "CheckKeys",
    "Near",
    "NearScan",
    "RunKeys",
    "check_keys",
    "first_chars",
    "group_openings",
    "indexable",
    "joined_long_space",
    "keys_of",
    "literal_head",
    "long_space",
    "needle_table",
    "opening_guard",
    "other_needles",
    "patterns_of",
    "portable",
    "prepare",
    "present_keys",
    "present_needles",
    "reach",
    "search_near",
    "stretches",
    "window",
]

#: a run of non-space characters -> the numbers of the needles it holds (see NeedleTable)
RunKeys = dict[str, frozenset[int]]
NO_KEYS: frozenset[int] = frozenset()
RUN_CACHE_MAX = 200_000  # runs kept in a cache before it is cleared (answers never change)


@dataclass(frozen=True, slots=True)
class NeedleTable:
    """The indexed needles, each numbered once however many triggers share it.

    Why numbers of needles, not keys of needle sets: a word such as ``securite`` holds
    one needle but the keys of dozens of triggers, and the union of its words' keys was
    most of the cost of a piece's plan; a piece's needles are a few, and its keys are
    worked out from them only for a set of needles not seen before (``DocumentTagger``)."""

    #: first three letters -> (needle, its number) for every indexed needle
    heads: dict[str, tuple[tuple[str, int], ...]]
    #: a needle's number -> the keys (see :func:`check_keys`) of the sets holding it
    keys: tuple[frozenset[int], ...]
    #: a needle's number -> the ids of the patterns whose needles hold it (its positive
    #: keys; see :func:`patterns_of`)
    patterns: tuple[frozenset[int], ...] = ()


def _run_keys(run: str, table: NeedleTable) -> frozenset[int]:
    """The numbers of every indexed needle occurring in ``run``."""
    heads = table.heads
    keys = [
        key
        for i in range(len(run) - 2)
        for n, key in heads.get(run[i : i + 3], ())
        if run.startswith(n, i)
    ]
    return frozenset(keys) if keys else NO_KEYS


def keys_of(needles: Iterable[int], table: NeedleTable) -> set[int]:
    """The keys (see :func:`check_keys`) of the needle sets holding one of ``needles``."""
    return set().union(*map(table.keys.__getitem__, needles))


def patterns_of(needles: Iterable[int], table: NeedleTable) -> set[int]:
    """The ids of the patterns (the positive keys, see :func:`check_keys`) whose needles
    hold one of ``needles``.

    Why not :func:`keys_of`: a piece's plan walks its patterns, and the keys of every set
    held were some three times as many (the other sets of dozens of patterns share a
    word such as "securite"), the patterns then picked out of them by an intersection
    with every indexed pattern of the document, at each new piece; the other sets are
    checked by needle numbers (:func:`other_needles`) for the few patterns found."""
    return set().union(*map(table.patterns.__getitem__, needles))


def other_needles(keys: CheckKeys, table: NeedleTable) -> dict[int, tuple[frozenset[int], ...]]:
    """id(pattern) -> the needle numbers of each of its other needle sets (those under
    negative keys): a piece holds such a set iff it holds one of its needles."""
    number = {n: k for pairs in table.heads.values() for n, k in pairs}
    return {
        pid: tuple(frozenset(number[n] for n in needles) for _, needles in keyed[1:])
        for pid, keyed in keys.items()
        if len(keyed) > 1
    }


def present_keys(
    lower: str, spans: Sequence[tuple[int, int]], table: NeedleTable, cache: RunKeys
) -> set[int]:
    """The keys (see :func:`check_keys`) with a needle occurrence inside one of ``spans``
    of ``lower``."""
    return keys_of(present_needles(lower, spans, table, cache), table)


def present_needles(
    lower: str, spans: Sequence[tuple[int, int]], table: NeedleTable, cache: RunKeys
) -> set[int]:
    """The numbers (see :class:`NeedleTable`) of the needles occurring inside one of
    ``spans`` of ``lower``.

    Why by words: a needle has no white space, so an occurrence inside a span lies
    inside one of the span's words (``str.split``), a run of the text or, at the
    span's ends, the part of one inside the span; and every occurrence in a word
    is one inside the span. Words come from ``cache`` (kept across documents: a
    corpus reuses its vocabulary), so a piece costs a split and a few set
    operations in C, where an index of the document's runs by position cost a
    Python loop over every run with a needle. A span longer than some 64K
    characters is split by stretches cut at white space (issue 15: the list of
    the words of a long text costs memory in proportion to the input)."""
    found: set[int] = set()
    if len(spans) == 1 and spans[0][1] - spans[0][0] <= _STRETCH:
        # the usual piece (one clause): its words in one C call, no stretch loop
        s, e = spans[0]
        _add_keys(found, set(lower[s:e].split()), table, cache)
        return found
    words: set[str] = set()
    for pos, end in stretches(lower, spans):
        words.update(lower[pos:end].split())
        if len(words) > _WORDS_KEPT:  # needles, not words, are kept (issue 15)
            _add_keys(found, words, table, cache)
            words = set()
    _add_keys(found, words, table, cache)
    return found


def stretches(lower: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans`` cut at a white space some ``_STRETCH`` characters in, so that a long
    span's words are split a stretch at a time (never inside a word: a needle has no
    white space)."""
    for s, e in spans:
        pos = s
        while pos < e:
            end = e
            if e - pos > _STRETCH:
                cut = _SPACE.search(lower, pos + _STRETCH, e)
                end = e if cut is None else cut.end()
            yield pos, end
            pos = end


def _add_keys(found: set[int], words: set[str], table: NeedleTable, cache: RunKeys) -> None:
    """Add the needles of ``words`` to ``found``; the words not seen before are looked
    at once and cached."""
    new = words.difference(cache)
    if new:
        if len(cache) + len(new) > RUN_CACHE_MAX:
            cache.clear()
            new = words
        for w in new:
            cache[w] = _run_keys(w, table)
    found.update(*map(cache.__getitem__, words))


_STRETCH = 1 << 16
_WORDS_KEPT = 1 << 14  # distinct words of a piece held at once
_SPACE = re.compile(r"\s")


def prepare(pattern: str, lower: bool) -> str:
    """Each literal space outside a character class becomes ``\\s+``, and an optional
    one (`` ?``) ``\\s*``; letters that are not part of an escape are lower-cased when
    ``lower``.

    Why `` ?`` apart: it is the documented way to write "a space where a hyphen may
    stand" (``anti ?missiles?``, ``crypto ?monnaies``), and ``\\s+?`` would still ask
    for the space: the closed forms ("antimissiles", "cryptocurrency") went unmatched."""
    out: list[str] = []
    in_class = False
    escaped = False
    spaced = False  # the last character was a literal space, written as \s+
    for ch in pattern:
        if spaced:
            spaced = False
            if ch == "?":
                out[-1] = r"\s*"
                continue
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
            spaced = True
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
    """The :class:`NeedleTable` of every needle ``keys`` records."""
    number: dict[str, int] = {}
    holders: list[set[int]] = []
    for keyed in keys.values():
        for key, needles in keyed:
            for n in needles:
                if n not in number:
                    number[n] = len(holders)
                    holders.append(set())
                holders[number[n]].add(key)
    heads: dict[str, list[tuple[str, int]]] = {}
    for n, k in number.items():
        heads.setdefault(n[:3], []).append((n, k))
    return NeedleTable(
        {h: tuple(v) for h, v in heads.items()},
        tuple(map(frozenset, holders)),
        tuple(frozenset(k for k in h if k >= 0) for h in holders),
    )


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

    # the literal characters every match opens with (see :func:`literal_head`)
    head: int = 0

    def fits(self, long_space: bool) -> bool:
        """Whether ``longest`` holds in a text, given whether it has a white-space run
        longer than ``SPACE_REACH`` (:func:`long_space`)."""
        return not (self.spaced and long_space)

    def pays(self, long_space: bool) -> bool:
        """Whether to search near the needles in a text: where ``longest`` holds, and
        the regex opens on fewer than ``LITERAL_HEAD`` literal characters (on more, a
        search of the whole text is the faster: see :func:`literal_head`)."""
        return self.fits(long_space) and self.head < LITERAL_HEAD


def window(body: str, flags: int, needles: Sequence[str]) -> Near | None:
    """The :class:`Near` of a regex ``body`` every match of which holds one of
    ``needles`` (matched as they are), or None when its matches are unbounded."""
    longest, spaced = reach(body, flags)
    if not longest:
        return None
    return Near(longest, spaced, tuple(needles), literal_head(body, flags))


#: a regex opening on this many literal characters is searched over the whole text
LITERAL_HEAD = 3


def literal_head(body: str, flags: int) -> int:
    """How many literal characters every match of ``body`` opens with (0: none known).

    Why: the regex engine skips ahead to a literal opening at C speed, and a candidate
    that fails after it ("espace" not followed by "aerien") costs no Python step; a
    search near the needles costs a Python step per needle occurrence (the windowed
    "espace aerien" and "ports?" were the two dearest triggers of the domain stage).
    Both find the same matches: which to use is a matter of speed only."""
    try:
        parser = importlib.import_module("re._parser")
        tree = parser.parse(body, flags)
    except Exception:  # not known: no literal opening claimed
        return 0
    count = 0
    for op, _ in tree:
        if str(op) != "LITERAL":
            break
        count += 1
    return count


def first_chars(body: str, flags: int) -> str | None:
    """The characters every match of ``body`` may open with, sorted (None: not known).

    Why: a regex that opens on a look-behind or an alternation of anchors (``\\b``,
    a change of case) is tried in full at every position of the text it searches;
    behind a look-ahead for these characters (:func:`opening_guard`), a position
    that cannot open a match costs one class test. Known only for a case-sensitive
    pattern whose every branch opens on a literal or a class of literals and ranges."""
    if flags & re.IGNORECASE:
        return None
    try:
        parser = importlib.import_module("re._parser")
        found = _first(parser.parse(body, flags))
    except Exception:  # not known: no guard
        return None
    return "".join(sorted(found)) if found else None


_SMALL_RANGE = 64  # a wider range of characters is not spelt out (no guard)


def _first(seq: Any) -> set[str] | None:
    """The opening characters of a parsed sequence (see :func:`first_chars`)."""
    if not len(seq):
        return None
    op, av = seq[0]
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}
    if name == "IN":
        return _class_chars(av)
    return group_openings(name, av, _first)


def group_openings(name: str, av: Any, walk: Callable[[Any], set[str] | None]) -> set[str] | None:
    """The openings of a group, an alternation or a repeat of at least one in a parsed
    pattern, each part read by ``walk`` (its first characters, its opening words); None:
    not known. Shared by the needle guards here and the trigger heads (_domain_heads)."""
    if name == "SUBPATTERN":
        _, add, drop, sub = av
        return None if add or drop else walk(sub)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            found = walk(alt)
            if found is None:
                return None
            out |= found
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
        return walk(av[2])
    return None


def _class_chars(items: Any) -> set[str] | None:
    """The characters of a parsed class of literals and small ranges (None: other)."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _SMALL_RANGE:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return out


def opening_guard(body: str, flags: int = 0) -> str:
    """A look-ahead for :func:`first_chars` of ``body`` (empty when not known): put in
    front of a regex that opens with anchors or look-arounds and then ``body``, it
    finds the same matches (every match opens on one of these characters)."""
    chars = first_chars(body, flags)
    if chars is None:
        return ""
    return "(?=[" + "".join(map(re.escape, chars)) + "])"


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


def joined_long_space(joined: str, lengths: Sequence[int], whole: bool) -> bool:
    """``long_space(joined)`` for pieces of a text (of ``lengths`` characters) joined by
    line breaks, given ``whole``: ``long_space`` of the text they were cut from.

    Why: the domain tagger asks it of every clause. A run inside one piece is a run of
    the text; so when the text has no long run, only a run across a join can be one,
    and a run of ``SPACE_REACH + 1`` characters holding a join lies within that many
    characters of it on either side: a few windows are searched, not the clause."""
    if whole:
        return long_space(joined)
    at = -1
    for n in lengths[:-1]:
        at += n + 1  # the line break after this piece
        if _LONG_SPACE.search(joined, max(0, at - SPACE_REACH), at + SPACE_REACH + 1):
            return True
    return False


class NearScan:
    """``regex.search(text, pos)`` for rising ``pos``, searching only around the needles'
    occurrences (:meth:`search`).

    Exact when every match of ``regex`` holds a needle and is at most ``longest``
    characters long, without lookarounds (see ``reach``): a match starting at or
    before the first occurrence ``a`` from ``pos`` on starts at ``a - longest`` or
    later and reads no character past ``a + longest``; when the window has none,
    the next match holds a later occurrence. Every needle's occurrences are found
    once, at the first search (one ``str.find`` per occurrence, as before), and kept in
    order: a search then steps on to the first at ``pos`` or after. (A needle found
    nowhere was once looked for again from every occurrence of another: quadratic on
    a long line; then each needle's next occurrence was kept, and every step compared
    all of them in Python, some 8 % of the domain stage.)"""

    __slots__ = ("at", "longest", "needles", "places", "regex", "text")

    def __init__(self, regex: re.Pattern[str], text: str, near: Near) -> None:
        self.regex, self.text, self.longest = regex, text, near.longest
        self.needles = near.needles
        self.places: list[int] | None = None  # every occurrence, in order (first search)
        self.at = 0  # where in ``places`` the last search stood

    def _first(self, pos: int) -> int:
        """The first occurrence of a needle at ``pos`` or after (``len(text)``: none);
        ``pos`` rises from one call to the next."""
        places = self.places
        if places is None:
            places = self.places = _occurrences(self.text, self.needles)
        k, end = self.at, len(places)
        while k < end and places[k] < pos:
            k += 1
        self.at = k
        return places[k] if k < end else len(self.text)

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


def _occurrences(text: str, needles: Sequence[str]) -> list[int]:
    """Where each of ``needles`` occurs in ``text`` (overlapping ones too), in order."""
    out: list[int] = []
    find = text.find
    for needle in needles:
        s = find(needle)
        while s >= 0:
            out.append(s)
            s = find(needle, s + 1)
    if len(needles) > 1:
        out.sort()
    return out


def search_near(regex: re.Pattern[str], text: str, pos: int, near: Near) -> re.Match[str] | None:
    """``regex.search(text, pos)``, searching only around the needles' occurrences (one
    search; :class:`NearScan` for many on one text)."""
    return NearScan(regex, text, near).search(pos)
