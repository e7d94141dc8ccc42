"""A chair as a body (organ.chairs in data/models/actor_shapes.toml) and a state's
initials opening a body's name (``U.S. Marshals Service``).

Guidelines §3: a body not in any list is an actor, and its full name is one surface. A
presidency named by its state or standing on its own (``Présidence de la République``,
``Italian Presidency``) is a body; the presidency of a known body or of a person is that
body's or that person's chair, an office (``Présidence de l'Assemblée nationale``,
``Presidency of T. Raja Kumar``), and offices are not actors. Texts written for these
tests; expected values checked by hand against the guidelines.
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fr",
            "Ampliations :\n- Présidence de la République .......... 1\n- Primature ..... 1",
            "Présidence de la République",
        ),
        (
            "en",
            "The ministers will report at their meeting under the Italian Presidency in Ischia.",
            "Italian Presidency",
        ),
        (
            "fr",
            "Il est créé auprès de la Présidence de la République un comité de suivi.",
            "Présidence de la République",
        ),
        (
            "en",
            "Conclusions on drones are planned under the Cyprus Presidency in June.",
            "Cyprus Presidency",
        ),
    ],
)
def test_a_presidency_of_a_state_is_a_body(lang: str, text: str, body: str) -> None:
    found = _actors_by_surface(text, lang)
    assert body in found
    assert found[body][1] == "organ"


@pytest.mark.parametrize(
    ("lang", "text", "chair"),
    [
        (
            "fr",
            "Enregistré à la Présidence de l'Assemblée nationale le 11 avril 2023.",
            "Présidence de l'Assemblée nationale",
        ),
        (
            "en",
            "Adopted at the Plenary under the Presidency of T. Raja Kumar in 2023.",
            "Presidency of T",
        ),
        (
            "fr",
            "Présidence de M. Florent Marchais, président de la commission.",
            "Présidence de M",
        ),
        (
            "en",
            "Adopted at the Plenary under the Presidency of Dr. Raja Kumar in 2023.",
            "Presidency of Dr",
        ),
    ],
)
def test_a_chair_of_a_body_or_a_person_is_no_body(lang: str, text: str, chair: str) -> None:
    found = _actors_by_surface(text, lang)
    assert not any(s.startswith(chair) for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "en",
            "Officers of the U.S. Marshals Service arrested him on Monday.",
            "U.S. Marshals Service",
        ),
        (
            "en",
            "The U.S. Department of Transportation issued the rule on drones.",
            "U.S. Department of Transportation",
        ),
        (
            "fr",
            "Le U.S. Department of Transportation a publié la règle sur les drones.",
            "U.S. Department of Transportation",
        ),
        (
            "fr",
            "Des agents du U.S. Marshals Service l'ont arrêté lundi.",
            "U.S. Marshals Service",
        ),
    ],
)
def test_a_states_initials_open_the_name(lang: str, text: str, body: str) -> None:
    assert body in _actors_by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "piece"),
    [
        ("en", "The authority is exercised by U.S. Customs\nat the border.", "U.S. Customs"),
        ("fr", "La saisie a été faite par U.S. Customs\nà la frontière.", "U.S. Customs"),
    ],
)
def test_initials_before_a_bare_head_make_no_name(lang: str, text: str, piece: str) -> None:
    assert piece not in _actors_by_surface(text, lang)
