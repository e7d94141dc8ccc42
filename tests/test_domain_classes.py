"""Domain tags by class of document (guidelines §4), French and English side by side.
Expected tags read off each text by hand: the domain is the provision's subject or its
commitment, not a word passing by.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


INSTRUMENT_NAME = {
    # a short heading that names an instrument with its year is no rule-making label
    # ("Regulations" over the powers to make them): its provisions keep their subjects
    "en": """# Statutory Instruments

## Citation

### 1

These Regulations come into force on 1 January 2026.

## Drone Zones Regulations 2025

### 3

A person must not fly an unmanned aircraft within a restriction zone.

## Seizure

### 4

A constable may seize any improvised explosive device carried by the aircraft.
""",
    "fr": """# Textes réglementaires

## Entrée en vigueur

### 1

Le présent règlement entre en vigueur le 1er janvier 2026.

## Règlement de 2025 sur les drones

### 3

Nul ne peut faire voler un drone dans une zone d'interdiction.

## Saisie

### 4

Un agent peut saisir les engins explosifs improvisés transportés par l'appareil.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_instrument_named_with_its_year_is_no_rulemaking_heading(language: Language) -> None:
    tags = _tags(INSTRUMENT_NAME[language], language)
    assert "C-UAS" in tags["3"]
    assert "C-IED" in tags["4"]


DEFINED_TERMS = {
    # a numbered definition whose quoted term names a domain is about that domain;
    # one defining a plain word ("operator") is not
    "en": """# Protection of Essential Services Act

### Article 2

For the purposes of this Act:

1° "critical infrastructure": a facility, system or network, or a part of one, that is
essential to the vital functions of society;

2° "operator": any public or private body responsible for such a facility, its
staff, its budget or its premises.

### Article 3

Operators shall draw up a security plan.
""",
    "fr": """# Loi relative à la protection des services essentiels

### Article 2

Pour l'application de la présente loi, on entend par :

1° « infrastructure critique » : une installation, un système ou une partie de
ceux-ci, indispensable au maintien des fonctions vitales de la société;

2° « exploitant » : toute entité publique ou privée responsable d'une telle
installation, de son personnel, de son budget ou de ses locaux.

### Article 3

Les exploitants établissent un plan de sécurité.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quoted_defined_term_is_the_definitions_subject(language: Language) -> None:
    tags = _tags(DEFINED_TERMS[language], language)
    assert "CIP" in tags["Article 2(1°)"]
    assert "CIP" not in tags["Article 2(2°)"]
