"""A short instrument (three sections, an order or an amending act) that prints each
section's heading on a line of its own set tight on the section's number, no blank line
between (``Short title`` / ``1. This Order may be cited …``), French and English side by
side. Guidelines §1a: a statute section's title is its marginal note or section heading,
as in an act of five sections (tests/test_clause_heading_notes.py); three sections are
enough when every note sits tight on its section. A heading that stands apart over its
paragraph stays the paragraph's section (§1).

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ORDER = {
    "en": """STATUTORY RULES AND ORDERS
No. 17 of 2027

CRITICAL INFRASTRUCTURE (SECURITY ZONES) ORDER, 2027

Short title
1. This Order may be cited as the Critical Infrastructure (Security Zones) Order, 2027.

Interpretation
2. In this Order "security zone" means an area described in the Schedule.

Security zones
3. No person shall enter a security zone without the permission of the Commissioner.
""",
    "fr": """RÈGLES ET ORDONNANCES STATUTAIRES
N° 17 de 2027

ORDONNANCE DE 2027 SUR LES INFRASTRUCTURES CRITIQUES (ZONES DE SÛRETÉ)

Titre abrégé
1. La présente ordonnance peut être citée comme l'Ordonnance de 2027 sur les zones de sûreté.

Définitions
2. Dans la présente ordonnance, « zone de sûreté » désigne une zone décrite à l'annexe.

Zones de sûreté
3. Nul ne peut pénétrer dans une zone de sûreté sans l'autorisation du commissaire.
""",
}
TITLES = {
    "en": ["Short title", "Interpretation", "Security zones"],
    "fr": ["Titre abrégé", "Définitions", "Zones de sûreté"],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_tight_heading_over_each_of_three_sections_is_its_title(lang: str) -> None:
    clauses = parse_text(ORDER[lang], lang).clauses()  # type: ignore[arg-type]
    assert [c.number for c in clauses] == ["1", "2", "3"]
    assert [c.title for c in clauses] == TITLES[lang]
    assert all(c.section != t for c, t in zip(clauses, TITLES[lang], strict=True))


APART = {
    "en": """NOTE OF THE COORDINATOR

Background

1. The Committee met twice in 2027 and heard the Port Authority.

Findings

2. Screening at the container terminal remains uneven across shifts.

Next steps

3. The Committee will meet again in March 2028 to review progress.
""",
    "fr": """NOTE DU COORDONNATEUR

Contexte

1. Le Comité s'est réuni deux fois en 2027 et a entendu l'autorité portuaire.

Constats

2. Le filtrage au terminal à conteneurs reste inégal selon les équipes.

Suite des travaux

3. Le Comité se réunira de nouveau en mars 2028 pour faire le point.
""",
}
SECTIONS = {
    "en": ["Background", "Findings", "Next steps"],
    "fr": ["Contexte", "Constats", "Suite des travaux"],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_heading_apart_over_each_of_three_paragraphs_stays_their_section(lang: str) -> None:
    clauses = parse_text(APART[lang], lang).clauses()  # type: ignore[arg-type]
    assert [c.section for c in clauses] == SECTIONS[lang]
    assert [c.title for c in clauses] == [None] * 3
