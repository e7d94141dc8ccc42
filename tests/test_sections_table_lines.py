"""A table's lines set in two columns by wide gaps in a PDF's or plain text (``Indicator
Weight`` over ``Cash donations     High``) are short and capitalised, as headings are, but
they stand one under another cut alike, where a heading stands alone: none of them names
the section of the clauses below (guidelines §1: the nearest preceding unnumbered
heading). A heading set alone, even with a wide gap inside it, still opens one.

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language

_EN = (
    "GUIDELINE ON NON-PROFIT ORGANISATIONS\n\n"
    "Assessing the exposure\n\n"
    "1. Each organisation assesses its exposure to terrorist financing risk.\n\n"
    "Table 1: Risk indicators\n\n"
    "Indicator          Weight\n"
    "Cash donations     High\n\n"
    "2. The board approves the assessment each year.\n"
)
_FR = (
    "PLAN DE SÛRETÉ DU PORT\n\n"
    "Mesures de protection\n\n"
    "1. Chaque exploitant désigne un délégué à la sûreté.\n\n"
    "Niveau          Mesure\n"
    "Vigilance       Contrôle visuel\n"
    "Urgence         Fouille des sacs\n\n"
    "2. Le délégué tient un registre des incidents.\n"
)
# a signature block's two columns, under the last article
_FR_SIGNED = (
    "ARRÊTÉ PORTANT PROTECTION DES SITES SENSIBLES\n\n"
    "Dispositions finales\n\n"
    "Article 1\n"
    "Le présent arrêté entre en vigueur le jour de sa publication.\n\n"
    "Le Ministre de l'Intérieur     Le Ministre des Transports\n"
    "Jean Dupont                    Marie Martin\n\n"
    "Article 2\n"
    "Le présent arrêté est publié au Journal officiel.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "sections"),
    [
        ("en", _EN, {"1": "Assessing the exposure", "2": "Assessing the exposure"}),
        ("fr", _FR, {"1": "Mesures de protection", "2": "Mesures de protection"}),
        (
            "fr",
            _FR_SIGNED,
            {"Article 1": "Dispositions finales", "Article 2": "Dispositions finales"},
        ),
    ],
    ids=["en-two-columns", "fr-three-rows", "fr-signature-columns"],
)
def test_a_table_line_names_no_section(lang: Language, text: str, sections: dict[str, str]) -> None:
    doc = parse_text(text, lang)
    got = {c.number: c.section for c in doc.clauses()}
    assert {n: got.get(n) for n in sections} == sections


# headings alone, a wide gap inside one of them: each still opens its section
_EN_ALONE = (
    "NATIONAL STRATEGY FOR COUNTERING VIOLENT EXTREMISM\n\n"
    "PART ONE     CONTEXT\n\n"
    "1. The threat has changed since 2020.\n\n"
    "PART TWO     PILLARS\n\n"
    "2. The Government will fund community projects.\n"
)
_FR_ALONE = (
    "STRATÉGIE NATIONALE DE PRÉVENTION\n\n"
    "Prévention\n\n"
    "1. Les services repèrent les signaux faibles.\n\n"
    "Protection     des sites\n\n"
    "2. Les exploitants protègent les sites.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "sections"),
    [
        ("en", _EN_ALONE, {"1": "PART ONE CONTEXT", "2": "PART TWO PILLARS"}),
        ("fr", _FR_ALONE, {"1": "Prévention", "2": "Protection des sites"}),
    ],
    ids=["en-gapped-headings", "fr-gapped-heading"],
)
def test_a_heading_alone_still_names_its_section(
    lang: Language, text: str, sections: dict[str, str]
) -> None:
    doc = parse_text(text, lang)
    got = {c.number: c.section for c in doc.clauses()}
    assert {n: got.get(n) for n in sections} == sections


# two heading lines stacked and set in columns (a division's label and its name, a bilingual
# statute's two languages side by side) are headings, not a table: the second names the
# section; a table's rows beside them still do not
_EN_BILINGUAL = (
    "PART 2                                    PARTIE 2\n"
    "TERRORIST FINANCING                       FINANCEMENT DU TERRORISME\n\n"
    "5. Every person who provides funds to a listed entity commits an offence.\n\n"
    "6. Every person who collects property for a listed entity commits an offence.\n\n"
    "PART 3                                    PARTIE 3\n"
    "LISTED ENTITIES                           ENTITÉS INSCRITES\n\n"
    "7. The Minister shall maintain a list of entities.\n"
)
_FR_STACKED = (
    "Rapport annuel sur la menace\n\n"
    "Chapitre 1       Menace\n"
    "Section 1.1      Analyse\n\n"
    "1. La menace terroriste reste élevée en France.\n\n"
    "Niveau          Mesure\n"
    "Vigilance       Contrôle visuel\n\n"
    "2. Les services ont déjoué neuf attentats.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "sections"),
    [
        (
            "en",
            _EN_BILINGUAL,
            {
                "5": "TERRORIST FINANCING FINANCEMENT DU TERRORISME",
                "6": "TERRORIST FINANCING FINANCEMENT DU TERRORISME",
                "7": "LISTED ENTITIES ENTITÉS INSCRITES",
            },
        ),
        ("fr", _FR_STACKED, {"1": "Section 1.1 Analyse", "2": "Section 1.1 Analyse"}),
    ],
    ids=["en-bilingual-capitals", "fr-division-labels"],
)
def test_stacked_heading_lines_in_columns_name_the_section(
    lang: Language, text: str, sections: dict[str, str]
) -> None:
    doc = parse_text(text, lang)
    got = {c.number: c.section for c in doc.clauses()}
    assert {n: got.get(n) for n in sections} == sections
