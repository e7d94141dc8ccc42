"""A hit nested inside a longer strong hit of a domain its own yields to is dropped
(``_domain_yields.inside_others``), and only then: French and English side by side,
with the spans worked out by hand ("aeronef"/"aircraft" inside a drone phrase)."""

from __future__ import annotations

import pytest

from ctdocs._knowledge import active
from ctdocs.extract._domain_yields import inside_others

# (text, the aircraft word's span, the drone phrase's span): counted by hand
_ROWS = [
    ("l'aeronef circulant sans personne a bord", (2, 9), (2, 40)),
    ("the unmanned aircraft systems", (13, 21), (4, 29)),
]


@pytest.mark.parametrize(("text", "word", "phrase"), _ROWS)
def test_a_hit_inside_a_longer_hit_it_yields_to_is_dropped(
    text: str, word: tuple[int, int], phrase: tuple[int, int]
) -> None:
    assert text[word[0] : word[1]] in ("aeronef", "aircraft")
    none: list[tuple[int, int]] = []
    found = [("AVIATION", [word], [word]), ("C-UAS", [phrase], none)]
    assert inside_others(found, active()) == [("AVIATION", [], []), ("C-UAS", [phrase], [])]


@pytest.mark.parametrize(("text", "word", "phrase"), _ROWS)
def test_a_hit_of_a_domain_yielding_to_none_found_is_kept(
    text: str, word: tuple[int, int], phrase: tuple[int, int]
) -> None:
    # the longer hit belongs to a domain AVIATION does not yield to
    none: list[tuple[int, int]] = []
    found = [("AVIATION", [word], none), ("MARITIME", [phrase], none)]
    assert inside_others(found, active()) == found
    # and one of the same length is no longer hit: nothing to yield to
    found = [("AVIATION", [word], none), ("C-UAS", [word], none)]
    assert inside_others(found, active()) == found
