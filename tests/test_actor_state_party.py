"""``l'État partie`` / ``the State party``: a treaty body's name for the state whose
report it reviews or that a communication is against, a mention of that state; ``un
État partie``, ``each State party`` in a treaty is any party and no mention. Texts
written for these tests; expected values checked by hand against the annotation
guidelines (§3: a state that is addressed is an actor; capitalised short references are
mentions, resolved by the text)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "surface", "state"),
    [
        (
            "fr",
            "Le Comité a examiné le rapport de la France. Il recommande à l'État partie "
            "de rapatrier les enfants.",
            "État partie",
            "france",
        ),
        (
            "en",
            "The Committee considered the report of Tajikistan. It requests the State party "
            "to provide data on detention.",
            "State party",
            "tajikistan",
        ),
    ],
)
def test_the_state_party_is_the_state_reviewed(
    lang: str, text: str, surface: str, state: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == state


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("fr", "La France a signé. Tout État partie peut dénoncer la Convention.", "État partie"),
        ("en", "France signed. Each State party may denounce the Convention.", "State party"),
    ],
)
def test_any_state_party_of_a_treaty_is_no_mention(lang: str, text: str, surface: str) -> None:
    assert surface not in _actors_by_surface(text, lang)
