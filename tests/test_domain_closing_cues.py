"""Closing parts of a text take none of its subject (session 31): an act's "Final
provisions" / "Dispositions finales" are as procedural as its commencement, and an
opinion that speaks of itself ("This opinion", "Le présent avis") is housekeeping, as a
report or a decision speaking of itself already was. French and English side by side;
expected tags read off each text by hand (guidelines section 4)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.extract._domain_scope import _says

FINAL = {
    "en": """# Maritime Security Regulations

## Security of ships

### 6

The master of a ship shall transmit the crew list to the Authority.

### 7

The operator shall keep the records for five years.

## Final provisions

### 8

These provisions apply from 1 July 2027 to every operator.
""",
    "fr": """# Règlement sur la sûreté maritime

## Sûreté des navires

### 6

Le capitaine du navire transmet la liste de l'équipage à l'Autorité.

### 7

L'exploitant conserve les registres pendant cinq ans.

## Dispositions finales

### 8

Ces dispositions s'appliquent à compter du 1er juillet 2027 à tout exploitant.
""",
}


def _domains(text: str, language: Language) -> dict[str, list[str]]:
    doc = parse_text(text, language=language)
    return {c.number: [d.code for d in c.domains] for c in doc.clauses()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_final_provisions_take_no_subject(language: Language) -> None:
    assert _domains(FINAL[language], language) == {
        "6": ["MARITIME"],
        "7": ["MARITIME"],
        "8": [],
    }


@pytest.mark.parametrize(
    ("language", "text", "says"),
    [
        ("en", "This opinion was prepared on the basis of the English translation.", True),
        ("fr", "Le présent avis a été préparé sur la base de la traduction anglaise.", True),
        ("fr", "Les autres dispositions entrent en vigueur le 1er juillet 2027.", True),
        ("en", "The Commission gave its opinion on the draft law in 2026.", False),
        ("fr", "La Commission a rendu son avis sur le projet de loi.", False),
    ],
)
def test_an_opinion_speaking_of_itself_is_housekeeping(
    language: str, text: str, says: bool
) -> None:
    assert _says(text, language, "housekeeping") is says
