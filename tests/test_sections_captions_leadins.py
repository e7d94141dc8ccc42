"""Lines that look like headings but open no section (guidelines §1: a clause's section is
the nearest preceding unnumbered heading): a caption over a table or a chart (``Table 1:
Threat levels``, ctdocs.structure._captionlines) and a label closed by a colon printed right
over the list it leads in to (``Measures:`` / ``1. …``, no blank line between). The section
above them goes on. A heading closed by a colon that stands apart (``Faits :`` over a blank
line) still opens one; and an article's heading set in parentheses (``Article 1
(Purpose)``) is its title without the brackets.

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.structure._captionlines import caption_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Table 1: Threat levels", True),
        ("Tableau 1 : Niveaux de menace", True),
        ("Figure 2 – Attacks by region, 2020-2026", True),
        ("Graphique 3. Évolution des signalements", True),
        ("Box 1: The German approach", True),
        ("Encadré n° 2 — Un cas d'étude", True),
        ("**Table A.1 — Site assessment checklist**", True),
        ("Tableau B.2 : Liste de contrôle du site", True),
        # a part of the text, or no caption's number: not a caption
        ("Annex A", False),
        ("Annexe 2 : Liste des sites", False),
        ("Table of contents", False),
        ("Tableau de bord des mesures", False),
        ("Mapping the threat", False),
        ("Cartographie de la menace", False),
    ],
)
def test_caption_line(line: str, expected: bool) -> None:
    assert caption_line(line) is expected


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        (
            "Framework for crowded places\n\n## Protective measures\n\n"
            "1. Owners should consider barriers where vehicles can reach crowds.\n\n"
            "Table 1: Threat levels\n\n| Level | Meaning |\n|---|---|\n"
            "| Substantial | An attack is likely |\n\n"
            "2. The framework will be reviewed every two years.\n",
            ["Protective measures", "Protective measures"],
        ),
        (
            "Cadre pour les lieux de rassemblement\n\n## Mesures de protection\n\n"
            "1. Les propriétaires devraient envisager des barrières contre les véhicules.\n\n"
            "Tableau 1 : Niveaux de menace\n\n| Niveau | Signification |\n|---|---|\n"
            "| Substantiel | Un attentat est probable |\n\n"
            "2. Le cadre sera réexaminé tous les deux ans.\n",
            ["Mesures de protection", "Mesures de protection"],
        ),
        (
            "National strategy\n\nPrevent\n\nThe aim is to reduce the number of people who "
            "are radicalised.\n\nMeasures:\n1. A national support line will open in 2026.\n"
            "2. Municipal coordinators will receive more funding.\n\nProtect\n\nThe aim is "
            "to reduce vulnerability to attacks.\n\nMeasures:\n3. Guidance on crowded places "
            "will be issued.\n",
            ["Prevent", "Prevent", "Protect"],
        ),
        (
            "Stratégie nationale\n\nPrévenir\n\nL'objectif est de réduire le nombre de "
            "personnes radicalisées.\n\nMesures :\n1. Une ligne d'écoute nationale ouvrira "
            "en 2026.\n2. Les coordinateurs municipaux recevront davantage de moyens.\n\n"
            "Protéger\n\nL'objectif est de réduire la vulnérabilité aux attentats.\n\n"
            "Mesures :\n3. Des orientations sur les lieux de rassemblement seront publiées.\n",
            ["Prévenir", "Prévenir", "Protéger"],
        ),
    ],
)
def test_captions_and_tight_lead_ins_open_no_section(text: str, sections: list[str]) -> None:
    clauses = parse_text(text).clauses()
    assert [c.section for c in clauses] == sections


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "JUDGMENT OF THE HIGH COURT\n\nThe applicant challenged his detention.\n\n"
            "1. The applicant was arrested in 2024.\n\n2. He appealed against the order.\n\n"
            "The law:\n\n3. The court applied section 4 of the Act.\n",
            "The law",
        ),
        (
            "ARRÊT DE LA COUR D'APPEL\n\nLe requérant conteste sa détention.\n\n"
            "1. Le requérant a été interpellé en 2024.\n\n2. Il a fait appel de "
            "l'ordonnance.\n\nEn droit :\n\n3. La cour a appliqué l'article 4 de la loi.\n",
            "En droit",
        ),
    ],
)
def test_colon_heading_apart_opens_its_section(text: str, section: str) -> None:
    clauses = parse_text(text).clauses()
    assert [c.number for c in clauses] == ["1", "2", "3"]
    assert clauses[2].section == section


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Enforcement Decree of the Counter-Terrorism Act\n\n**Article 1 (Purpose)**\n\n"
            "The purpose of this Decree is to prescribe matters delegated by the Act.\n\n"
            "**Article 2 (Heads of Relevant Agencies)**\n\n"
            "Heads of relevant agencies means the following persons.\n",
            ["Purpose", "Heads of Relevant Agencies"],
        ),
        (
            "Décret d'application de la loi antiterroriste\n\n**Article 1 (Objet)**\n\n"
            "Le présent décret a pour objet de fixer les modalités prévues par la loi.\n\n"
            "**Article 2 (Chefs des organismes concernés)**\n\n"
            "Les chefs des organismes concernés sont les personnes suivantes.\n",
            ["Objet", "Chefs des organismes concernés"],
        ),
    ],
)
def test_bracketed_article_heading_is_its_title(text: str, titles: list[str]) -> None:
    clauses = parse_text(text).clauses()
    assert [c.number for c in clauses] == ["Article 1", "Article 2"]
    assert [c.title for c in clauses] == titles


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        (
            "COUR D'APPEL DE PARIS\nArrêt du 3 mai 2024\nFaits :\n1. Le 3 janvier 2024, M. X "
            "a été interpellé à son domicile.\n2. Il a été placé en garde à vue.\nMotifs :\n"
            "3. La cour relève que les éléments du dossier établissent sa participation.\n"
            "4. Il convient de confirmer l'ordonnance entreprise.\n",
            ["Faits", "Faits", "Motifs", "Motifs"],
        ),
        (
            "HIGH COURT OF JUSTICE\nJudgment of 3 May 2024\nFacts:\n1. On 3 January 2024 the "
            "appellant was arrested at his home.\n2. He was charged with preparing acts of "
            "terrorism.\nReasons:\n3. The court finds that the evidence establishes his part.\n"
            "4. The appeal is therefore dismissed.\n",
            ["Facts", "Facts", "Reasons", "Reasons"],
        ),
    ],
)
def test_colon_headings_in_a_text_without_blank_lines_open_sections(
    text: str, sections: list[str]
) -> None:
    """No blank line anywhere (a PDF's or a plain export): no lead-in's shape, a heading."""
    assert [c.section for c in parse_text(text).clauses()] == sections
