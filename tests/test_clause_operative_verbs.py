"""A resolution's operative verbs in capitals (``INVITE les Membres :``, ``CHARGE le
Secrétaire général :``, ``REQUESTS the Secretary General:``) are lead-ins to the numbered
paragraphs they govern, whose numbering runs on across them (guidelines §1a: operative
paragraphs are clauses); standing between paragraphs 5 and 6 such a line is no sub-heading
naming a section. French and English side by side, as a customs council and an assembly
print them.

Each text is written for the test; the expected numbers and sections were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

RESOLUTION = {
    "fr": """RÉSOLUTION DU CONSEIL SUR LA SÛRETÉ DES PORTS

LE CONSEIL,

RAPPELANT sa résolution de juin 2029 sur la sûreté maritime,

INVITE les Membres :

1. à désigner un point de contact national d'ici au 31 décembre 2031 ;

2. à partager les données d'alerte avec les autres Membres ;

CHARGE le Secrétaire général :

3. d'élaborer un guide pratique sur le contrôle des conteneurs ;

4. de rendre compte au Conseil lors de sa session de 2032.
""",
    "en": """COUNCIL RESOLUTION ON PORT SECURITY

THE COUNCIL,

RECALLING its resolution of June 2029 on maritime security,

INVITES Members:

1. to designate a national contact point by 31 December 2031;

2. to share alert data with other Members;

REQUESTS the Secretary General:

3. to prepare a practical guide on container screening;

4. to report to the Council at its 2032 session.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_operative_verb_between_paragraphs_names_no_section(lang: str) -> None:
    doc = parse_text(RESOLUTION[lang], language=lang)  # type: ignore[arg-type]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == ["1", "2", "3", "4"]
    assert [c.section for c in clauses][2:] == [None, None]
