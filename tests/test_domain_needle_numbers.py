"""The domain index numbers each needle once (``ctdocs.extract._domain_index.NeedleTable``)
and a document's pieces share their plans by the needles they hold
(``DocumentTagger._piece_plan``). French and English side by side; expected keys read
off the hand-made key sets below, expected tags off ``score_text`` of each piece alone.
"""

from __future__ import annotations

import pytest

from ctdocs._vocab import Language
from ctdocs.extract._domain_index import (
    CheckKeys,
    keys_of,
    needle_table,
    other_needles,
    patterns_of,
    present_keys,
    present_needles,
)
from ctdocs.extract._domains import DocumentTagger, score_text

# three triggers: 1 and 2 share "terror" (and 1 and 3 "secur"); 2 has a second set of
# its own ("financ", negative key -1), 3 holds an English and a French needle
KEYS: CheckKeys = {
    1: ((1, ("terror", "secur")),),
    2: ((2, ("terror",)), (-1, ("financ",))),
    3: ((3, ("secur", "surete")),),
}


def test_a_needle_shared_by_several_sets_is_numbered_once() -> None:
    table = needle_table(KEYS)
    numbers = {n: k for pairs in table.heads.values() for n, k in pairs}
    assert sorted(numbers) == ["financ", "secur", "surete", "terror"]
    assert table.keys[numbers["terror"]] == {1, 2}
    assert table.keys[numbers["secur"]] == {1, 3}
    assert table.keys[numbers["financ"]] == {-1}
    assert table.keys[numbers["surete"]] == {3}


@pytest.mark.parametrize(
    ("text", "cut", "want"),
    [
        # the whole text: every set with a needle in it
        ("le financement du terrorisme", None, {1, 2, -1}),
        ("the financing of terrorism", None, {1, 2, -1}),
        ("la surete maritime", None, {3}),
        ("maritime security", None, {1, 3}),
        # a piece ending inside "terrorisme" / "terrorism" after "terr": no "terror"
        ("le financement du terrorisme", 22, {-1}),
        ("the financing of terrorism", 21, {-1}),
    ],
)
def test_the_keys_of_a_pieces_needles_are_those_of_its_occurrences(
    text: str, cut: int | None, want: set[int]
) -> None:
    table = needle_table(KEYS)
    spans = [(0, len(text) if cut is None else cut)]
    found = present_needles(text, spans, table, {})
    assert keys_of(found, table) == want
    assert present_keys(text, spans, table, {}) == want


@pytest.mark.parametrize(
    ("text", "pats", "others_held"),
    [
        # "terror" holds the needles of patterns 1 and 2; pattern 2's other set is held
        ("le financement du terrorisme", {1, 2}, True),
        ("the financing of terrorism", {1, 2}, True),
        # without "financ", pattern 2's other set is missing
        ("la menace terroriste", {1, 2}, False),
        ("the terrorist threat", {1, 2}, False),
        ("la surete maritime", {3}, False),
        ("maritime security", {1, 3}, False),
    ],
)
def test_a_pieces_patterns_and_their_other_sets_by_needle_numbers(
    text: str, pats: set[int], others_held: bool
) -> None:
    table = needle_table(KEYS)
    found = frozenset(present_needles(text, [(0, len(text))], table, {}))
    assert patterns_of(found, table) == pats
    assert patterns_of(found, table) == {k for k in keys_of(found, table) if k > 0}
    others = other_needles(KEYS, table)
    assert sorted(others) == [2]  # only pattern 2 has another set
    assert (not found.isdisjoint(others[2][0])) is others_held
    assert (-1 in keys_of(found, table)) is others_held


# two clauses holding the same trigger words in other sentences: the second piece's
# plan comes from the first's (same needles); its tags must be its own
TWINS = {
    "fr": (
        "1. Le financement du terrorisme est interdit.\n"
        "2. Nul ne peut contribuer au financement du terrorisme ni le tolerer.\n"
    ),
    "en": (
        "1. The financing of terrorism is prohibited.\n"
        "2. No person shall contribute to the financing of terrorism or tolerate it.\n"
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pieces_sharing_needles_are_tagged_as_each_alone(language: Language) -> None:
    text = TWINS[language]
    first, second = text.splitlines()
    tagger = DocumentTagger(text)
    spans = [(0, len(first)), (len(first) + 1, len(first) + 1 + len(second))]
    for (s, e), piece in zip(spans, (first, second), strict=True):
        got = tagger.score_spans(language, [(s, e)])
        assert got == score_text(piece, language)
        assert "FINANCING" in got
