"""A person named in full once and then by surname, in another case or shape.

Texts written for these tests in the styles of deliberations, delegations' reports and
judgments in both languages; expected values checked by hand against the annotation
guidelines (§3: named persons are actors, a surname alone after a full mention is that
person; forms of address are no part of the name once the person is named in full).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> dict[str, str]:
    """surface -> name, for the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Composition : M. Tomasz BIELECKI (membre, Pologne)\n\n"
            "La délégation, composée de M. Bielecki, s'est rendue à Chișinău.",
            {"Tomasz BIELECKI": "Tomasz Bielecki", "Bielecki": "Tomasz Bielecki"},
        ),
        (
            "en",
            "Panel: Mr Tomasz BIELECKI (member, Poland)\n\n"
            "The delegation, composed of Mr Bielecki, visited Chișinău.",
            {"Tomasz BIELECKI": "Tomasz Bielecki", "Bielecki": "Tomasz Bielecki"},
        ),
        (
            "fr",
            "M. Florent DELAHAYE-MORIN, président\n\n"
            "Délibéré après l'audience à laquelle siégeaient : M. Delahaye-Morin, président.",
            {
                "Florent DELAHAYE-MORIN": "Florent Delahaye-Morin",
                "Delahaye-Morin": "Florent Delahaye-Morin",
            },
        ),
    ],
)
def test_a_surname_in_capitals_then_in_ordinary_case_is_one_person(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Acting Deputy Administrator Luis Ortega briefed the Panel in October.",
            {"Luis Ortega": "Luis Ortega"},
        ),
        (
            "fr",
            "Le Directeur adjoint et Administrateur Luis Ortega a présenté le plan en octobre.",
            {"Luis Ortega": "Luis Ortega"},
        ),
        (
            "en",
            "The appeal was heard; Public Prosecutor Sigrid Fosse appeared for the State.",
            {"Sigrid Fosse": "Sigrid Fosse"},
        ),
        (
            "fr",
            "L'appel a été entendu ; le Procureur Sigrid Fosse a requis pour l'État.",
            {"Sigrid Fosse": "Sigrid Fosse"},
        ),
        (
            "fr",
            "Composition : Juges Anne-Laure Giroud-Baumann (présidente du collège), Marc Dupont.",
            {
                "Anne-Laure Giroud-Baumann": "Anne-Laure Giroud-Baumann",
                "Marc Dupont": "Marc Dupont",
            },
        ),
        (
            "en",
            "Composition: Judges Anne-Laure Giroud-Baumann (presiding), Marc Dupont.",
            {
                "Anne-Laure Giroud-Baumann": "Anne-Laure Giroud-Baumann",
                "Marc Dupont": "Marc Dupont",
            },
        ),
        # a street's or a school's word before a given name is no office: no person
        ("en", "The office moved to Rue Jean Monnet in Brussels in 2026.", {}),
        ("fr", "La réunion s'est tenue au Lycée Victor Hugo de Paris en 2026.", {}),
        # a unit's word (the last of "Général de Brigade", "Secretary of State") or its
        # plural is no office: the brigades' namesake is named, not acting
        ("fr", "Les Brigades Abdallah Azzam ont revendiqué l'attentat.", {}),
        ("en", "The Brigades Abdallah Azzam claimed the attack.", {}),
        ("en", "The Islamic State Ali Khan cell was dismantled.", {}),
    ],
)
def test_a_given_name_after_an_office_is_a_person(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "La délégation, composée de M. Ferrante-Rossi du Secrétariat, s'est rendue à Chișinău.",
            {"M. Ferrante-Rossi": "Ferrante-Rossi"},
        ),
        (
            "en",
            "The delegation, made up of Mr Ferrante-Rossi of the Secretariat, visited Chișinău.",
            {"Mr Ferrante-Rossi": "Ferrante-Rossi"},
        ),
        # a particle inside the name, no body after it: the whole name
        (
            "fr",
            "Le directeur du cabinet civil et militaire,\nH. de La Tourrette\n",
            {"H. de La Tourrette": "H. de La Tourrette"},
        ),
        (
            "en",
            "The Director of the Civil and Military Cabinet,\nH. de La Tourrette\n",
            {"H. de La Tourrette": "H. de La Tourrette"},
        ),
        (
            "fr",
            "Le rapport de M. Jaap de Hoop Scheffer a été adopté.",
            {"Jaap de Hoop Scheffer": "Jaap de Hoop Scheffer"},
        ),
        (
            "en",
            "The report of Mr Jaap de Hoop Scheffer was adopted.",
            {"Jaap de Hoop Scheffer": "Jaap de Hoop Scheffer"},
        ),
        # a particle and its article written with a capital open a surname, a body's
        # head after them ("Cour", "Chambre") no body
        (
            "fr",
            "M. Louis de La Cour a parlé. Mme Catherine de La Chambre a voté.",
            {
                "Louis de La Cour": "Louis de La Cour",
                "Catherine de La Chambre": "Catherine de La Chambre",
            },
        ),
        (
            "en",
            "Mr Louis de La Cour spoke. Ms Catherine de La Chambre voted.",
            {
                "Louis de La Cour": "Louis de La Cour",
                "Catherine de La Chambre": "Catherine de La Chambre",
            },
        ),
    ],
)
def test_a_particle_before_a_body_closes_the_name(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "[2] The Court of Appeal (Beach, Kaye and Niall JJA) dismissed his appeal."),
        ("fr", "[2] La Cour d'appel (Beach, Kaye et Niall JJA) a rejeté son appel."),
    ],
)
def test_a_given_name_before_a_judges_letters_is_the_judges_surname(lang: str, text: str) -> None:
    found = _persons(text, lang)
    assert "Niall" in found
    assert "Niall JJA" not in found
