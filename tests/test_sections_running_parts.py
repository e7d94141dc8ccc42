"""Named parts that a text's numbered units run across label sections
(ctdocs.structure._locations.running_parts, read by _Reports.marker).

A strategy's or an outcome document's parts set as markup headings (``### Pillar I: …``,
``## Axe 2 – …``) between units numbered on across them (``4.`` / ``Pillar II`` / ``5.``,
``Mesure 3`` / ``Axe 2`` / ``Mesure 4``) hold none of those units: each part is an
unnumbered heading, the section of the units under it, and no clause (heldout22 and
heldout23 gold). Printed as plain lines, the parts stay units of their own (heldout1,
heldout5 and heldout13 gold). Each text is written for the test, in French and in English;
the expected values were worked out by hand from the guidelines and those notes.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def outline(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.section) for c in doc.clauses()]


MARKUP = {
    "fr": (
        "# Plan interministériel d'aide aux victimes\n\n"
        "## Axe 1 – Informer les victimes\n\n"
        "### Mesure 1 : Un guichet unique\n\n"
        "La cellule interministérielle ouvre un numéro d'appel unique.\n\n"
        "### Mesure 2 : Des comités locaux\n\n"
        "Chaque département réunit son comité local dans les vingt-quatre heures.\n\n"
        "## Axe 2 – Soigner et indemniser\n\n"
        "### Mesure 3 : Une indemnisation plus rapide\n\n"
        "Le fonds de garantie verse une première provision dans un délai d'un mois.\n"
    ),
    "en": (
        "# Outcome document of the meeting\n\n"
        "1. The meeting was hosted by the Republic of Maldives in November 2026.\n\n"
        "### Pillar I: Maritime Safety and Security\n\n"
        "2. The Member States reviewed the maritime domain awareness roadmap.\n\n"
        "3. They agreed to conduct a trilateral coast guard exercise in 2027.\n\n"
        "### Pillar II: Countering Terrorism\n\n"
        "4. The Member States condemned the terrorist attack of April 2025.\n"
    ),
}

AXE_1, AXE_2 = "Axe 1 – Informer les victimes", "Axe 2 – Soigner et indemniser"
PILLAR_1, PILLAR_2 = "Pillar I: Maritime Safety and Security", "Pillar II: Countering Terrorism"
EXPECTED = {
    "fr": [("Mesure 1", AXE_1), ("Mesure 2", AXE_1), ("Mesure 3", AXE_2)],
    "en": [("1", None), ("2", PILLAR_1), ("3", PILLAR_1), ("4", PILLAR_2)],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_markup_part_the_numbering_runs_across_names_a_section(lang: str) -> None:
    assert outline(MARKUP[lang], lang) == EXPECTED[lang]


PLAIN = {
    "fr": (
        "Plan de prévention de la radicalisation\n\n"
        "Axe 1 – Prémunir les esprits\n\n"
        "Mesure 1 – Développer l'esprit critique des élèves face à la propagande.\n\n"
        "Mesure 2 – Renforcer le contrôle des établissements privés hors contrat.\n\n"
        "Axe 2 – Détecter et signaler\n\n"
        "Mesure 3 – Former les agents des services publics au signalement.\n"
    ),
    "en": (
        "Report of the defence and security committee\n\n"
        "Point 1: Joint Force\n\n"
        "1. The Commander of the Joint Force presented the results of operations.\n\n"
        "2. The Committee took note of the deployment of the police component.\n\n"
        "Point 2: Security cooperation platform\n\n"
        "3. The platform presented its activity report for 2020-2021.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_part_printed_as_a_plain_line_stays_a_unit(lang: str) -> None:
    numbers = [n for n, _ in outline(PLAIN[lang], lang)]
    word = {"fr": "Axe", "en": "Point"}[lang]
    assert f"{word} 1" in numbers and f"{word} 2" in numbers
