"""The tokens the actor trie walks: words and signs of a folded text, with their offsets.

Split from :mod:`ctdocs.extract._actors` to keep both modules short.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from itertools import accumulate
from typing import overload

from .._knowledge import fold
from .._offsets import Positions

# A word, split where a lower-case letter runs into a capital: two names glued by
# a table export ("Canadian Food Inspection AgencyAgence canadienne ...") are two
# words, so each name can still be found.
_TOKEN = re.compile(r"\w+|[^\s\w]", re.UNICODE)  # (blanks asked first: the most common)
_SPLIT = re.compile(rf"({_TOKEN.pattern})")  # the tokens, kept between the gaps
_CAMEL = re.compile(r"[a-z](?=[A-Z])")
# the same places found from the capital (a capital after a lower-case letter): the regex
# engine skips ahead to capitals, where ``_CAMEL`` is tried at nearly every letter (a
# text with no glued word, the usual case, is read some two and a half times faster)
_GLUED = re.compile(r"[A-Z](?<=[a-z][A-Z])")


class _Tokens(Sequence[tuple[str, int, int]]):
    """The tokens of a text as ``(token, start, end)``, kept as two arrays of offsets.

    A list of tuples costs about 200 bytes a token (a hundred times a text of
    one-letter lines); a token's text is cut from the text when asked for.
    """

    __slots__ = ("distinct", "ends", "glued", "starts", "text", "written")

    def __init__(self, text: str, starts: array[int], ends: array[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends
        # the distinct keys, where :func:`_keyed` made them (None: not known)
        self.distinct: frozenset[str] | None = None
        # whether a word was cut where a lower-case letter meets a capital (:func:`_keyed`)
        self.glued = False
        # the distinct tokens as written, words uncut (None: not known; :func:`_keyed`)
        self.written: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> tuple[str, int, int]: ...
    @overload
    def __getitem__(self, k: slice) -> list[tuple[str, int, int]]: ...
    def __getitem__(self, k: int | slice) -> tuple[str, int, int] | list[tuple[str, int, int]]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        s, e = self.starts[k], self.ends[k]
        return self.text[s:e], s, e

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        text = self.text
        for s, e in zip(self.starts, self.ends, strict=True):
            yield text[s:e], s, e


def _tokens(text: str) -> _Tokens:
    return _keyed(text)[0]


def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens of one short folded name, as :func:`_tokens` cuts them.

    Speed: the matcher cuts every name of the knowledge base (some six thousand) in
    each new process, part of the cold start; for a name with no glued word (nearly
    all) ``findall`` gives the words of :func:`_keyed`'s split without building its
    offset arrays and keys, three to five times faster. A glued name takes the full path.
    """
    if _GLUED.search(name) is None:
        return tuple(_TOKEN.findall(name))
    return tuple(t for t, _, _ in _tokens(name))


_STRETCH = 1 << 16  # characters split at a time: the split's strings are freed per stretch


def _keyed(text: str) -> tuple[_Tokens, list[str]]:
    """The tokens of ``text`` and their keys (each token case-folded, one string per
    distinct key).

    Speed: the split gives the tokens and the gaps between them at C speed, and the
    running sum of their lengths gives every offset, with no Python step per token;
    only the distinct tokens are case-folded. Glued words (rare) take the slow path.
    Memory: the text is split a stretch at a time, cut at a blank (no token holds
    one), so the split's strings never outnumber one stretch's tokens.
    """
    starts, ends = array("q"), array("q")
    keys: list[str] = []
    shared: dict[str, str] = {}
    written: set[str] = set()
    glued = False
    a = 0
    while a < len(text):
        b = _stretch_end(text, a)
        glued = _split_stretch(text, a, b, starts, ends, keys, shared, written) or glued
        a = b
    if glued:
        # the uncut tokens keep their keys; only the pieces of a cut word are folded (speed:
        # a key folded for every token of the text made a glued text read some two and a
        # half times slower than another); a whole word's key may be gone, so the distinct
        # keys are the new list's
        toks, keys = _cut_glued(text, starts, ends, keys, shared)
        toks.distinct = frozenset(keys)
    else:
        toks = _Tokens(text, starts, ends)
        # every key is one of ``shared``'s: its keys are the distinct keys, kept for
        # :class:`._word_openings.TextWords` (a set of them, not of every token's)
        toks.distinct = frozenset(shared)
    toks.glued = glued
    toks.written = frozenset(written)
    return toks, keys


def _stretch_end(text: str, a: int) -> int:
    """The end of the stretch from ``a``: the first blank past ``a + _STRETCH``."""
    b = a + _STRETCH
    if b >= len(text):
        return len(text)
    m = _BLANK.search(text, b)
    return m.start() if m else len(text)


_BLANK = re.compile(r"\s")


def _split_stretch(
    text: str,
    a: int,
    b: int,
    starts: array[int],
    ends: array[int],
    keys: list[str],
    shared: dict[str, str],
    written: set[str],
) -> bool:
    """Append the tokens of ``text[a:b]`` and their keys, and add its distinct tokens (as
    written, a glued word uncut) to ``written``; True if a word in it is two words glued
    at a capital (a lower-case letter then a capital)."""
    parts = _SPLIT.split(text[a:b])  # gap, token, gap, ..., token, gap
    # (speed: an array made from a list is filled in one C loop, from an iterator one
    # append at a time: the offsets in a sixth less time, the list freed at once)
    at = array("q", list(accumulate(map(len, parts), initial=a)))
    n = len(parts) // 2
    starts.extend(at[1 : 2 * n : 2])
    ends.extend(at[2 : 2 * n + 1 : 2])
    del at
    words = parts[1::2]
    del parts
    distinct = set(words)
    written |= distinct
    key_of: dict[str, str] = {}
    capped: list[str] = []  # the words a capital changes in folding (a glued word is one)
    for w in distinct:
        c = w.casefold()
        key_of[w] = shared.setdefault(c, c)
        if c != w:
            capped.append(w)
    keys.extend(map(key_of.__getitem__, words))
    # a lower-case letter before a capital is inside a word (both are word characters):
    # one scan of the distinct words holding a capital (an ASCII capital always folds to
    # another letter), a blank between them, not a search per distinct word
    return _GLUED.search(" ".join(capped)) is not None


def _cut_glued(
    text: str, starts: array[int], ends: array[int], keys: list[str], shared: dict[str, str]
) -> tuple[_Tokens, list[str]]:
    """The tokens with each word glued to the next at a capital cut in two, and their keys:
    an uncut token's from ``keys`` (the uncut tokens'), a piece's folded from the text and
    made one string with an equal key of ``shared`` (the keys made so far, by key).

    One pass over the cuts in text order, copying the tokens and keys between them (speed:
    a cut spliced into a list of every token moved the rest of the list each time,
    quadratic in a long text with many glued words: a tenth of a second for one dev text;
    and a key folded again for every token made a glued text some two and a half times
    slower to read than another)."""
    new_starts: array[int] = array("q")
    new_ends: array[int] = array("q")
    new_keys: list[str] = []
    at = Positions(starts)
    done = 0  # the tokens before this index are copied (or cut and copied)
    last = 0  # where the piece being cut starts
    # (each piece closed in line, not by a call: a text glued throughout has a piece for
    # nearly every token, and a call each made it read a fifth slower than folding all)
    for m in _CAMEL.finditer(text):
        cut = m.end()
        k = at.last_through(cut)  # the token the cut may fall in
        if k < 0 or not starts[k] < cut < ends[k]:
            continue
        if k >= done:  # the first cut in token k: the tokens before it as they are
            if done:  # (the cut token before, closed)
                end = ends[done - 1]
                new_ends.append(end)
                c = text[last:end].casefold()
                new_keys.append(shared.setdefault(c, c))
            new_starts.extend(starts[done:k])
            new_ends.extend(ends[done:k])
            new_keys.extend(keys[done:k])
            last = starts[k]
            new_starts.append(last)
            done = k + 1
        new_ends.append(cut)
        c = text[last:cut].casefold()
        new_keys.append(shared.setdefault(c, c))
        new_starts.append(cut)
        last = cut
    if done:
        end = ends[done - 1]
        new_ends.append(end)
        c = text[last:end].casefold()
        new_keys.append(shared.setdefault(c, c))
    new_starts.extend(starts[done:])
    new_ends.extend(ends[done:])
    new_keys.extend(keys[done:])
    return _Tokens(text, new_starts, new_ends), new_keys


# The text :meth:`ActorMatcher.find` last read, and its fold. Speed: the finders run after
# it on the same text (:func:`drop_places`, then ``_unlinked.propose``) and folding a whole
# text costs as much as a regex scan of it. One entry, found by identity (the very same
# string object), per thread and context (a context variable, so two threads parsing
# never see each other's); ``propose``, the last to read it, lets it go, and the
# extraction lets it go on its way out whatever happens (:func:`release_folded`).
# Its tokens and their keys are kept with it: the shape finders look words up in them
# (:mod:`._word_openings`) instead of scanning the text again.
_last_folded: ContextVar[tuple[str, str, _Tokens, list[str]] | None] = ContextVar(
    "ctdocs_folded", default=None
)


def folded_text(text: str) -> str:
    """``fold(text)``: the copy :meth:`ActorMatcher.find` made, when it last read this very
    text."""
    kept = _last_folded.get()
    return kept[1] if kept is not None and kept[0] is text else fold(text)


def text_words(text: str) -> tuple[_Tokens, list[str]]:
    """The tokens of ``fold(text)`` and their keys (:func:`._actor_tokens._keyed`): those
    :meth:`ActorMatcher.find` cut, when it last read this very text."""
    kept = _last_folded.get()
    if kept is not None and kept[0] is text:
        return kept[2], kept[3]
    return _keyed(folded_text(text))


def release_folded() -> None:
    """Let go of the copy :func:`folded_text` keeps (the last reader of the text is done)."""
    _last_folded.set(None)
