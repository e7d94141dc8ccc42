"""Language detection: French or English, from stop-word frequencies.

Counting the stop words of each language in the body text (noise excluded) is
fast, needs no model, and is dependable on short texts; a French text that
quotes English stays French because its own function words still dominate.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ._knowledge import load_language

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _tables() -> dict[str, frozenset[str]]:
    stopwords = load_language().stopwords
    return {lang: frozenset(w.lower() for w in words) for lang, words in stopwords.items()}


def detect_language(text: str, default: str = "fr") -> str:
    """``"fr"`` or ``"en"`` (whichever language's stop words are more frequent)."""
    tables = _tables()
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text[:20000]):
        w = m.group().lower()
        for lang, words in tables.items():
            if w in words:
                counts[lang] += 1
    if not counts:
        return default
    best = max(sorted(counts), key=lambda lang: counts[lang])
    return best
