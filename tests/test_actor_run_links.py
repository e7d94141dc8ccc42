"""A body's English name whose qualifiers are coordinated before a head that is itself a
head noun (``Revenue and Customs Service``: "Customs" heads names of its own) is one
name, read from the head that closes it. Texts written for these tests; expected values
checked by hand against the annotation guidelines (§3: a body's full name is one surface
form; bodies in no list are actors)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "en",
            "The Ghana Revenue and Customs Service seized the cargo.",
            "Ghana Revenue and Customs Service",
        ),
        (
            "fr",
            "La Direction générale des impôts et des douanes a saisi la cargaison.",
            "Direction générale des impôts et des douanes",
        ),
        (
            "en",
            "The Border Revenue and Customs Agency published its figures.",
            "Border Revenue and Customs Agency",
        ),
        # a head alone before the link: one name too, as "Customs and Excise Service" is
        (
            "en",
            "The Police and Customs Cooperation Centre opened in 2024.",
            "Police and Customs Cooperation Centre",
        ),
    ],
)
def test_coordinated_qualifiers_before_a_head(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert surface in found
    assert found[surface][1] == "organ"
