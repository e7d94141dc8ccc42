"""The structure stage's short cuts give the answers of the plain tests they replace: word
counts bounded by the limit they are compared with, and a line's end read off its last
characters instead of searched for along it."""

from __future__ import annotations

import random

import pytest

from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import Line
from ctdocs.structure._blocks import (
    _LEAD_IN_END_RE,
    HEADING_MAX_WORDS,
    TERMINAL_END,
    heading_like,
    more_words,
    words,
)

from .conftest import SEEDS, TEXTS


def _lines(alphabet: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = [
        ln
        for p in [*SEEDS, *TEXTS]
        if p.suffix in (".txt", ".md")
        for ln in p.read_text(encoding="utf-8").splitlines()
    ]
    return lines + ["".join(rng.choices(alphabet, k=rng.randrange(0, 40))) for _ in range(20000)]


def _heading_like_plain(u: Unit, text: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """heading_like as it was written: the ends searched for, the words all counted."""
    if u.line.heading_level is not None:
        return True
    if u.line.field:
        return False
    t = u.text.strip()
    if not t or (TERMINAL_END.search(t) and not t.endswith("…")) or _LEAD_IN_END_RE.search(t):
        return False
    if u.line.all_bold(text):
        return words(t) <= max(25, max_words)
    first = next((ch for ch in t if ch.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    return words(t) <= max_words and len(t) >= 2


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Dispositions générales", "General provisions", True),
        ("Le Conseil décide ce qui suit :", "The Council decides as follows:", False),
        ("En application du présent règlement —", "In these regulations -", False),
        ("Recommandations …", "Recommendations …", True),
        ("les mesures prises", "the measures taken", False),
    ],
)
def test_heading_like_reads_the_ends_and_counts_as_the_plain_test(
    fr: str, en: str, want: bool
) -> None:
    alphabet = ["A", "b", " ", "\u00a0", ".", "…", ",", ":", "-", "\u2014", "\u2013", "\n", "é"]
    for text in (fr, en):
        u = Unit(0, len(text), text, Line(0, len(text)))
        assert heading_like(u, text) is want, text
    for text in [fr, en, *_lines(alphabet, 1)]:
        u = Unit(0, len(text), text, Line(0, len(text)))
        for limit in (0, 3, HEADING_MAX_WORDS):
            assert heading_like(u, text, limit) is _heading_like_plain(u, text, limit), repr(text)


@pytest.mark.parametrize(
    ("fr", "en", "nfr", "nen"),
    [
        ("Le Conseil de sécurité décide", "The Security Council decides", 5, 4),
        ("  un\u00a0deux\ttrois  ", "  one\u00a0two\tthree  ", 3, 3),
        ("", "   ", 0, 0),
    ],
)
def test_more_words_is_the_comparison_of_the_whole_count(
    fr: str, en: str, nfr: int, nen: int
) -> None:
    alphabet = ["a", " ", "\u00a0", "\t", "\n", "\u2028", "bc", "  "]
    for text in [fr, en, *_lines(alphabet, 2)]:
        for n in (-1, 0, 1, 2, 3, 14, 60):
            assert more_words(text, n) is (len(text.split()) > n), (repr(text), n)
    for text, n in ((fr, nfr), (en, nen)):
        assert more_words(text, n - 1) and not more_words(text, n), text


def test_the_terminal_characters_are_those_of_the_pattern() -> None:
    for cp in range(0x3000):
        ch = chr(cp)
        assert bool(TERMINAL_END.search("a" + ch)) is (ch in ".;:,!?…"), hex(cp)
