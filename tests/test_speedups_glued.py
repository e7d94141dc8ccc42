"""The glued-word split of the actor tokens (:func:`._actor_tokens._split_glued`): one pass
over the cuts gives the tokens the splice-per-cut reference gave. French and English rows
side by side, of the shapes a table export glues (names run together, several cuts in one
word, a cut at a word's first letter, cuts in consecutive words)."""

from __future__ import annotations

import random
from array import array

import pytest

from ctdocs._offsets import Positions
from ctdocs.extract._actor_tokens import _CAMEL, _keyed, _split_glued


def _reference(text: str, starts: array[int], ends: array[int]) -> list[tuple[int, int]]:
    """The splice-per-cut split, from the text's end (the former code, kept as the oracle)."""
    toks = list(zip(starts, ends, strict=True))
    for cut in reversed([m.end() for m in _CAMEL.finditer(text)]):
        k = Positions(starts).last_through(cut)
        start, end = toks[k]
        if start < cut < end:
            toks[k : k + 1] = [(start, cut), (cut, end)]
    return toks


def _words(text: str) -> tuple[array[int], array[int]]:
    """The uncut tokens' offsets (the split :func:`_keyed` makes before the glued pass)."""
    import re

    spans = [m.span() for m in re.finditer(r"\w+|[^\s\w]", text)]
    return array("q", (s for s, _ in spans)), array("q", (e for _, e in spans))


def _split(text: str) -> list[tuple[int, int]]:
    toks = _split_glued(text, *_words(text))
    return list(zip(toks.starts, toks.ends, strict=True))


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            "Agence canadienne d'inspection des alimentsCanadian Food Inspection Agency",
            "Canadian Food Inspection AgencyAgence canadienne d'inspection des aliments",
        ),
        ("le ministèreMinistère de l'IntérieurHome Office", "the MinistryMinistère RoyalMail"),
        ("aBcDeF ghIj", "xYz aB cD"),
        ("Sans mot collé ici.", "No glued word here."),
    ],
)
def test_split_matches_reference(fr: str, en: str) -> None:
    for text in (fr, en):
        assert _split(text) == _reference(text, *_words(text))


def test_split_cuts_glued_names() -> None:
    # checked by hand: "AgencyAgence" is cut before the second capital A (offset 31)
    text = "Canadian Food Inspection AgencyAgence canadienne"
    assert (25, 31) in _split(text) and (31, 37) in _split(text)
    # "DéfenseDefence": cut at the D after e (offset 7); "ÉtatÉtat": É is no [A-Z], no cut
    assert _split("DéfenseDefence") == [(0, 7), (7, 14)]
    assert _split("ÉtatÉtat") == [(0, 8)]


def test_split_matches_reference_on_random_texts() -> None:
    rng = random.Random(38)
    letters = "aAbBéÉ zZ-."
    for _ in range(300):
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 40)))
        assert _split(text) == _reference(text, *_words(text)), text


@pytest.mark.parametrize(
    "text",
    ["la Cour pénale internationaleInternational Criminal Court", "The UN Security CouncilConseil"],
)
def test_keys_of_glued_text(text: str) -> None:
    toks, keys = _keyed(text)
    assert toks.glued
    assert keys == [text[s:e].casefold() for s, e in zip(toks.starts, toks.ends, strict=True)]
