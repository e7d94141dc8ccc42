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
