"""Acronyms that a line in capitals makes of ordinary words.

Headings and titles are often set in capitals (``FACE A LA MENACE TERRORISTE ET
AU RISQUE POSE PAR ...``, ``QUI CONDUISENT AU TERRORISME``). There a function
word of the language reads like an acronym (``AU`` for the African Union): an
acronym whose lower-case form is a function word (the stop words and
continuation words of ``data/models/language.toml``, of the text's language), next to
words in capitals on a line that holds another such word (``ET``, ``DU``), is
that word. A list of acronyms (``ASEAN AU CATS``) holds no function word.
The same letters among words in lower case (``l'AU et l'UE``) stay an acronym. A
heading's number or letter before them (``A. AU SAHEL, LES ...``, ``I. — UN CADRE``)
is no word of the line.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_language
from ._actors import ActorHit

__all__ = ["drop_capital_words"]

_CAPS_WORD = re.compile(r"[^\W\d_a-z]{2,}")  # a word in capitals (no lower-case letter)
# a heading's number or letter and its dash ("A. AU SAHEL", "I. — UN CADRE"): not a word
_MARKER = re.compile(r"[A-Z]|[IVXLC]+|\d+|[-\u2013\u2014]+")


@cache
def _function_words(language: str) -> frozenset[str]:
    """The language's function words (every language's when it is not known): ``un`` is
    a word in French, ``UN`` the United Nations in an English heading."""
    lang = load_language()
    tables = [t.get(language, []) for t in (lang.stopwords, lang.continuation)]
    if not any(tables):
        tables = [w for t in (lang.stopwords, lang.continuation) for w in t.values()]
    return frozenset(w.casefold() for ws in tables for w in ws)


def _in_capitals_prose(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether the words next to [start, end) on its line (one at least) are in capitals,
    and the line holds another function word in capitals: prose set in capitals, not a
    list of acronyms (``ASEAN AU CATS``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():  # opening its line: the heading's line before
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    line_end = text.find("\n", end)
    before = [w.strip(",.;:'’") for w in text[line_start:start].split()]
    before = [w for w in before if not _MARKER.fullmatch(w)]
    after = [w.strip(",.;:'’") for w in text[end : len(text) if line_end < 0 else line_end].split()]
    near = before[-1:] + after[:1]
    if not near or not all(_CAPS_WORD.fullmatch(w) for w in near):
        return False
    return any(w.isupper() and w.casefold() in words for w in before + after)


def drop_capital_words(text: str, hits: list[ActorHit], language: str = "") -> list[ActorHit]:
    """The hits less the function words of a line in capitals read as acronyms."""
    words = _function_words(language)
    return [
        h
        for h in hits
        if not (
            text[h.start : h.end].casefold() in words
            and text[h.start : h.end].isupper()
            and _in_capitals_prose(text, h.start, h.end, words)
        )
    ]
