"""A French body's name read in English (guidelines §3: a body no list knows takes its
usual English name, so the French and English texts name one actor): an interim body
("de transition"), a presidential one, the chiefs of a staff written with a hyphen, the
continent's regions a regional body is named after, personal data. Names written for
these tests; the expected English checked by hand against the usual English forms.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._unlinked_english import english_name

from .test_actor_english_names import _canonical


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # "de transition" names an interim body: an adjective before the head
        ("Sénat de transition", "Transitional Senate"),
        ("Conseil présidentiel de transition", "Transitional Presidential Council"),
        # a listed phrase holding a hyphenated word ("chefs d'état-major")
        ("Comité des Chefs d'Etat-major", "Committee of Chiefs of Staff"),
        (
            "Conférence des chefs d'état et de gouvernement",
            "Conference of Heads of State and Government",
        ),
        # a region of the continent, as one name
        ("Commission bancaire de l'Afrique centrale", "Banking Commission of Central Africa"),
        ("Bureau régional pour l'Afrique de l'Ouest", "Regional Bureau for West Africa"),
        (
            "Commission de protection des données personnelles",
            "Commission for Protection of Personal Data",
        ),
        # general administrative vocabulary
        ("Direction générale de la statistique", "General Directorate of Statistics"),
        ("Direction des marchés publics", "Directorate of Public Procurement"),
    ],
)
def test_the_name_reads_in_english(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "fr",
            "Le Sénat de transition a adopté la loi le 4 avril 2024.",
            "Sénat de transition",
        ),
        (
            "en",
            "The Transitional Senate adopted the law on 4 April 2024.",
            "Transitional Senate",
        ),
    ],
)
def test_the_french_and_english_texts_name_the_senate_alike(
    lang: str, text: str, surface: str
) -> None:
    assert _canonical(text, lang).get(surface) == "Transitional Senate"
