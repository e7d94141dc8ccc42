"""The byline finder's gate (:func:`ctdocs.extract._credits._credit_matches`) gives the
matches of the plain scan it replaces (``person_credit.finditer``, which the regex engine
tried at every character): the pattern is tried only at the start of a line whose blanks
run up to a credit word, and at a credit word after a separator and a blank. French and
English side by side; expected names checked by hand against the texts (a byline opening
its line, indented by a tab, after a separator; prose, a capital inside a word and a
facets row are no byline), and random texts built of the same pieces.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract import _credits
from ctdocs.extract._unlinked_cues import _cues


def _plain(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _cues().person_credit.finditer(text, lo, hi)]


def _gated(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    assert _cues().credit_words is not None  # the shipped credits: the gated path is taken
    return [m.span() for m in _credits._credit_matches(text, _cues(), lo, hi)]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "fr",
            "Drones au Sahel\n\t Par Aminata Koné-Delarue\n"
            "19 mars 2026 · Par Jean Dupuis\nPublié Par Paul Roux à Paris\nLe Parlement",
            ["Aminata Koné-Delarue", "Jean Dupuis"],
        ),
        (
            "en",
            "Counter-drone gaps\n\t By Harriet Colquhoun-Vale\n"
            "11 Jun 2026 | By Dev Raghunathan\nreviewed By Member States\nByzantine Rules",
            ["Harriet Colquhoun-Vale", "Dev Raghunathan"],
        ),
    ],
)
def test_the_gate_finds_each_byline_the_plain_scan_finds(
    lang: str, text: str, names: list[str]
) -> None:
    folded = fold(text)  # one character for one: the name's offsets are the text's
    want = [(text.index(n), text.index(n) + len(n)) for n in names]
    matches = list(_credits._credit_matches(folded, _cues(), 0, len(folded)))
    assert [m.span(1) for m in matches] == want, lang
    assert _gated(folded, 0, len(folded)) == _plain(folded, 0, len(folded))
    # the first byline's match opens its line (the tab and the blank are its opening)
    assert matches[0].start() == text.index("\t")


@pytest.mark.parametrize(
    ("lang", "line"),
    [("fr", "Rapport\n· Par Aminata Koné-Delarue"), ("en", "Report\n• By Harriet Colquhoun")],
)
def test_a_window_starting_inside_the_line_keeps_the_separator_opening(
    lang: str, line: str
) -> None:
    folded = fold(line)
    lo = folded.index("·" if lang == "fr" else "•") + 2  # the window opens on the credit word
    assert _gated(folded, lo, len(folded)) == _plain(folded, lo, len(folded)) != []
    assert _gated(folded, lo + 1, len(folded)) == _plain(folded, lo + 1, len(folded)) == []


_PIECES = {
    "fr": ["Par", "Par ", "Aminata Koné", " Delarue", "Paris", "Parlement", "par"],
    "en": ["By", "By ", "Harriet Colquhoun", " Vale", "Byzantine", "by", "Bypass"],
}
# whole bylines, so that most texts hold one
_PIECES["fr"] += ["\nPar Aminata Koné-Delarue", " · Par Jean Dupuis", "\n\tPar Paul Roux"]
_PIECES["en"] += ["\nBy Harriet Colquhoun-Vale", " | By Dev Raghunathan", "\n By Ann Lee"]
_MARKS = ["\n", " ", "\t", "  ", " · ", "·", " | ", "|", " \u2013 ", "\u2014 ", ", ", "12 "]


def _texts(lang: str, n: int) -> Iterator[str]:
    rng = random.Random(lang)
    for _ in range(n):
        yield fold("".join(rng.choices(_PIECES[lang] + _MARKS, k=rng.randrange(2, 30))))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_gate_equals_the_plain_scan_on_random_texts_and_windows(lang: str) -> None:
    rng = random.Random(lang + "window")
    found = 0
    for text in _texts(lang, 1500):
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        for a, b in ((0, len(text)), (lo, hi)):
            assert _gated(text, a, b) == _plain(text, a, b), (text, a, b)
        found += len(_plain(text, 0, len(text)))
    assert found > 1000  # the texts hold bylines: the comparison is not of empty lists


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_names_credited_are_those_of_the_plain_scan(lang: str) -> None:
    """Whole bylines through :func:`credited_names`: the gated cues and the same cues with
    no word to gate on (``credit_words`` None, the plain ``finditer``) credit the same
    names; the ungated cues are passed in, no switch in the module."""
    plain = replace(_cues(), credit_words=None)
    found = 0
    for text in _texts(lang, 600):
        got = _credits.credited_names(text, _cues())
        assert got == _credits.credited_names(text, plain), text
        found += len(got)
    assert found > 100  # the texts credit names: the comparison is not of empty lists
