"""Knowledge-base mentions that are a word of something else, not an actor named.

Two shapes, both read from the characters around the mention, in any publisher's text:

* an acronym that the text also writes as an ordinary word (``the Principal Act``),
  written in a line set in capitals (``... (AMENDMENT) ACT, 2026``, ``AN ACT TO
  AMEND``, a heading ``ACT`` alone on its line): the capitals are the heading's, the
  word is the heading's word. It names the body only where the text also writes it
  in a line of ordinary case (``the ACT Commander``); an actor whose every mention is
  such a word is dropped. An acronym the text never writes as a word (``FATF`` alone
  on a cover line) stays.
* a state's short form (``U.S.``, ``UK``) glued to a capitalised name after it
  (``U.S. Code``, ``U.S. Secret Service``, ``U.S.C.``, ``UK Border Force``): it opens
  that name, one surface form (guidelines §3: a body's full name is one form; the
  inner body is listed only where it is named on its own). ``U.S. assistance``, in
  lower case, is the state's government acting and stays.

And a body that closes an official journal's title (``Journal officiel de l'Union
européenne``) is its publisher, as a state is there (:mod:`._places`).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ._actors import ActorHit, folded_text
from ._places import in_publication

__all__ = ["drop_name_parts"]

_LINE_LETTERS = re.compile(r"[^\W\d_]")


def _line(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : b if b >= 0 else len(text)]


# the word right before and right after the mention, on its line
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"[^\w\n]*([^\W\d_]+)")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the mention stands in capitals set words: a word in capitals right before
    or after it (``AMENDMENT ACT, 2026``, ``REPUBLIC ACT NO.``: a running head glued to
    a body line keeps its own capitals), or three letters in four of its line capitals
    (the line holds nothing but the mention, or ``ACT No. 14``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    for m in (before, after):
        if m is not None and len(m.group(1)) > 1 and m.group(1).isupper():
            return True
    letters: list[str] = _LINE_LETTERS.findall(_line(text, start, end))
    return 4 * sum(c.isupper() for c in letters) >= 3 * len(letters)


def _also_a_word(text: str, surface: str, e: ActorEntry, words: _TextWords) -> bool:
    """Whether ``surface`` is one of the actor's acronyms that the text also writes as
    a word, capitalised or in lower case (``Act``, ``act``)."""
    if surface not in e.acronyms or not surface.isalpha() or len(surface) < 2:
        return False
    return any(words.has(text, w) for w in (surface[0] + surface[1:].lower(), surface.lower()))


class _TextWords:
    """Whether a word stands alone in the text (a whole run of word characters), each
    word looked for once.

    Speed: a text asks this of a few acronyms' words; each is searched for where it is
    written (the regex engine skips ahead to its letters), not read off a set of all the
    text's words, whose making split every text into its words. ``tokens``: the distinct
    tokens of the text's fold as written (:mod:`._actor_tokens`, cut by the matcher), where
    known; a word of letters that stay letters folded, standing alone, is one of them,
    folded (folding makes no character a word character that was none), so a word that
    is not is not searched for: a search that finds nothing reads the whole text (each
    acronym's word, "Un" of "UN", mostly is not written), where one that finds stops
    early."""

    def __init__(self, tokens: frozenset[str] | None = None) -> None:
        self._seen: dict[str, bool] = {}
        self._tokens = tokens

    def has(self, text: str, word: str) -> bool:
        if word not in self._seen:
            folded = fold(word)
            if self._tokens is not None and folded.isalpha() and folded not in self._tokens:
                self._seen[word] = False
                return False
            w = re.escape(word)  # the look-behind after the word: nothing of \w before it
            self._seen[word] = re.search(rf"{w}(?<!\w{w})(?!\w)", text) is not None
        return self._seen[word]


@cache
def _openers() -> frozenset[str]:
    """Capitalised words that open a sentence or a title rather than continue a name
    (``The``, ``In``, ``Article``): after ``U.S.`` they do not make it part of a name."""
    return frozenset(fold(w) for w in load_actor_shapes().organ.not_names.all())


# a capitalised word right after the short form, or the "C." of "U.S.C."
_NAME_AFTER = re.compile(r"(?:[ \t]+([A-Z][\w'-]*)|C\.)")


def _opens_name(text: str, h: ActorHit, e: ActorEntry) -> bool:
    """Whether a state's short form (an acronym, or a form with full stops, of three
    letters at most) is glued to a capitalised word that continues a name."""
    surface = text[h.start : h.end]
    letters = surface.replace(".", "")
    if e.kind != "state" or not (letters.isupper() and len(letters) <= 3):
        return False
    m = _NAME_AFTER.match(text, h.end)
    return m is not None and (m.group(1) is None or fold(m.group(1)) not in _openers())


def drop_name_parts(
    text: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    tokens: frozenset[str] | None = None,
) -> list[ActorHit]:
    """``hits`` less the mentions that are words of a heading or open a longer name
    (``tokens``: the distinct tokens of the text's fold, where known: see _TextWords)."""
    heading_only: dict[str, bool] = {}
    also_a_word: dict[tuple[str, str], bool] = {}
    words = _TextWords(tokens)
    for h in hits:
        e = entries.get(h.actor_id)
        if e is None:
            continue
        surface = text[h.start : h.end]
        key = (h.actor_id, surface)
        if key not in also_a_word:
            also_a_word[key] = _also_a_word(text, surface, e, words)
        # the cheap, rarely true test first: _in_capitals reads the mention's whole line,
        # and a text read as one long line holds thousands of mentions
        word = also_a_word[key] and _in_capitals(text, h.start, h.end)
        heading_only[h.actor_id] = heading_only.get(h.actor_id, True) and word
    out: list[ActorHit] = []
    folded = folded_text(text)  # the fold the matcher made of this text, where it did
    for h in hits:
        e = entries.get(h.actor_id)
        if e is not None and (heading_only.get(h.actor_id) or _opens_name(text, h, e)):
            continue
        if e is not None and e.kind != "state" and in_publication(folded, h.start):
            continue  # "Journal officiel de l'Union européenne": the publisher
        out.append(h)
    return out
