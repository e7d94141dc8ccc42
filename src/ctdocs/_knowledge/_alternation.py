"""Word lists as regular expressions: one alternation of the cue words a data file lists
(:func:`alternation`), or of the patterns it lists (:func:`any_of`).

Every matcher that reads cue words from ``data/models/`` (labels, prefixes, date cues,
month names) turns its list into one alternation. The rules are the same for all of
them, so they live here once:

* longest first, so that a longer cue wins over its own start ("by the end of" before
  "by"); words of one length in alphabetical order, so that the pattern is the same in
  every process (a set's order changes with the hash seed; the matches would not, as
  two words of one length cannot both match at one place unless they are the same word
  up to case);
* each word escaped: a cue is literal text, never a pattern;
* with ``gap``, the blanks inside a phrase match that pattern (any spacing of a label
  wrapped over two lines, or an underscore in a front-matter key), else a phrase is
  taken to the letter;
* an empty list gives ``empty``: by default a pattern that matches nothing, since an
  empty alternation would match everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile
from string import ascii_lowercase

from .._offsets import Positions

__all__ = [
    "NEVER",
    "alternation",
    "any_of",
    "ascii_openings",
    "longest_first",
    "may_open",
    "may_open_pattern",
]

#: A pattern that matches nothing: what an empty word list stands for.
NEVER = r"(?!)"


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words``, longest first, words of one length in alphabetical order:
    the order of :func:`alternation`, for a matcher that must write each word's pattern
    itself (a suffix that depends on the word's own last character)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str], *, gap: str | None = None, empty: str = NEVER) -> str:
    """The cue ``words`` as one alternation (no enclosing group), longest first.

    ``gap``: the pattern the blanks inside a phrase match (None: the phrase is escaped
    whole, its blanks literal). ``empty``: what an empty list gives (a caller that
    tests for "no cue" passes ``""``).
    """
    ordered = longest_first(words)
    if gap is None:
        parts = [re.escape(w) for w in ordered]
    else:
        parts = [gap.join(re.escape(p) for p in w.split()) for w in ordered]
    return "|".join(parts) or empty


def any_of(patterns: Iterable[str], *, empty: str = NEVER) -> str:
    """A data file's regular expressions as one alternation (no enclosing group), each
    in a group of its own so that one pattern's ``|`` cannot reach into the next; in the
    file's order, since a pattern, unlike a cue word, may be written to win over a later
    one. ``empty``: what an empty list gives, as for :func:`alternation`."""
    return "|".join(f"(?:{p})" for p in patterns) or empty


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def ascii_openings(words: Iterable[str]) -> tuple[tuple[str, ...], int]:
    """The openings of ``words`` (lower-case), each up to its first character that is no
    ASCII letter (``op`` of ``opérationnelle``), sorted, and the longest one's length: what
    :func:`may_open` reads instead of a case-blind alternation of the words."""
    openings = {"".join(takewhile(ascii_lowercase.__contains__, w)) for w in words}
    return tuple(sorted(openings)), max(map(len, openings), default=0)


def may_open(head: str, openings: tuple[str, ...]) -> bool:
    """Whether a case-blind match of one of the words whose :func:`ascii_openings` are
    ``openings`` may start a text that starts with ``head`` (its first characters, as
    many as the longest opening): an ASCII character matches an ASCII letter in its own
    two cases only, so one of the openings must open the ASCII part of ``head`` (up to
    its first character that is no ASCII), or that part open one of them (a character
    that is no ASCII may match a letter case-blind: the Kelvin sign a ``k``). False:
    the alternation cannot match there, and need not be tried."""
    cut = _NON_ASCII_RE.search(head)
    if cut is None:
        return head.lower().startswith(openings)
    part = head[: cut.start()].lower()
    if part.startswith(openings):
        return True
    # the openings that ``part`` opens stand together in their sorted order, from where
    # ``part`` would be put: the first there tells (a test of each opening was most of
    # the division words' time on a French line, its accent in its first characters)
    k = Positions(openings).before(part)
    return k < len(openings) and openings[k].startswith(part)


_Trie = dict[str, "_Trie"]  # a letter to what follows it ("": an opening ends)


def may_open_pattern(openings: tuple[str, ...]) -> str:
    """:func:`may_open` as a pattern to match at a text's start (no flags needed): the
    openings as a trie of ASCII letters in their two cases, where a character that is no
    ASCII ends the walk with a yes (the ASCII part before it opens an opening, or is one's
    start) and an opening's end is a yes whatever follows. Why: a caller that already
    matches an alternation at the start of each line (the marker gate) adds this one to it,
    one match in C where the test in Python cost as much as the alternation itself."""
    if not openings:
        return NEVER
    root: _Trie = {}
    for word in openings:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        if "" in node:
            return ""  # an opening ends here: a yes, whatever follows
        alts = [f"[{ch}{ch.upper()}]" + emit(sub) for ch, sub in sorted(node.items())]
        return "(?:" + "|".join([*alts, "[^\\x00-\\x7f]"]) + ")"

    return emit(root)
