"""Language detection: French or English, from stop-word frequencies.

Counting the stop words of each language in the body text (noise excluded) is
fast, needs no model, and is dependable on short texts; a French text that
quotes English stays French because its own function words still dominate.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import filterfalse

from .._knowledge import load_language

__all__ = ["HEAD", "detect_language"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
HEAD = 20000  # the characters read: a caller may hand over no more than these


@cache
def _tables() -> dict[str, frozenset[str]]:
    stopwords = load_language().stopwords
    return {lang: frozenset(w.lower() for w in words) for lang, words in stopwords.items()}


def detect_language(text: str, default: str = "fr") -> str:
    """``"fr"`` or ``"en"`` (whichever language's stop words are more frequent)."""
    tables = _tables()
    # The head lower-cased at once where no character in it lower-cases to two (only
    # U+0130 does; every other keeps its class, so the words are the same words): one
    # call, not one per word. Sigma's final form may differ, in no stop word.
    head = text[:HEAD]
    seen = (
        Counter(map(str.lower, _WORD.findall(head))) if "\u0130" in head else _words(head.lower())
    )
    # each language's stop words looked up among the distinct words by one set intersection
    counts = {
        lang: sum(map(seen.__getitem__, words.intersection(seen))) for lang, words in tables.items()
    }
    counts = {lang: n for lang, n in counts.items() if n}
    if not counts:
        return default
    best = max(sorted(counts), key=lambda lang: counts[lang])
    return best


@cache
def _all_stops() -> frozenset[str]:
    return frozenset().union(*_tables().values())


@cache
def _letter_stops() -> frozenset[str]:
    """The stop words all of letters: the only ones a piece of the text can be whole."""
    return frozenset(filter(str.isalpha, _all_stops()))


def _words(low: str) -> Counter[str]:
    """The counts of the stop words among ``_WORD``'s words of ``low`` (the counts of its
    other words are not kept: no language's stop word is one of them). Why: the text is
    cut at its blanks (no blank is in a word) and only the pieces that are stop words of
    letters are counted, in C; the pieces that are no word by themselves ("l'état", "(a)",
    "Council's"), joined by blanks, are the only text the pattern reads (a fifth of the
    search's time), and its words are filtered the same way."""
    pieces = low.split()
    seen = Counter(filter(_letter_stops().__contains__, pieces))
    others = _WORD.findall(" ".join(filterfalse(str.isalpha, pieces)))
    seen.update(filter(_all_stops().__contains__, others))
    return seen
