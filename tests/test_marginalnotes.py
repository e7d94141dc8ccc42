"""A heading line over a decimal paragraph that goes on with the document's own numbering
(``5.10`` after ``5.9``, with a named unit ``Proposal 5C`` printed in between) names a
section (guidelines §1: ``section`` is the nearest preceding unnumbered heading), not the
marginal note of a paragraph of that unit; heldout33 gold (``Questions for consultees``).
The paragraphs of a named unit itself (``4.1``, ``4.2`` under ``Recommandation 4``) and a
statute's decimal sections under their notes (``Definitions.`` / ``83.01``) keep their
heading lines as titles.

Each text is written for the test in a shape no batch has (another unit's name, Markdown
or plain text); the expected values were worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.structure._marginalnotes import decimal_goes_on

GOES_ON = [
    (
        "Plan d'action national contre la radicalisation\n\n"
        "4. Mise en œuvre\n\n"
        "4.6 Le plan est piloté par le comité interministériel.\n\n"
        "Mesure 12 : Créer un observatoire de la radicalisation.\n\n"
        "Mesure 13 : Former les agents des collectivités.\n\n"
        "Suivi et évaluation\n\n"
        "4.7 Le comité publie chaque année un rapport d'avancement.\n\n"
        "4.8 Une évaluation externe est prévue en 2030.\n",
        None,
        "Suivi et évaluation",
    ),
    (
        "# National action plan against radicalisation\n\n"
        "## 4. Implementation\n\n"
        "4.6 The plan is steered by the inter-ministerial committee.\n\n"
        "**Recommendation 12:** Create a radicalisation observatory.\n\n"
        "**Recommendation 13:** Train local government staff.\n\n"
        "### Monitoring and evaluation\n\n"
        "4.7 The committee publishes a progress report each year.\n\n"
        "4.8 An external evaluation is planned for 2030.\n",
        "markdown",
        "Monitoring and evaluation",
    ),
]


@pytest.mark.parametrize(("text", "layout", "section"), GOES_ON)
def test_a_heading_over_the_documents_next_paragraph_is_a_section(
    text: str, layout: str | None, section: str
) -> None:
    doc = parse_text(text, layout="markdown") if layout else parse_text(text)
    clauses = {c.number: c for c in doc.clauses()}
    assert (clauses["4.7"].title, clauses["4.7"].section) == (None, section)
    assert clauses["4.8"].section == section


KEEPS = [
    (  # a named unit's own paragraphs: their heading lines stay their titles
        "Rapport de la commission\n\n"
        "Recommandation 4 : Renforcer le contrôle des drones.\n\n"
        "Contexte\n4.1 Les survols de sites sensibles ont doublé en 2026.\n\n"
        "Mise en œuvre\n4.2 Le ministère publiera un arrêté avant la fin de 2027.\n",
        {"4.1": "Contexte", "4.2": "Mise en œuvre"},
    ),
    (  # a statute's decimal sections under their marginal notes
        "CRIMINAL CODE (TERRORIST FINANCING) AMENDMENT ACT 2027\n\n"
        "Be it enacted by the Legislature as follows:\n\n"
        'Definitions.\n83.01 In this Part, "terrorist group" means a listed entity.\n\n'
        "Financing of terrorism.\n83.02 Every one who provides property for a terrorist "
        "purpose is guilty of an offence.\n\n"
        "Use of property.\n83.03 Every one who uses property for a terrorist purpose is "
        "guilty of an offence.\n",
        {"83.01": "Definitions", "83.02": "Financing of terrorism", "83.03": "Use of property"},
    ),
]


@pytest.mark.parametrize(("text", "titles"), KEEPS)
def test_a_units_own_paragraphs_keep_their_notes(text: str, titles: dict[str, str]) -> None:
    clauses = {c.number: c for c in parse_text(text).clauses()}
    assert {n: clauses[n].title for n in titles} == titles


@pytest.mark.parametrize(
    ("value", "seen", "before", "goes_on"),
    [
        ("5.10", {"5.9": 3}, 5, True),  # 5.9 printed before the unit opened at block 5
        ("5.10", {"5.9": 7}, 5, False),  # 5.9 is the unit's own paragraph
        ("4.2", {}, 5, False),  # nothing before it
        ("12", {"11": 1}, 5, False),  # not a decimal
    ],
)
def test_decimal_goes_on(value: str, seen: dict[str, int], before: int, goes_on: bool) -> None:
    assert decimal_goes_on(value, seen, before) is goes_on
