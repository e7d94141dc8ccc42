"""A list of recommendations split by the lines that name whom they address (``To the
Government:`` right under ``Recommendations`` over 1 and 2, ``To the European Union:``
between 2 and 3): the later lines are peers of the first, lead-ins, not headings, so the
section of every paragraph stays the heading above the list (guidelines §1: the nearest
unnumbered heading; heldout32 and heldout35 gold). A judgment's part heading between two
paragraphs (``Sur la régularité du jugement :``) with no lead-in under its own heading
still opens a section.

French and English rows side by side, in plain text, Markdown and HTML; the expected
values read off the texts by hand.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

Layout = Literal["text", "markdown", "html"]

_EN_TEXT = (
    "Policing the northern border\n\nSummary of findings\n\nThe insurgency has moved inland "
    "and the police have not followed it.\n\nRecommendations\n\nTo the Ministry of the "
    "Interior:\n\n1.   Train border officers to detect forged travel documents\n     and "
    "report every case to the prosecutor.\n\n2.   Publish each year the number of persons "
    "refused entry.\n\nTo the regional police organisation and its donors:\n\n3.   Share "
    "watch lists within two days of an alert.\n"
)
_FR_TEXT = (
    "Rapport sur la police des frontières\n\nRecommandations\n\nÀ l'Union africaine :\n\n"
    "1.  Adopter un cadre commun pour l'échange des listes de surveillance.\n\nÀ la "
    "Commission de la CEDEAO et aux États membres :\n\n2.  Financer des patrouilles "
    "conjointes le long des frontières.\n\n3.  Publier chaque année un bilan des saisies.\n"
)
_FR_MARKDOWN = (
    "# Sécuriser les explosifs civils\n\n## Contexte\n\nLes saisies de détonateurs ont "
    "doublé depuis 2022 dans la région.\n\n## Recommandations\n\nAu gouvernement et aux "
    "ministères concernés :\n\n1. tenir un registre des dépôts d'explosifs ;\n2. contrôler "
    "le transport du nitrate d'ammonium.\n\nAux partenaires techniques et financiers :\n\n"
    "3. financer la formation des douaniers.\n"
)
_EN_HTML = (
    "<html><head><title>Report</title></head><body><main>\n<h1>Securing civil explosives "
    "in the region</h1>\n<h2>Background</h2>\n<p>Seizures of detonators have doubled since "
    "2022 across the region.</p>\n<h2>Recommendations</h2>\n<p>To the governments of the "
    "region:</p>\n<p>1. Keep a register of explosives depots.</p>\n<p>2. Escort every "
    "shipment of ammonium nitrate.</p>\n<p>To international partners:</p>\n<p>3. Fund the "
    "training of customs officers.</p>\n</main></body></html>\n"
)


@pytest.mark.parametrize(
    ("text", "layout", "section"),
    [
        (_EN_TEXT, "text", "Recommendations"),
        (_FR_TEXT, "text", "Recommandations"),
        (_EN_HTML, "html", "Recommendations"),
        (_FR_MARKDOWN, "markdown", "Recommandations"),
    ],
)
def test_an_addressee_line_leaves_the_section_open(text: str, layout: Layout, section: str) -> None:
    clauses = parse_text(text, layout=layout).clauses()
    assert [c.number for c in clauses] == ["1", "2", "3"]
    assert [c.section for c in clauses] == [section] * 3


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "Judgment of the court\n\nWhereas the following applies:\n\n1.  The appellant "
            "asks the court to set the order aside.\n\nOn the lawfulness of the order:\n\n"
            "2.  The order was made by the competent minister.\n",
            "On the lawfulness of the order",
        ),
        (
            "Arrêt de la cour\n\nConsidérant ce qui suit :\n\n1.  Le requérant demande à la "
            "cour d'annuler l'arrêté.\n\nSur la légalité de l'arrêté :\n\n2.  L'arrêté a été "
            "pris par le ministre compétent.\n",
            "Sur la légalité de l'arrêté",
        ),
    ],
)
def test_a_part_heading_between_paragraphs_still_opens_a_section(text: str, section: str) -> None:
    clauses = parse_text(text).clauses()
    assert [c.number for c in clauses] == ["1", "2"]
    assert clauses[1].section == section


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "# Report on Border Security\n\n## Recommendations\n\nTo the Government:\n\n"
            "1. Strengthen border controls at all crossing points.\n\n2. Ensure that the police "
            "receive adequate training.\n\nIn particular, the Government should consider the "
            "following:\n\n(a) a national training plan;\n\n(b) regular exercises.\n\n3. Adopt a "
            "law on terrorist financing.\n",
            ["1", "2", "2(a)", "2(b)", "3"],
        ),
        (
            "# Rapport sur la sécurité des frontières\n\n## Recommandations\n\nAu Gouvernement :"
            "\n\n1. Renforcer les contrôles aux frontières.\n\n2. Veiller à la formation de la "
            "police.\n\nEn particulier, le Gouvernement devrait envisager ce qui suit :\n\n"
            "a) un plan national de formation ;\n\nb) des exercices réguliers.\n\n3. Adopter une "
            "loi sur le financement du terrorisme.\n",
            ["1", "2", "2(a)", "2(b)", "3"],
        ),
    ],
)
def test_a_sentence_over_items_is_no_peer_lead_in(text: str, numbers: list[str]) -> None:
    """A paragraph's own lead-in, a sentence with its verb over lettered items, is no
    addressee line: the items stay its clause's (guidelines §1)."""
    clauses = parse_text(text, layout="markdown").clauses()
    assert [c.number for c in clauses] == numbers
    assert "In particular" in clauses[1].text or "En particulier" in clauses[1].text
