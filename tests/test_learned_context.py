"""A learned body name is read where its neighbours let it name the body
(ctdocs.extract._learned._a_name_here, _spelt_otherwise): a name learned from the gold
is matched without the context that made it a body there, so an acronym that is a
product's code, an operation's name, a word of a heading in capitals or an acronym the
text spells out as something else names no body (guidelines §3: operations and
programmes are no actors; an actor is a named body that acts or is addressed). A state
the knowledge base holds keeps its id under its learned short form (one body, one actor).
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface

_US_DOT = "unlinked:united-states-department-of-transportation"
_HERA = "unlinked:health-emergency-preparedness-and-response-authority"
_CAAS = "unlinked:civil-aviation-authority-of-singapore"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "not_actor"),
    [
        # an acronym before a number: a product's grade, an act's year
        (
            "en",
            "Operators shall not store DOT 4 brake fluid next to the detonators.",
            "DOT",
            _US_DOT,
        ),
        (
            "fr",
            "Le liquide de frein DOT 4 ne doit pas être stocké près des détonateurs.",
            "DOT",
            _US_DOT,
        ),
        # an acronym an undertaking word names: an operation, a programme
        (
            "en",
            "Frontex coordinated Joint Operation HERA off the Canary Islands in 2006.",
            "HERA",
            _HERA,
        ),
        (
            "fr",
            "Frontex a coordonné l'opération HERA au large des îles Canaries en 2006.",
            "HERA",
            _HERA,
        ),
        # a word of a heading in capitals, written nowhere else
        (
            "fr",
            "TITRE II – DOT ET DOTATIONS\n\nLes dotations sont versées chaque année.",
            "DOT",
            _US_DOT,
        ),
        (
            "en",
            "CHAPTER 3 – DOT MATRIX PRINTERS\n\nOld printers are stored in the basement.",
            "DOT",
            _US_DOT,
        ),
        # an acronym the text spells out as something else, beside it
        (
            "en",
            "Prisons shall offer directly observed therapy (DOT) to every patient.",
            "DOT",
            _US_DOT,
        ),
        (
            "fr",
            "Les détenus reçoivent un traitement DOT (Directly Observed Treatment) en prison.",
            "DOT",
            _US_DOT,
        ),
        (
            "en",
            "Researchers at CAAS, the Chinese Academy of Agricultural Sciences, published it.",
            "CAAS",
            _CAAS,
        ),
        # a name of several words a capitalised word goes on with, or a title's words
        (
            "en",
            "The Base Year and the Reference Period\n\nThe figures use 2019.",
            "The Base",
            "unlinked:the-base",
        ),
        (
            "en",
            "Protecting The Base: Perimeters at Forward Sites\n\nThe commander decides.",
            "The Base",
            "unlinked:the-base",
        ),
        (
            "fr",
            "L'exposition Africa Corps Tobrouk 1942 ouvre au musée de la ville.",
            "Africa Corps",
            "unlinked:africa-corps",
        ),
    ],
)
def test_a_learned_name_in_another_sense_names_no_body(
    lang: str, text: str, surface: str, not_actor: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found.get(surface, ("",))[0] != not_actor


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        # the same shapes, naming the body
        (
            "en",
            "Drones must be registered with the Civil Aviation Authority of Singapore (CAAS).",
            "CAAS",
            _CAAS,
        ),
        (
            "fr",
            "L'Autorité de préparation et de réaction en cas d'urgence sanitaire (HERA) "
            "coordonne la réserve.",
            "HERA",
            _HERA,
        ),
        (
            "en",
            "The UPDF 2nd Division deployed to the border; the UPDF confirmed it.",
            "UPDF",
            "unlinked:uganda-people-s-defence-force",
        ),
        (
            "fr",
            "TITRE II – LE RÔLE DU FGTI\n\nLe FGTI indemnise les victimes.",
            "FGTI",
            "unlinked:guarantee-fund-for-victims-of-terrorism-and-other-offences",
        ),
        (
            "fr",
            "En cas de désaccord, le juge de l'indemnisation des victimes d'actes de "
            "terrorisme (JIVAT) est compétent.",
            "JIVAT",
            "unlinked:jivat",
        ),
        (
            "en",
            "Devices go to TEDAC (Terrorist Explosive Device Analytical Center) for study.",
            "TEDAC",
            "unlinked:terrorist-explosive-device-analytical-center",
        ),
        (
            "en",
            "Groups such as The Base and the Atomwaffen Division recruit online.",
            "The Base",
            "unlinked:the-base",
        ),
        (
            "fr",
            "Les mercenaires de l'Africa Corps ont remplacé le groupe Wagner au Mali.",
            "Africa Corps",
            "unlinked:africa-corps",
        ),
    ],
)
def test_a_learned_name_beside_the_same_shapes_is_the_body(
    lang: str, text: str, surface: str, actor: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == actor


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Viet Nam and the Lao People's Democratic Republic signed. Lao PDR will report."),
        ("fr", "Le Laos a signé le mémorandum ; la Lao PDR rendra compte en 2025."),
    ],
)
def test_a_known_state_under_its_short_form_is_one_actor(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found["Lao PDR"][0] == "laos"
