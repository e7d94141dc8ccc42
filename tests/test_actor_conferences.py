"""A regional organisation's summit body, ``Conférence des Chefs d'État et de
Gouvernement``, is one name whether its inner words are capitalised or not. Texts
written for these tests; expected values checked by hand against the annotation
guidelines (§3: a body's full name is one surface form)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    "name",
    [
        "Conférence des Chefs d'État et de Gouvernement",
        "Conférence des chefs d'État et de gouvernement",
        "Conférence des Chefs d'Etat et de Gouvernement",
    ],
)
def test_the_summit_body_is_one_name_in_either_case(name: str) -> None:
    text = f"Le sommet de la CEDEAO s'est tenu à Abuja. La {name} a adopté la déclaration."
    found = _actors_by_surface(text, "fr")
    assert found[name][0] == "ecowas-authority"
    assert "Conférence" not in found


def test_the_english_summit_body_is_one_name() -> None:
    text = (
        "The ECOWAS summit met in Abuja. The Authority of Heads of State and Government "
        "adopted the declaration."
    )
    found = _actors_by_surface(text, "en")
    assert found["Authority of Heads of State and Government"][0] == "ecowas-authority"
