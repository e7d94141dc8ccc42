"""Where a pattern that opens on a word of a list may match: found from the tokens the
actor trie already cut the text into, not by a scan of the whole text.

Why: a shape pattern that opens on an alternation of many words (French head nouns,
offices) gives the regex engine no rare first letter to skip ahead to, and it tries the
pattern at nearly every letter of the text. The trie's tokens (:func:`._actor_tokens._keyed`)
already list every word with its case-folded key, so the words of the list are found by
set look-ups on the text's distinct keys, and the pattern is tried at those places only
(:func:`._shape_regex.finditer_from`): the same matches as ``pattern.finditer(text)``.

Exact, not close: a match may open inside a longer word too ("xMr Smith"): the caller
rejects it (not a word start), but it still hides any match that starts within it. So the
places are every token whose key is a word's first run of letters, and every token whose
key ends with one (a word cannot open earlier in a token and end past it: it is followed
by a blank or a sign, and tokens are whole runs of letters, cut only where a lower-case
letter meets a capital, which no listed word holds).

Where short words end a great many tokens (the titles: "M." may open inside every word
ending on "m"), the pattern is tried inside one only where the word's opening (up to its
first blank) is written there, in its case: a look-up at C speed, not a regex match.
"""

from __future__ import annotations

import re
import threading
import weakref
from array import array
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from itertools import chain, compress, count

from ._actor_tokens import _CAMEL, _Tokens

__all__ = ["Openings", "TextWords", "caseless_ok"]

_RUN = re.compile(r"\w+")
# a capital right after a word character, and the character after it (none at the text's
# end): opening on the capital, the regex engine skips ahead to capitals; the character
# after is read ahead, not taken, so the next capital is tried too ("MM" in "COMMITTEE")
_INNER_CAPITAL = re.compile(r"([A-Z])(?<=\w[A-Z])(?=((?s:.)?))")


def _may(opening: str, inner: frozenset[str]) -> bool:
    """Whether ``opening`` (on a capital) may be written inside a token: its first two
    characters (its one, where it has one) open one of ``inner``, the capitals a text
    writes after a word character with the character after each (:meth:`TextWords.inside`)."""
    if len(opening) > 1:
        return opening[:2] in inner
    return any(p[:1] == opening for p in inner)


_KEPT = 1 << 16  # keys remembered across texts before the memory is cleared


@dataclass(frozen=True, slots=True)
class TextWords:
    """A folded text and its tokens (offsets, keys, the distinct keys): what
    :meth:`Openings.at` reads, made once per text for every list."""

    folded: str
    starts: array[int]
    ends: array[int]
    keys: list[str]
    distinct: frozenset[str]
    # key -> the indices of its tokens, filled by :meth:`indices` as the lists ask
    where: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    # a version of what a list has seen -> the keys of the text new to it, and the version
    # after them (:meth:`unseen`)
    learnt: dict[int, tuple[frozenset[str], int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # whether a word of the text was cut in two where a lower-case letter meets a capital:
    # a caseless pattern may then match across the cut ("ArMy"), at no token's start
    glued: bool = False
    # the distinct tokens as written, glued words uncut (:func:`._actor_tokens._keyed`)
    written_tokens: frozenset[str] | None = None
    # an opening's words -> whether the text may write one inside a token (:meth:`inside`)
    written: dict[tuple[str, ...], bool] = field(default_factory=dict, compare=False, repr=False)
    # the capitals the text writes right after a word character, once found (:meth:`inside`)
    capitals: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def of(cls, folded: str, toks: _Tokens, keys: list[str]) -> TextWords:
        distinct = toks.distinct if toks.distinct is not None else frozenset(keys)
        return cls(
            folded,
            toks.starts,
            toks.ends,
            keys,
            distinct,
            glued=toks.glued,
            written_tokens=toks.written,
        )

    def indices(self, wanted: Set[str]) -> list[int]:
        """The indices, in order, of the tokens whose key is in ``wanted`` (keys of the text).

        Speed: a dozen lists ask one text each for the tokens of a few keys, and a walk of
        the tokens per key (:func:`_token_indices`) cost each list a walk per key. The
        first to ask has the first runs of every list (:data:`_ALL`) found in the text
        at once, in one pass; the keys a word may open inside (fewer, and most never
        asked for: their openings are not written) are found as a list asks for them.
        Each key's indices are kept whole, once found: the same indices either way."""
        where, keys = self.where, self.keys
        missing = {k for k in wanted if k not in where}
        if missing:
            if not where:
                with _ALL_LOCK:
                    every = list(_ALL)
                for openings in every:  # other threads only add to their sets
                    missing |= openings.runs.intersection(self.distinct)
            found: dict[str, list[int]] = {}
            for k in _token_indices(keys, missing):
                found.setdefault(keys[k], []).append(k)
            for key, at in found.items():  # each list whole: another thread may read it
                where.setdefault(key, at)
        return sorted(chain.from_iterable(map(where.__getitem__, wanted)))

    def inside(self, openings: tuple[str, ...]) -> bool:
        """Whether the text may write one of ``openings`` inside a token: it writes it, and,
        where it opens on a capital (A to Z), writes that capital and the character after
        it right after a word character somewhere (a place inside a token has one before).

        Speed: every list asks whether the openings of the keys it may find inside tokens
        are written, a scan of the text each where they are not (most texts, most
        openings); the capitals a text writes inside its words, with the character after
        each, are found in one scan, and an opening whose first two characters are not
        among them is answered without a scan ("Mr" is inside no word of a text whose
        capitals inside words are those of headings in capitals). Asked once per text for
        the lists that share an opening."""
        found = self.written.get(openings)
        if found is None:
            if not self.capitals:
                pairs = {c + after for c, after in set(_INNER_CAPITAL.findall(self.folded))}
                self.capitals.append(frozenset(pairs))
            inner, folded = self.capitals[0], self.folded
            found = self.written[openings] = any(
                o in folded for o in openings if not ("A" <= o[:1] <= "Z") or _may(o, inner)
            )
        return found

    def unseen(self, version: int, seen: Set[str]) -> tuple[frozenset[str], int]:
        """The text's keys not in ``seen`` (what a list has seen, at ``version``), and the
        version of what it has seen once it learns them.

        Why versions: every list reads every text, so a dozen lists have seen the very same
        keys (the same texts since they were made: one version), and each took the same
        difference of the text's keys with its own memory (a look-up per key of the text,
        a dozen times). A version is what its lists have seen, the same in each (they all
        start empty, at version 0, and learn alike from the same text), so the difference
        is taken once per version and text."""
        memo = self.learnt.get(version)
        if memo is None:
            memo = self.learnt[version] = (self.distinct - seen, next(_VERSIONS))
        return memo


class Openings:
    """The places in a text where one of ``words`` (folded, as the pattern lists them, in
    every case it accepts) may open a match; :meth:`at` gives them for one text.
    ``caseless``: the pattern reads the words in any case (``(?i)``; words in ASCII, see
    :func:`caseless_ok`), so a word's opening is not looked for as written."""

    def __init__(self, words: Iterable[str], *, caseless: bool = False) -> None:
        self.caseless = caseless
        # a first run, case-folded -> its length as written -> the words' openings up to
        # their first blank (the pattern reads a blank as any run of blanks)
        heads: dict[str, dict[int, set[str]]] = {}
        firsts: set[str] = set()
        for w in words:
            firsts.add(w[:1])
            run = _RUN.match(w)
            if run is None or _CAMEL.search(run.group()):
                raise ValueError(f"{w!r}: a listed word opens on letters, no capital inside")
            by_length = heads.setdefault(run.group().casefold(), {})
            by_length.setdefault(len(run.group()), set()).add(w.split(" ")[0])
        self.runs = frozenset(heads)
        # the characters the words open with, as a class the regex engine skips ahead to:
        # where the pattern may match in a text with no tokens (a text recast in capitals)
        letters = "".join(map(re.escape, sorted(firsts)))
        self.first_letters = re.compile(f"[{letters}]" if letters else "(?!)")
        self._heads = {r: {n: tuple(sorted(h)) for n, h in v.items()} for r, v in heads.items()}
        self._opening = {r: tuple(sorted(set().union(*v.values()))) for r, v in heads.items()}
        self._seen: set[str] = set()  # keys already looked at, in any text
        self._version = 0  # what it has seen (:meth:`TextWords.unseen`): nothing yet
        self._lengths = sorted({len(r) for r in self.runs})
        # key -> where a run may open inside it: (back from the token's end, its openings)
        self._inside: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}
        # the same keys by each of their openings inside them (:meth:`_written`)
        self._by_openings: dict[tuple[str, ...], set[str]] = {}
        # the keys :meth:`at` looks for: the first runs and the keys of ``_inside``, in one
        # set (one intersection with a text's keys, not two)
        self._wanted: set[str] = set(self.runs)
        # one instance serves every thread: learning (which may clear the memory) and
        # taking the maps a text is read with happen together, so a clear in another
        # thread cannot take away keys this one has just learnt
        self._lock = threading.Lock()
        with _ALL_LOCK:
            _ALL.add(self)

    def at(self, words: TextWords) -> list[int]:
        """The offsets, in text order, where a word may open: the start of a token whose key
        is a first run, and each offset inside a token whose key ends on one, where a
        word's opening (up to its first blank) is written.

        Speed: the work per token is one set look-up at C speed; keys are examined in
        Python once each, and remembered across texts. A text holding only a few of the
        wanted keys (most texts, for most lists) has their tokens found by ``list.index``
        instead, an identity test per token at C speed (see :func:`_token_indices`)."""
        with self._lock:
            new, self._version = words.unseen(self._version, self._seen)
            self._learn(new)
            inside, wanted_now = self._inside, self._wanted
            groups = tuple(self._by_openings.items())
        runs, opening = self.runs, self._opening
        # other threads only add to these two (a clear puts new ones in their place)
        wanted = wanted_now.intersection(words.distinct)
        folded, starts, ends, keys = words.folded, words.starts, words.ends, words.keys
        if not self.caseless:
            wanted = self._written(wanted, groups, words)
        out: list[int] = []
        for k in words.indices(wanted):
            key, start = keys[k], starts[k]
            if key in runs and (self.caseless or folded.startswith(opening[key], start)):
                out.append(start)
            for back, openings in inside.get(key, ()):
                at = ends[k] - back
                if at > start and (self.caseless or folded.startswith(openings, at)):
                    out.append(at)
        return out

    def _written(
        self,
        wanted: set[str],
        groups: tuple[tuple[tuple[str, ...], set[str]], ...],
        words: TextWords,
    ) -> set[str]:
        """``wanted`` less the keys that are no first run and none of whose openings inside
        them the text writes anywhere: a token of such a key gives no place, since a place
        needs its opening written there.

        Speed: a short word ends a great many tokens ("S.E." may open inside every word
        ending on "s"), whose openings most texts never write; each opening is looked for
        once (a substring test at C speed) instead of at every such token. A first run's
        key is kept untested: its openings are many and mostly written, each test a scan
        of the text where one is not (:meth:`TextWords.inside`). ``groups``: the keys
        learnt, by each of their openings (:attr:`_by_openings`), so that each opening is
        asked about once per list and its keys kept by one intersection, not a look-up
        and a test per key of the text."""
        kept = wanted.intersection(self.runs)
        for openings, owners in groups:
            if not wanted.isdisjoint(owners) and words.inside(openings):
                kept |= wanted.intersection(owners)
        return kept

    def _learn(self, keys: Set[str]) -> None:
        """Note, for each new key, the first runs it ends with (the longest first: the
        offsets then come in text order)."""
        if len(self._seen) + len(keys) > _KEPT:
            self._seen, self._inside, self._wanted = set(), {}, set(self.runs)
            self._by_openings = {}
        lengths = self._lengths
        for key in keys:
            found = [
                (back, openings)
                for n in lengths
                if n < len(key) and key[-n:] in self.runs
                for back, openings in self._heads[key[-n:]].items()
            ]
            if found:
                self._inside[key] = tuple(sorted(found, reverse=True))
                self._wanted.add(key)
                for _, openings in found:
                    self._by_openings.setdefault(openings, set()).add(key)
        self._seen |= keys


#: every list, whose keys in a text :meth:`TextWords.indices` finds in one pass
_ALL: weakref.WeakSet[Openings] = weakref.WeakSet()
_ALL_LOCK = threading.Lock()
_VERSIONS = count(1)  # the versions of what the lists have seen (0: nothing)

#: up to this many distinct wanted keys, their tokens are found key by key (``list.index``
#: runs an identity test per token, where a set look-up per token costs several times more);
#: measured on the benchmark sample's keys, a walk costs some 11 ns a token and key over
#: 10 ns (23 ns for one key, 97 for eight), a set pass some 50 ns a token whatever the keys:
#: the walks win up to three keys (four cost as much as the pass, eight, the bound before,
#: twice as much)
_FEW_KEYS = 3


def _token_indices(keys: list[str], wanted: Set[str]) -> Iterable[int]:
    """The indices, in order, of the tokens whose key is in ``wanted``.

    Why two ways: ``map(wanted.__contains__, keys)`` hashes every token's key, some 50 ns
    each; ``keys.index(key, i)`` walks the list at a few nanoseconds a token, since equal
    keys are one string (:func:`._actor_tokens._keyed` shares them) and a different one is
    told by its length or first character. Walking once per wanted key wins while they
    are few."""
    if len(wanted) > _FEW_KEYS:
        return compress(count(), map(wanted.__contains__, keys))
    found: list[int] = []
    for key in wanted:
        i = -1
        try:
            while True:
                i = keys.index(key, i + 1)
                found.append(i)
        except ValueError:
            pass  # no more tokens with this key
    found.sort()
    return found


# the letters a caseless pattern matches to an ASCII letter whose case-folding is not that
# letter's: the capital I with a dot (U+0130 folds to "i" and a combining dot) and the
# dotless i (U+0131 stays); speed: looked for as substrings (a text with no letter past
# U+00FF answers at once, the others by a scan at C speed), not by a class searched for at
# every character
_ODD_I = ("\u0130", "\u0131")


def caseless_ok(words: Iterable[str], folded: str) -> bool:
    """Whether a caseless pattern of ``words`` may be tried at :meth:`Openings.at`'s places
    in ``folded``: the words are ASCII, and the text holds no letter that ``(?i)`` matches
    to an ASCII one while case-folding it to another (the key of its token would then not
    be the word's)."""
    return all(w.isascii() for w in words) and not any(i in folded for i in _ODD_I)
