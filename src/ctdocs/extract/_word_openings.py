"""Where a pattern that opens on a word of a list may match: found from the tokens the
actor trie already cut the text into, not by a scan of the whole text.

Why: a shape pattern that opens on an alternation of many words (titles, French head
nouns) gives the regex engine no rare first letter to skip ahead to, and it tries the
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
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from itertools import compress, count

from ._actor_tokens import _CAMEL

__all__ = ["Openings"]

_RUN = re.compile(r"\w+")
_KEPT = 1 << 16  # keys remembered across texts before the memory is cleared


class Openings:
    """The places in a text where one of ``words`` (folded, as the pattern lists them, in
    every case it accepts) may open a match; :meth:`at` gives them for one text."""

    def __init__(self, words: Iterable[str]) -> None:
        back: dict[str, set[int]] = {}  # a first run, case-folded -> its lengths as written
        for w in words:
            run = _RUN.match(w)
            if run is None or _CAMEL.search(run.group()):
                raise ValueError(f"{w!r}: a listed word opens on letters, no capital inside")
            back.setdefault(run.group().casefold(), set()).add(len(run.group()))
        self.runs = frozenset(back)
        self._back = back
        self._seen: set[str] = set()  # keys already looked at, in any text
        self._inside: dict[str, tuple[int, ...]] = {}  # key -> where a run may open in it

    def at(self, starts: array[int], ends: array[int], keys: list[str]) -> list[int]:
        """The offsets, in text order, where a word may open: the start of a token whose key
        is a first run, and each offset inside a token whose key ends on one.

        Speed: the work per token is one set look-up at C speed; keys are examined in
        Python once each, and remembered across texts."""
        distinct = set(keys)
        self._learn(distinct - self._seen)
        inside = self._inside
        wanted = (distinct & self.runs) | (distinct & inside.keys())
        out: list[int] = []
        for k in compress(count(), map(wanted.__contains__, keys)):
            key, start = keys[k], starts[k]
            if key in self.runs:
                out.append(start)
            for back in inside.get(key, ()):
                if ends[k] - back > start:
                    out.append(ends[k] - back)
        return out

    def _learn(self, keys: set[str]) -> None:
        """Note, for each new key, the lengths of the first runs it ends with (longest
        first: the offsets then come in text order)."""
        if len(self._seen) + len(keys) > _KEPT:
            self._seen, self._inside = set(), {}
            keys = set(keys)
        lengths = sorted({len(r) for r in self.runs})
        for key in keys:
            found = {
                b
                for n in lengths
                if n < len(key) and key[-n:] in self.runs
                for b in self._back[key[-n:]]
            }
            if found:
                self._inside[key] = tuple(sorted(found, reverse=True))
        self._seen |= keys
