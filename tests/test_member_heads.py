"""A noun too common alone to open a body's name (``Conférence``, ``Conference``) heads
one before the plural of its members (:func:`ctdocs.extract._shape_regex.member_heads`):
the summit of an organisation, a conference of states parties. A conference at a place
or on a subject is an event, no actor. Texts written for these tests in the styles of
communiqués and reports; expected values checked by hand against the annotation
guidelines (§3: a body's full name is one surface form, even with another body's
name inside).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "La stratégie a été adoptée par la Conférence des Chefs d'État et de "
            "Gouvernement de la CEEAC le 30 juillet 2022.\n",
            "Conférence des Chefs d'État et de Gouvernement de la CEEAC",
        ),
        (
            "fr",
            "LA CONFÉRENCE DES CHEFS D'ÉTAT ET DE GOUVERNEMENT a décidé ce qui suit.\n",
            "CONFÉRENCE DES CHEFS D'ÉTAT ET DE GOUVERNEMENT",
        ),
        (
            "en",
            "The Conference of the States Parties decided to review the list.\n",
            "Conference of the States Parties",
        ),
    ],
)
def test_a_conference_of_members_is_a_body(lang: str, text: str, want: str) -> None:
    assert want in _surfaces(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "not_want"),
    [
        # on a subject, at a place: an event
        (
            "fr",
            "La Conférence de l'OSCE sur la lutte contre le terrorisme s'est tenue à Vienne.\n",
            "Conférence de l'OSCE",
        ),
        (
            "fr",
            "Les ministres se sont vus à la conférence de Bruxelles.\n",
            "conférence de Bruxelles",
        ),
        ("en", "The Conference of Paris ended on a joint statement.\n", "Conference of Paris"),
        ("en", "Ministers met at the Munich Security Conference.\n", "Munich Security Conference"),
    ],
)
def test_a_conference_elsewhere_is_no_body(lang: str, text: str, not_want: str) -> None:
    assert not_want not in _surfaces(text, lang)
