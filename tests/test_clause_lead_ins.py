"""A line closed by a dash leads in to what follows it (a regulation's ``In these regulations
-`` over its definitions, an act's ``ENACTED by the National Assembly …—`` over its
sections): it is the text of the clause above it, or plain text, never a heading that would
become the section of every clause below (guidelines §1: ``section`` is the nearest
preceding unnumbered heading). French and English side by side.

Each text is written for the test; the expected numbers, sections and texts were worked out
by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REGULATIONS = {
    "en": """THE PORT SECURITY REGULATIONS 2031

1.  Short title
    These regulations may be cited as the Port Security Regulations 2031.

2.  Interpretation
    In these regulations -
    "Authority" means the Ports Authority;
    "port facility" means a location where a ship meets the port.

3.  Application
    These regulations apply to every port facility.
""",
    "fr": """RÈGLEMENT DE 2031 SUR LA SÛRETÉ DES PORTS

1.  Titre abrégé
    Le présent règlement peut être cité comme le Règlement de 2031 sur la sûreté des ports.

2.  Définitions
    Dans le présent règlement -
    « Autorité » désigne l'Autorité portuaire ;
    « installation portuaire » désigne un lieu où un navire accoste.

3.  Champ d'application
    Le présent règlement s'applique à toute installation portuaire.
""",
}

LEAD_IN = {"en": "In these regulations -", "fr": "Dans le présent règlement -"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lead_in_closed_by_a_dash_is_its_clauses_text(lang: str) -> None:
    """Regulation 2's text opens with the lead-in, and regulation 3 has no section."""
    doc = parse_text(REGULATIONS[lang], lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]
    two, three = doc.clause("2"), doc.clause("3")
    assert two is not None and three is not None
    assert two.text.startswith(LEAD_IN[lang])
    assert three.section is None
