"""The glued-word split of the actor tokens (:func:`._actor_tokens._cut_glued`): one pass
over the cuts gives the tokens the splice-per-cut reference gave. French and English rows
side by side, of the shapes a table export glues (names run together, several cuts in one
word, a cut at a word's first letter, cuts in consecutive words)."""

from __future__ import annotations

import random
from array import array

import pytest

from ctdocs._offsets import Positions
from ctdocs.extract._actor_tokens import _CAMEL, _cut_glued, _keyed


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
    starts, ends = _words(text)
    keys = [text[s:e].casefold() for s, e in zip(starts, ends, strict=True)]
    toks = _cut_glued(text, starts, ends, keys, {})[0]
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


def _keyed_reference(text: str) -> tuple[list[tuple[int, int]], list[str], frozenset[str], bool]:
    """The tokens, keys, distinct keys and glued flag the direct way: every token found by
    the token pattern, each glued word cut by the splice-per-cut oracle, each key folded
    from the text (the former glued path, which folded every token's key again)."""
    starts, ends = _words(text)
    cut = _reference(text, starts, ends)
    keys = [text[s:e].casefold() for s, e in cut]
    glued = _CAMEL.search(text) is not None and cut != list(zip(starts, ends, strict=True))
    return cut, keys, frozenset(keys), glued


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # glued names, a word cut twice, cut words whose whole key is gone from the text
        (
            "la Cour pénale internationaleInternational Criminal Court et la Cour",
            "the European UnionUnion européenne and the UnionUnion",
        ),
        ("MinistèreMinistryMinistère de la Défense", "HomeOfficeHomeOffice HomeOffice home"),
        # no glued word: the plain path
        ("", "A"),
        ("Le Conseil de sécurité", "One line only"),
        # non-ASCII and the case-folding edge cases: İ (U+0130) and ͅ (U+0345) fold to two
        # characters or another, ß to "ss"; a lower-case letter then İ is no [a-z][A-Z]
        ("Straße StraßeStrasse aİb", "x\u0345Y \u0345ABC İstanbulIstanbul"),
        # glued throughout (a piece for nearly every token, each closed in line), a cut
        # word first and last in the text, one glued word alone
        ("laFranceEtleMaliEtleNiger " * 3 + "ConseilDe", "theUnitedNationsAndTheUnion " * 3 + "xY"),
        ("ConseilDe", "camelCaseWordHere"),
    ],
)
def test_keyed_glued_keys_match_direct_way(fr: str, en: str) -> None:
    """The glued path keeps the uncut tokens' keys and folds only the pieces it cuts: the
    same tokens, keys and distinct keys as folding every token anew."""
    for text in (fr, en):
        toks, keys = _keyed(text)
        cut, ref_keys, distinct, glued = _keyed_reference(text)
        assert list(zip(toks.starts, toks.ends, strict=True)) == cut
        assert keys == ref_keys
        assert toks.distinct == distinct
        assert toks.glued == glued
        # equal keys are one string (what ``list.index`` walks rely on for speed)
        assert len({id(k) for k in keys}) == len(set(keys))


def test_keyed_glued_keys_on_random_texts() -> None:
    rng = random.Random(40)
    letters = "aAbBéÉ zZ-.\u0130\u0345ß'\n"
    for _ in range(400):
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 50)))
        toks, keys = _keyed(text)
        cut, ref_keys, distinct, glued = _keyed_reference(text)
        assert list(zip(toks.starts, toks.ends, strict=True)) == cut, text
        assert (keys, toks.distinct, toks.glued) == (ref_keys, distinct, glued), text
