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
        # a state opening the qualifiers is part of the name, a known body before it no bar
        (
            "en",
            "Courses run with support from the WCO and the Fiji Revenue and Customs Service.",
            "Fiji Revenue and Customs Service",
        ),
        (
            "fr",
            "Les cours sont soutenus par l'OMD et la Direction générale des impôts et des douanes.",
            "Direction générale des impôts et des douanes",
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


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        # a known name before the link is a body of its own, never a qualifier
        (
            "en",
            "Cooperation between INTERPOL and Customs Service units improved.",
            "INTERPOL",
            "Customs Service",
        ),
        (
            "fr",
            "La coopération entre INTERPOL et le Service des douanes s'est améliorée.",
            "INTERPOL",
            "Service des douanes",
        ),
        (
            "en",
            "Representatives of Europol and Customs Service officials met.",
            "Europol",
            "Customs Service",
        ),
        # a full name before the link (a head with its complement) is a second body
        (
            "en",
            "The meeting brought together the Ministry of Justice and Customs Service officers.",
            "Ministry of Justice",
            "Customs Service",
        ),
        (
            "fr",
            "Le ministère de la Justice et le Service des douanes ont signé.",
            "ministère de la Justice",
            "Service des douanes",
        ),
        (
            "en",
            "The Department of Defence and Army Staff agreed.",
            "Department of Defence",
            "Army Staff",
        ),
    ],
)
def test_a_name_before_the_link_stays_its_own(
    lang: str, text: str, first: str, second: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert first in found
    assert second in found
    assert not any(first in s and second in s for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # an office before the link is no qualifier of the body after it
        (
            "en",
            "The Attorney General and Customs Service signed the memorandum.",
            "Customs Service",
        ),
        ("fr", "Le procureur général et le Service des douanes ont signé.", "Service des douanes"),
    ],
)
def test_an_office_before_the_link_is_no_qualifier(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert surface in found
    assert not any(s != surface and surface in s for s in found)
