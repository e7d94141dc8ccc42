"""The country one enters or leaves is a place (ctdocs.extract._places, ``[place.before]``
in actor_shapes.toml: ``quitter le``, ``hors de``, ``entering``, ``leave``): there the
state is where from or where to and does nothing (guidelines §3), while a state that is
the subject of the same verbs, or stands after them past a comma, still acts.
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface

_PLACE = [
    # the class, in other publishers' shapes and words
    (
        "fr",
        "Il a été accusé d'avoir tenté de quitter le Canada pour rejoindre le groupe.\n",
        "Canada",
    ),
    (
        "fr",
        "Le déplacement d'une personne hors de Vanuatu aux fins de commettre un acte.\n",
        "Vanuatu",
    ),
    ("fr", "Les combattants cherchent à sortir du Mali par le nord.\n", "Mali"),
    (
        "en",
        "Requests on persons entering the Republic of Korea from designated areas.\n",
        "Republic of Korea",
    ),
    ("en", "He was stopped while attempting to leave Australia for Syria.\n", "Australia"),
    ("en", "Fighters smuggled out of Somalia were arrested at the port.\n", "Somalia"),
]

_ACTOR = [
    # negative rows of the same words: the state is the one that leaves, or acts later
    ("en", "Canada is leaving the coalition in 2027.\n", "Canada"),
    ("en", "After leaving the meeting, Canada notified the Committee.\n", "Canada"),
    ("fr", "La France va quitter le comité en 2027.\n", "France"),
    ("fr", "Avant de quitter, le Canada a notifié le Comité.\n", "Canada"),
    # English "leave" also lets a state decide or act: then the state is no country left
    ("en", "It is for Canada to leave Mali to decide on its own security.\n", "Mali"),
    ("en", "The ruling leaves Belgium no choice but to amend its law.\n", "Belgium"),
    ("en", "The judgment leaves Kenya free to extradite the suspect.\n", "Kenya"),
]

_OPENING = [
    # a departure opening the sentence ends at its comma: the state after it acts
    ("en", "Leaving the EU, the United Kingdom kept its sanctions regime.\n", "United Kingdom"),
    ("en", "Before leaving Brussels, Belgium handed over the Presidency.\n", "Belgium"),
    ("fr", "Hors de Genève, la Suisse a ouvert deux centres de crise.\n", "Suisse"),
    ("fr", "Hors de Paris, la France a déployé dix mille soldats.\n", "France"),
]

_ADDRESSED = [
    # negative rows of the same shape: a sentence's opening, then the country left; a town
    # and a comma after a word of place (no departure), then its state
    ("en", "After the meeting, he attempted to leave Canada.\n", "Canada"),
    ("fr", "Depuis Genève, il a tenté de quitter la Suisse.\n", "Suisse"),
    ("en", "The trainings took place in Kabul, Afghanistan.\n", "Afghanistan"),
    ("fr", "Les ateliers ont eu lieu en Casamance, Sénégal.\n", "Sénégal"),
]

_LEFT = [
    # negative rows of the same shape: the country left, a purpose or a word after it
    ("en", "He attempted to leave Canada to join the group in Syria.\n", "Canada"),
    ("en", "Fighters leaving Somalia with their families were stopped.\n", "Somalia"),
    ("fr", "Il a tenté de quitter le Canada seul pour rejoindre le groupe.\n", "Canada"),
    ("fr", "Elle cherchait à quitter le Mali libre de toute surveillance.\n", "Mali"),
]


@pytest.mark.parametrize(("lang", "text", "state"), _PLACE)
def test_the_country_one_enters_or_leaves_is_a_place(lang: str, text: str, state: str) -> None:
    assert state not in _actors_by_surface(text, lang)


@pytest.mark.parametrize(("lang", "text", "state"), _ACTOR)
def test_a_state_that_leaves_still_acts(lang: str, text: str, state: str) -> None:
    assert _actors_by_surface(text, lang)[state][1] == "state"


@pytest.mark.parametrize(("lang", "text", "state"), _LEFT)
def test_the_country_left_before_a_purpose_is_a_place(lang: str, text: str, state: str) -> None:
    assert state not in _actors_by_surface(text, lang)


@pytest.mark.parametrize(("lang", "text", "state"), _OPENING)
def test_a_state_after_a_departure_and_a_comma_acts(lang: str, text: str, state: str) -> None:
    assert _actors_by_surface(text, lang)[state][1] == "state"


@pytest.mark.parametrize(("lang", "text", "state"), _ADDRESSED)
def test_the_country_left_or_a_town_s_state_is_a_place(lang: str, text: str, state: str) -> None:
    assert state not in _actors_by_surface(text, lang)
