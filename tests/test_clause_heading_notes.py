"""A statute that prints each section's heading on a line of its own right above the
section's number, with no full stop and no contents list to repeat it (a Bermudian or
Caribbean act: ``Citation`` over ``1   This Act may be cited …``), French and English side
by side. Guidelines §1a: a statute section's title is its marginal note or section heading;
the heading names that one section, so it is no section over the clauses below it. A
report whose headings each stand over a few numbered paragraphs keeps them as sections
(§1: a clause's section is the nearest unnumbered heading above it).

Each text is written for the test; the expected titles were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ACT = {
    "en": """PORT FACILITIES SECURITY AMENDMENT ACT 2031

BE IT ENACTED by the Legislature as follows:

Citation
1   This Act may be cited as the Port Facilities Security Amendment Act 2031.

Amends section 3
2   In section 3 of the principal Act, for "ninety days" substitute "thirty days".

Restricted zones
3   The Port Authority may, by order published in the Gazette, declare any part of a
port facility to be a restricted zone.

Offences
4   A person who enters a restricted zone without a permit commits an offence.

Commencement
5   This Act comes into operation on the day it is published in the Gazette.
""",
    "fr": """LOI PORTANT SÉCURITÉ DES INSTALLATIONS PORTUAIRES

L'Assemblée a adopté la loi dont la teneur suit :

Objet
1   La présente loi fixe les règles de sûreté des installations portuaires.

Modification de l'article 3
2   À l'article 3 de la loi principale, les mots « quatre-vingt-dix jours » sont remplacés
par les mots « trente jours ».

Zones réglementées
3   L'autorité portuaire peut, par arrêté publié au Journal officiel, déclarer toute
partie d'une installation portuaire zone réglementée.

Infractions
4   Toute personne qui pénètre dans une zone réglementée sans autorisation commet une
infraction.

Entrée en vigueur
5   La présente loi entre en vigueur le jour de sa publication.
""",
}
TITLES = {
    "en": ["Citation", "Amends section 3", "Restricted zones", "Offences", "Commencement"],
    "fr": [
        "Objet",
        "Modification de l'article 3",
        "Zones réglementées",
        "Infractions",
        "Entrée en vigueur",
    ],
}
FIRST = {"en": "In section 3 of the principal", "fr": "À l'article 3 de la"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_heading_over_every_section_is_its_title(lang: str) -> None:
    doc = parse_text(ACT[lang], lang)  # type: ignore[arg-type]
    clauses = [c for c in doc.clauses() if c.number in {"1", "2", "3", "4", "5"}]
    assert [c.title for c in clauses] == TITLES[lang]
    assert [c.section for c in clauses] == [None] * 5
    two = doc.clause("2")
    assert two is not None
    assert two.text.startswith(FIRST[lang])


REPORT = {
    "en": """ANNUAL REPORT OF THE PORT SECURITY COMMITTEE

Background
1. The Committee met four times in 2030.

2. It heard the Port Authority and the police.

Findings
3. Screening at the container terminal remains uneven.

4. Access badges are not withdrawn when staff leave.

Recommendations
5. The Authority should audit badge records every quarter.

6. The police should train terminal staff in reporting.
""",
    "fr": """RAPPORT ANNUEL DU COMITÉ DE SÛRETÉ PORTUAIRE

Contexte
1. Le Comité s'est réuni quatre fois en 2030.

2. Il a entendu l'autorité portuaire et la police.

Constats
3. Le filtrage au terminal à conteneurs reste inégal.

4. Les badges d'accès ne sont pas retirés au départ des agents.

Recommandations
5. L'autorité devrait contrôler les badges chaque trimestre.

6. La police devrait former les agents du terminal au signalement.
""",
}
SECTIONS = {
    "en": ["Background", "Background", "Findings", "Findings"],
    "fr": ["Contexte", "Contexte", "Constats", "Constats"],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_heading_over_a_few_paragraphs_stays_their_section(lang: str) -> None:
    doc = parse_text(REPORT[lang], lang)  # type: ignore[arg-type]
    clauses = [c for c in doc.clauses() if c.number in {"1", "2", "3", "4"}]
    assert [c.section for c in clauses] == SECTIONS[lang]
    assert [c.title for c in clauses] == [None] * 4
