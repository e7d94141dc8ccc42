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
