"""The state bodies and chambers found where the text's tokens hold their words
(``words`` given) are those a scan of the whole text finds (ctdocs.extract._state_bodies,
ctdocs.extract._state_chambers).

French and English texts written for the edge cases: a noun inside a longer word, a noun
in capitals, a word glued to the next at a capital (the scan is kept there), a chamber's
word after a letter. Expected mentions checked by hand against the guidelines (§3: a
state's own body named with its adjective is an organ of that state)."""

from __future__ import annotations

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._actor_tokens import release_folded, text_words
from ctdocs.extract._actors import get_matcher
from ctdocs.extract._state_bodies import _new_bodies
from ctdocs.extract._state_chambers import home_chambers
from ctdocs.extract._unlinked import slug
from ctdocs.extract._word_openings import TextWords


def _words(text: str) -> TextWords:
    get_matcher().find(text)
    try:
        return TextWords.of(fold(text), *text_words(text))
    finally:
        release_folded()


BODIES = [
    ("L'armée nigériane a repoussé l'attaque ; la sous-armée nigériane non.", "armee nigeriane"),
    ("The Nigerian Army repelled the attack; the ARMY NIGERIAN did not.", ""),
    ("Les Forces armées maliennes et l'ArméeNigériane.", "Forces armees maliennes"),
    ("The Malian Armed Forces and the NigerianArmy.", ""),
]


@pytest.mark.parametrize(("text", "first"), BODIES)
def test_new_bodies_from_the_tokens_are_the_scans(text: str, first: str) -> None:
    folded, entries = fold(text), get_matcher().entries
    scanned = _new_bodies(folded, [], entries, {}, slug)
    looked_up = _new_bodies(folded, [], entries, {}, slug, _words(text))
    assert looked_up == scanned
    assert (folded[scanned[0].start : scanned[0].end] if scanned else "") == first


CHAMBERS = [
    (
        "RÉPUBLIQUE DU NIGER\nLa loi a été adoptée par le Sénat le 3 mai 2026, pas par le"
        " XSénat. Le Niger coopère avec ses voisins.",
        ["Senat"],
    ),
    (
        "REPUBLIC OF TRINIDAD AND TOBAGO\nAn Act passed by the Senate on 3 May 2026, not"
        " the xSenate. Trinidad and Tobago shall cooperate with its neighbours.",
        ["Senate"],
    ),
]


@pytest.mark.parametrize(("text", "found"), CHAMBERS)
def test_chambers_from_the_tokens_are_the_scans(text: str, found: list[str]) -> None:
    folded, matcher = fold(text), get_matcher()
    named = matcher.find(text)
    release_folded()
    scanned = home_chambers(folded, [], matcher.entries, {}, named, slug)
    looked_up = home_chambers(folded, [], matcher.entries, {}, named, slug, _words(text))
    assert looked_up == scanned
    assert [folded[h.start : h.end] for h in scanned] == found


def test_a_glued_text_says_so() -> None:
    assert _words("the NigerianArmy").glued
    assert not _words("the Nigerian Army").glued
