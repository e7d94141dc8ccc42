"""States as places read from the words a few steps around them (ctdocs.extract.
_place_syntax): a link that says where as often as to whom, where people come from, the
states a border runs between, a destination after a word of travel, a name the state sits
in. Each row was decided by hand from the guidelines (§3), French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._place_syntax import glued, in_name, place_by_syntax

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "state", "is_actor"),
    [
        # au / aux / from: where, unless a word of giving, asking or speaking stands before
        (
            "fr",
            "Les groupes contrôlent des sites d'orpaillage au Burkina Faso, au Mali et au Niger.",
            "Mali",
            False,
        ),
        ("en", "The devices were shipped from Yemen on 29 October 2010.", "Yemen", False),
        (
            "fr",
            "Une demande d'entraide judiciaire a été adressée aux Etats-Unis le 8 août.",
            "Etats-Unis",
            True,
        ),
        ("en", "The workshop trained officials from Ghana and Jamaica.", "Ghana", True),
        # where people or goods come from, or leave
        (
            "fr",
            "Les armes en provenance de la Libye alimentent le terrorisme au Sahel.",
            "Libye",
            False,
        ),
        (
            "fr",
            "Le départ des forces françaises du Mali a changé la donne.",
            "Mali",
            False,
        ),
        ("fr", "Le retrait du Mali de l'organisation a été notifié.", "Mali", True),
        # the states a border runs between or along
        (
            "en",
            "Nigeria shares 4,047 km of land borders with Benin, Niger, Chad and Cameroon.",
            "Chad",
            False,
        ),
        (
            "fr",
            "Les patrouilles couvrent les régions frontalières du Burkina Faso et du Mali.",
            "Mali",
            False,
        ),
        (
            "en",
            "Participants stressed border security between Mali, Burkina Faso and Niger.",
            "Burkina Faso",
            False,
        ),
        # a destination a few words after a word of travel
        (
            "en",
            "The person later attempted to travel by land to the United States.",
            "United States",
            False,
        ),
        (
            "fr",
            "Trois passagers ont pris un vol à destination du Maroc.",
            "Maroc",
            False,
        ),
        # a name the state closes or opens: the body's or the thing's name
        (
            "fr",
            "Me Hortense, avocat au Barreau du Cameroun, a plaidé pour le requérant.",
            "Cameroun",
            False,
        ),
        (
            "en",
            "The Fiji Revenue and Customs Service reports cash movements to the FIU.",
            "Fiji",
            False,
        ),
        ("fr", "La finale de la Coupe de France se jouera au stade.", "France", False),
        # ... not a body through which the state acts or is represented
        (
            "en",
            "The Ministry of Foreign Affairs of Japan hosted the meeting in Tokyo.",
            "Japan",
            True,
        ),
        # a state glued to the word before it: one word, a place's or a name's
        (
            "fr",
            "Après les attentats de 2015 en Île-de-France, le niveau fut relevé.",
            "France",
            False,
        ),
        ("en", "Advice is available from the ProtectUK portal.", "UK", False),
        # a state in its full style or through its government is a party
        (
            "fr",
            "Il exprime sa sympathie au peuple et au Gouvernement du Royaume-Uni.",
            "Royaume-Uni",
            True,
        ),
    ],
)
def test_state_by_syntax(lang: str, text: str, state: str, is_actor: bool) -> None:
    actors = _actors_by_surface(text, lang)
    if is_actor:
        assert any(state in s for s in actors), actors
    else:  # a body's name the state opens or closes holds it ("Fiji Revenue and Customs
        # Service"), no mention of the state (§3)
        assert not any(state in s and k == "state" for s, (_, k, _) in actors.items()), actors


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        ("des saisies au Niger", "Niger", True),
        ("seized on trucks from Niger", "Niger", True),
        ("l'appui apporté au Niger", "Niger", False),
        ("a request from Niger", "Niger", False),
        ("des ressortissants revenant du Niger", "Niger", True),
    ],
)
def test_place_by_syntax_reads_the_link_and_the_words_before(
    text: str, state: str, expected: bool
) -> None:
    assert place_by_syntax(fold(text), text.index(state)) is expected


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        ("la Police nationale d'Haïti", "Haïti", True),
        ("the Reserve Bank of Fiji", "Fiji", True),
        ("la Cellule nationale de traitement des informations (CENTIF) du Niger", "Niger", True),
        ("the Financial Intelligence Unit (FIU) of Fiji", "Fiji", True),
        ("le Comité par la Mission permanente du Niger", "Niger", False),
        ("the Senate and House of Representatives of the United States", "United States", False),
        ("the security of Canada", "Canada", False),
        ("la sécurité du Canada", "Canada", False),
    ],
)
def test_in_name_wants_a_head_and_no_link_between(text: str, state: str, expected: bool) -> None:
    start = text.index(state)
    assert in_name(fold(text), start, start + len(state)) is expected


@pytest.mark.parametrize(
    ("text", "state", "floor", "expected"),
    [
        ("Abu Hafs al-Mali", "Mali", 0, True),
        ("the India-Australia group", "Australia", 9, False),  # "India" ends at the hyphen
        ("the India - Australia group", "Australia", 9, False),
    ],
)
def test_glued_is_one_word_not_two_sides(text: str, state: str, floor: int, expected: bool) -> None:
    assert glued(text, text.index(state), floor) is expected
