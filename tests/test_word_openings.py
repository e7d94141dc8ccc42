"""Patterns tried only where a listed word opens (ctdocs.extract._word_openings) give
the matches of a scan of the whole text."""

from __future__ import annotations

import re

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._actor_tokens import _keyed
from ctdocs.extract._shape_regex import finditer_from
from ctdocs.extract._unlinked_cues import _cues
from ctdocs.extract._word_openings import Openings, TextWords

from .conftest import SEEDS, TEXTS

# (pattern, its openings) of the shape cues tried where a listed word opens
_PAIRS = ["organ_fr", "person_title", "person_bracketed"]

# words glued before a title or a head: a match inside a word hides the one after it
_GLUED = [
    "xMr Dr Jean Dupont et AGeneral President Paul Martin, sousministere de la Defense.",
    "The breathe Honourable Anne Smith; la directionService de police de Laval.",
    "le deputeMembre for Truro (Alasdair Penhaligon) et M2Mme Claire Duval.",
    "the hon. Member for Truro and Falmouth (Alasdair Penhaligon) said",
    "SSAGE, S.E.M. Idriss Deby, l'honorable Jean Chretien, xl'honorable Paul Martin.",
]


def _texts() -> list[str]:
    return [fold(p.read_text(encoding="utf-8")) for p in [*SEEDS, *TEXTS]] + _GLUED


@pytest.mark.parametrize("name", _PAIRS)
def test_matches_at_the_openings_equal_the_scan(name: str) -> None:
    cues = _cues()
    pattern: re.Pattern[str] = getattr(cues, name)
    openings: Openings = getattr(cues, name + "_at")
    found = 0
    for folded in _texts():
        words = TextWords.of(folded, *_keyed(folded))
        want = [m.span() for m in pattern.finditer(folded)]
        got = finditer_from(pattern, folded, openings.at(words))
        assert [m.span() for m in got] == want
        found += len(want)
    assert found  # the texts hold matches of every pattern


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("XMr Dupont et M. Martin", [1]),  # "Mr" at the end of "XMr"
        ("The breathe Honourable Anne Smith", [8]),  # "the" at the end of "breathe"
    ],
)
def test_a_word_ending_a_longer_word_opens_inside_it(text: str, inside: list[int]) -> None:
    openings = Openings(["Mr", "M.", "the Honourable"])
    toks, keys = _keyed(text)
    at = openings.at(TextWords.of(text, toks, keys))
    assert [a for a in at if a not in toks.starts] == inside
    assert at == sorted(at)


@pytest.mark.parametrize("word", ["(hon.) Member", "McKinsey"])
def test_a_word_opening_on_a_sign_or_glued_at_a_capital_is_refused(word: str) -> None:
    with pytest.raises(ValueError, match="opens on letters"):
        Openings([word])
