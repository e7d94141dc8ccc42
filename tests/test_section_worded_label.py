"""A strategy's chapter numbered in words (``CHAPTER FIVE``) is an unnumbered heading naming
the section of the paragraphs that run across it (heldout20/21/24 gold). Printed alone on
its line with its title in capitals right below, label and title are one heading
(``CHAPTER FIVE PROTECT: …``, heldout24 gold), and coming right after a foreword's signature
it is that heading, not one more line of the signature.

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines (§1: the nearest preceding unnumbered heading).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

STRATEGY = {
    "fr": (
        "STRATÉGIE NATIONALE DE LUTTE CONTRE LE TERRORISME\n\n"
        "AVANT-PROPOS\n\n"
        "La présente stratégie a été adoptée par le Conseil national de sécurité le 3 mars 2031.\n"
        "Elle remplace l'édition de 2020.\n\n"
        "Général Amadou Diallo\n"
        "Coordonnateur national, Centre national de lutte contre le terrorisme\n\n"
        "CHAPITRE CINQ\n"
        "PROTÉGER : RÉDUIRE LA VULNÉRABILITÉ DES INFRASTRUCTURES\n\n"
        "5.1     Infrastructures critiques\n\n"
        "5.1.1   Les groupes terroristes ont visé les réseaux électriques en 2030.\n\n"
        "5.1.2   Le ministère de l'Intérieur tient la liste des sites sensibles.\n"
    ),
    "en": (
        "NATIONAL COUNTER TERRORISM STRATEGY\n\n"
        "FOREWORD\n\n"
        "This strategy was approved by the National Security Council on 3 March 2031.\n"
        "It replaces the 2020 edition.\n\n"
        "Maj. Gen. Amadou Diallo\n"
        "National Coordinator, National Counter Terrorism Centre\n\n"
        "CHAPTER FIVE\n"
        "PROTECT: REDUCING THE VULNERABILITY OF INFRASTRUCTURE\n\n"
        "5.1     Critical Infrastructure\n\n"
        "5.1.1   Terrorist groups targeted power grids in 2030.\n\n"
        "5.1.2   The Ministry of Interior keeps the list of sensitive sites.\n"
    ),
}
SECTION = {
    "fr": "CHAPITRE CINQ PROTÉGER : RÉDUIRE LA VULNÉRABILITÉ DES INFRASTRUCTURES",
    "en": "CHAPTER FIVE PROTECT: REDUCING THE VULNERABILITY OF INFRASTRUCTURE",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_worded_chapter_label_and_its_title_name_the_section(lang: str) -> None:
    doc = parse_text(STRATEGY[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.section for c in doc.clauses()} == dict.fromkeys(
        ["5.1", "5.1.1", "5.1.2"], SECTION[lang]
    )
