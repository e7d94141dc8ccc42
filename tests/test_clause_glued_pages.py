"""A document-sharing site's transcript glues the page number to the first line of each page
(``5 2. AXES STRATÉGIQUES``, ``6 2.2 Contrôle des frontières``): the clause number is the one
after it (guidelines §1: page numbers are not clause numbers), the heading is titled by the
rest. Only a run counts: two such lines or more whose first numbers go up as pages do, each
followed by a numbered heading.

The class was met in a DocPlayer copy of an ECCAS action plan (ho12); each text here is
written for the test in the style of other sites and publishers: a Scribd transcript of an
IGAD strategy in English and a Calaméo copy of a G5 Sahel plan in French. The expected
numbers were worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

TRANSCRIPT = {
    "en": """IGAD REGIONAL STRATEGY FOR PREVENTING VIOLENT EXTREMISM

3 1. INTRODUCTION
1.1 The region has faced a rising threat from violent extremist groups since 2015.
1.2 Member States adopted this strategy at their summit in Djibouti.
4 2. STRATEGIC PILLARS
2.1 Member States will strengthen the resilience of border communities.
5 2.2 Information sharing
2.2.1 The Centre will host a platform for the exchange of threat assessments.
2.2.2 Member States will designate national focal points by June 2027.
""",
    "fr": """STRATÉGIE RÉGIONALE DU G5 SAHEL POUR LA PRÉVENTION DE L'EXTRÉMISME VIOLENT

3 1. INTRODUCTION
1.1 La région fait face à une menace croissante des groupes extrémistes depuis 2015.
1.2 Les États membres ont adopté la présente stratégie lors du sommet de Nouakchott.
4 2. AXES STRATÉGIQUES
2.1 Les États membres renforcent la résilience des communautés frontalières.
5 2.2 Échange des informations
2.2.1 Le Centre accueille une plateforme d'échange des évaluations de la menace.
2.2.2 Les États membres désignent des points focaux nationaux d'ici juin 2027.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_glued_page_numbers_are_no_clause_numbers(lang: str) -> None:
    doc = parse_text(TRANSCRIPT[lang], language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.1", "2.2.2"]


@pytest.mark.parametrize(
    ("lang", "number", "title"),
    [
        ("en", "2", "STRATEGIC PILLARS"),
        ("fr", "2", "AXES STRATÉGIQUES"),
        ("en", "2.2", "Information sharing"),
        ("fr", "2.2", "Échange des informations"),
    ],
)
def test_glued_page_heading_is_titled(lang: str, number: str, title: str) -> None:
    doc = parse_text(TRANSCRIPT[lang], language=lang)  # type: ignore[arg-type]
    clause = {c.number: c for c in doc.clauses()}[number]
    assert clause.title == title
    assert clause.section is None


COUNTS = {
    "en": """Annual report

2. Seizures
12 3.5 tonnes of precursors were seized at the ports in 2025.
""",
    "fr": """Rapport annuel

2. Saisies
12 3,5 tonnes de précurseurs ont été saisies dans les ports en 2025.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_count_at_a_line_start_is_no_page_number(lang: str) -> None:
    doc = parse_text(COUNTS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["2"]


# The same transcripts with the pages before and after the numbered ones: a list of
# acronyms on page 2 and an annex on page 6, each page's number glued to its unnumbered
# heading. Each number follows the run's pages one by one (2 before 3, 6 after 5), so it is
# the page's, not a clause 2 that the real "2." would take again, nor part of the heading.
PLAIN_PAGES = {
    "en": TRANSCRIPT["en"].replace(
        "\n\n3 1. INTRODUCTION",
        "\n\n2 ACRONYMS AND ABBREVIATIONS\nIGAD: Intergovernmental Authority on Development\n"
        "ICPAT: IGAD Capacity Building Programme against Terrorism\n\n3 1. INTRODUCTION",
    )
    + "\n6 ANNEX: RESULTS FRAMEWORK\nThe framework lists one indicator for each pillar.\n",
    "fr": TRANSCRIPT["fr"].replace(
        "\n\n3 1. INTRODUCTION",
        "\n\n2 SIGLES ET ABRÉVIATIONS\nCEDEAO : Communauté économique des États de l'Afrique "
        "de l'Ouest\nFCG5S : Force conjointe du G5 Sahel\n\n3 1. INTRODUCTION",
    )
    + "\n6 ANNEXE : CADRE DE RÉSULTATS\nLe cadre retient un indicateur pour chaque axe.\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_number_before_a_plain_heading_is_no_clause(lang: str) -> None:
    doc = parse_text(PLAIN_PAGES[lang], language=lang)  # type: ignore[arg-type]
    clauses = {c.number: c for c in doc.clauses()}
    assert list(clauses) == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.1", "2.2.2"]
    assert clauses["2"].title == TRANSCRIPT_TITLES[lang]


TRANSCRIPT_TITLES = {"en": "STRATEGIC PILLARS", "fr": "AXES STRATÉGIQUES"}


@pytest.mark.parametrize(
    ("lang", "section"),
    [("en", "ACRONYMS AND ABBREVIATIONS"), ("fr", "SIGLES ET ABRÉVIATIONS")],
)
def test_plain_heading_loses_its_page_number(lang: str, section: str) -> None:
    doc = parse_text(PLAIN_PAGES[lang], language=lang)  # type: ignore[arg-type]
    assert doc.clauses()[0].section == section


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "9 MEMBER STATES"), ("fr", "9 ÉTATS MEMBRES")],
)
def test_a_number_off_the_page_sequence_is_kept(lang: str, line: str) -> None:
    """Page 5 is the run's last: a 9 does not follow it, so it is the line's own figure."""
    text = TRANSCRIPT[lang] + f"\n{line}\nDjibouti, Ethiopia, Kenya.\n"
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert line in [b.text for b in doc.blocks()]
