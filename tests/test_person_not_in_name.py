"""The head of a place's, a facility's or a text's name is no word of a person's name
(ctdocs.extract._unlinked_cues, ``not_in_name`` of ``[person]`` in actor_shapes.toml):
``Kingston Harbour``, ``Code ISPS``, ``Nelson Mandela Rules`` are no persons, while
persons whose names merely start like those words, and bodies whose names hold them,
are still found.
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface

_NO_PERSON = [
    # the class, in other publishers' shapes: a harbour, a terminal, a gate, a town, a code
    ("en", "Ships berth at Kingston Harbour and the Kingston Container Terminal.\n"),
    ("en", "Deliveries reach the Sydney Gateway Facility and Anne's Gate in George Town.\n"),
    ("en", "Each ship must comply with the Code ISPS and the Nelson Mandela Rules.\n"),
    ("fr", "Le code de sûreté des navires et des ports (Code ISPS) s'applique.\n"),
    ("fr", "Les navires appliquent le code international (Code ISPS) depuis 2004.\n"),
]

_PERSON = [
    # negative rows of the same shape: persons whose names start like those words
    ("en", "Mr Paul Harbourne and Ms Jane Porter met the committee.\n", "Paul Harbourne"),
    ("en", "The report was written by Samuel Townsend and Clara Gateley.\n", "Samuel Townsend"),
    ("fr", "M. Jean Portal et Mme Claire Codet ont signé le procès-verbal.\n", "Claire Codet"),
    ("fr", "Mme Anne Quaizel, directrice du port, a présenté le plan.\n", "Anne Quaizel"),
    # after a form of address the run is a person's, whatever its words
    ("en", "Statement by Ms Emma Rules, Minister of Justice.\n", "Emma Rules"),
    ("en", "Dr. Peter Harbour, Chief Medical Officer, signed the statement.\n", "Peter Harbour"),
    ("fr", "M. Jean-Pierre Port a présenté le plan de sûreté.\n", "Jean-Pierre Port"),
    ("fr", "Intervention de Mme Marie Code devant la commission.\n", "Marie Code"),
    # ... and so is a run an office follows after a comma, or a byline's credit opens
    ("en", "Statement by Anne Gate, Minister of Justice of Jamaica.\n", "Anne Gate"),
    ("fr", "Déclaration de Marie Code, ministre de la Justice.\n", "Marie Code"),
    ("en", "By Harriet Town and Dev Raghunathan\n\nThe threat remains high.\n", "Harriet Town"),
    ("fr", "Par Claire Port et Jean Dupont\n\nLa menace reste élevée.\n", "Claire Port"),
]

_TITLED_PLACES = [
    # negative rows of the same shape: a person after a title, places named after the words
    ("en", "Ms Jane Porter visited Kingston Harbour and George Town.\n", {"Jane Porter"}),
    ("fr", "M. Paul Durand a inspecté le Terminal Saint-Charles.\n", {"Paul Durand"}),
    ("en", "Kingston Harbour, the island's main port, handles the traffic.\n", set()),
    ("fr", "Par arrêté, le Port Louis Terminal est fermé.\n", set()),
    # a title that also qualifies or opens a name: "General Scheme", "Queen Anne's Gate"
    ("en", "The General Scheme comprises 41 Heads; the Scheme protects data.\n", set()),
    ("en", "Home Office, 50 Queen Anne's Gate, London SW1H 9AT.\n", set()),
]


@pytest.mark.parametrize(("lang", "text"), _NO_PERSON)
def test_a_place_or_a_text_is_no_person(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert not {s for s, (_, kind, _) in found.items() if kind == "person"}


@pytest.mark.parametrize(("lang", "text", "person"), _PERSON)
def test_persons_named_like_those_words_are_found(lang: str, text: str, person: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found.get(person, ("", "", True))[1] == "person"


@pytest.mark.parametrize(("lang", "text", "persons"), _TITLED_PLACES)
def test_places_beside_a_titled_person_are_no_persons(
    lang: str, text: str, persons: set[str]
) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


def test_a_body_holding_those_words_is_still_a_body() -> None:
    found = _actors_by_surface("The Port Authority of Jamaica inspects all vessels.\n", "en")
    assert found["Port Authority of Jamaica"][1] == "organ"
