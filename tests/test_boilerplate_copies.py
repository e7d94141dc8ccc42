"""A letter's distribution list is the document's, not a table of contents.

A circular closes, after its signature, with the list of the offices it is sent to, each
with the number of copies it gets after dot leaders ("- Primature ........ 1"). The
leaders look like a contents list's, but the numbers count copies: under the list's
heading (``distribution_headings`` in layout.toml) the lines stay in the body, while a
contents list under its own heading is still noise.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


def markdown_units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=True))}


SIGNED_FR = (
    "Les gouverneurs veilleront à la stricte application de la présente circulaire, et "
    "toute difficulté me sera signalée sans délai.\n\n"
    "Le Ministre de la Sécurité\n\n"
)
SIGNED_EN = (
    "Governors shall see to the strict application of this circular, and report any "
    "difficulty to me without delay.\n\n"
    "The Minister of Security\n\n"
)

COPIES_ROWS = [
    (
        SIGNED_FR + "Ampliations :\n"
        "- Primature ........................................ 1\n"
        "- Ministère des Armées ............................. 1\n"
        "- Ministère de l'Administration territoriale ... 1\n"
        "- Chrono/Archives .................................. 2\n",
        ["- Primature ........................................ 1", "- Chrono/Archives"],
    ),
    (
        SIGNED_EN + "Distribution:\n"
        "- Prime Minister's Office ......................... 1\n"
        "- Ministry of Defence ............................. 1\n"
        "- Ministry of Home Affairs ... 1\n"
        "- Registry/Archives ............................... 2\n",
        ["- Prime Minister's Office ......................... 1", "- Registry/Archives"],
    ),
]


@pytest.mark.parametrize(("page", "kept"), COPIES_ROWS, ids=["fr", "en"])
def test_distribution_list_stays_in_the_body(page: str, kept: list[str]) -> None:
    got = units(page)
    for start in kept:
        line = next(t for t in got if t.startswith(start))
        assert got[line].noise is None, line


CONTENTS_ROWS = [
    "Sommaire\n- Introduction ........ 1\n- La menace ........ 2\n\n",
    "Contents\n- Introduction ........ 1\n- The threat ........ 2\n\n",
]


@pytest.mark.parametrize("head", CONTENTS_ROWS, ids=["fr", "en"])
def test_contents_list_with_copies_like_numbers_is_still_toc(head: str) -> None:
    got = units(head + SIGNED_FR)
    leaders = [u for t, u in got.items() if "...." in t]
    assert leaders and all(u.noise == "toc" for u in leaders)


PROSE_UNDER_CONTENTS = [
    ("## Contenu\n\nLa loi comprend 94 articles répartis en six titres.\n\n", "Contenu"),
    ("## Contents\n\nThe Act has 94 sections arranged in six titles.\n\n", "Contents"),
]


@pytest.mark.parametrize(("page", "head"), PROSE_UNDER_CONTENTS, ids=["fr", "en"])
def test_contents_word_over_prose_heads_a_section(page: str, head: str) -> None:
    """An encyclopaedia's ``## Contenu`` over a sentence names a section of the text, not a
    table of contents (guidelines §1 section: the nearest preceding unnumbered heading)."""
    assert markdown_units(page)[head].noise is None


ENTRIES_UNDER_CONTENTS = [
    ("## Sommaire\n\n1 Historique\n2 Contenu\n3 Critiques\n\n", "Sommaire"),
    ("## Contents\n\n1 History\n2 Content\n3 Criticism\n\n", "Contents"),
    # a PDF's bare sidebar word over prose: its list stands elsewhere (a dev text's gold)
    (
        "Sommaire\n\nDix ans après le 11 septembre, aucun attentat comparable n'a eu lieu.\n\n",
        "Sommaire",
    ),
    (
        "Contents\n\nTen years after 9/11, no attack of comparable scale has taken place.\n\n",
        "Contents",
    ),
]


@pytest.mark.parametrize(
    ("page", "head"), ENTRIES_UNDER_CONTENTS, ids=["fr", "en", "fr-sidebar", "en-sidebar"]
)
def test_contents_word_over_entries_is_still_toc(page: str, head: str) -> None:
    assert markdown_units(page)[head].noise == "toc"
