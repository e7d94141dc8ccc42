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


STATUTE = {
    "en": """ENHANCED SUPERVISION LAW 2031

1.1  Purpose. This Guideline sets out how institutions identify the risk that charities
     are abused for terrorist financing, and what they do about it.

1.2  Application. This Guideline applies to -
     (a) commercial banks and credit institutions;
     (b) money remittance service providers.

2    Enhanced supervision of high-risk charities

(1)     A high-risk charity shall –
        (a)     keep records of every transfer of funds for 5 years;
        (b)     report each transfer abroad to the Commission.
""",
    "fr": """LOI DE 2031 SUR LA SURVEILLANCE RENFORCÉE

1.1  Objet. La présente directive précise comment les établissements repèrent le risque
     que des associations soient détournées pour financer le terrorisme.

1.2  Champ d'application. La présente directive s'applique -
     (a) aux banques commerciales et aux établissements de crédit ;
     (b) aux prestataires de services de transfert de fonds.

2    Surveillance renforcée des associations à haut risque

(1)     Toute association à haut risque doit –
        (a)     conserver pendant 5 ans la trace de chaque transfert de fonds ;
        (b)     déclarer à la Commission chaque transfert à l'étranger.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_stop_title_over_a_lead_in_closed_by_a_dash(lang: str) -> None:
    """``1.2 Application. This Guideline applies to -``: the title a full stop closes, its
    body only the lead-in to the items below (as a colon would close it)."""
    doc = parse_text(STATUTE[lang], lang)  # type: ignore[arg-type]
    clause = doc.clause("1.2")
    assert clause is not None
    assert clause.title == {"en": "Application", "fr": "Champ d'application"}[lang]
    first = {"en": ["This", "Guideline", "applies"], "fr": ["La", "présente", "directive"]}
    assert clause.text.split()[:3] == first[lang]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lead_in_closed_by_a_spaced_dash_is_no_title(lang: str) -> None:
    """``(1) A high-risk charity shall –``: a sentence's lead-in to its paragraphs (a verb,
    no name), its text; the dash closes no title."""
    doc = parse_text(STATUTE[lang], lang)  # type: ignore[arg-type]
    clause = doc.clause("2(1)")
    assert clause is not None
    assert clause.title is None
    lead = {"en": "A high-risk charity shall –", "fr": "Toute association à haut risque doit –"}
    assert clause.text == lead[lang]


REPORT = {
    "en": """REPORT OF THE STANDING COMMITTEE ON THE INTERIOR

1. INTRODUCTION

1.1 The Committee was appointed by the Senate on 12th May, 2031.

1.2 The Committee was asked to examine (a) the implementation of the
national action plan in prisons; (b) the functioning of the centres run by
the provinces; and (c) the monitoring of listed persons.

1.3 Mandate. The Committee examined (a) the financing of terrorism; and
(b) the supervision of non-profit organisations.

2. MEETINGS OF THE COMMITTEE

2.1 The Committee held four meetings in 2031.
""",
    "fr": """RAPPORT DE LA COMMISSION PERMANENTE DE L'INTÉRIEUR

1. INTRODUCTION

1.1 La Commission a été constituée par le Sénat le 12 mai 2031.

1.2 La Commission devait examiner (a) la mise en œuvre du plan d'action
national dans les prisons ; (b) le fonctionnement des centres des
provinces ; et (c) le suivi des personnes inscrites.

1.3 Mandat. La Commission a examiné (a) le financement du terrorisme ; et
(b) le contrôle des organisations à but non lucratif.

2. RÉUNIONS DE LA COMMISSION

2.1 La Commission a tenu quatre réunions en 2031.
""",
}

# (number of the lead-in paragraph, its title, the first words of its text)
LEADS = {
    "en": [
        ("1.2", None, "The Committee was asked to examine"),
        ("1.3", "Mandate", "The Committee examined"),
    ],
    "fr": [
        ("1.2", None, "La Commission devait examiner"),
        ("1.3", "Mandat", "La Commission a examiné"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_words_before_items_written_inline_lead_in_and_head_nothing(lang: str) -> None:
    """§1a: a numbered heading stands alone on its line; a paragraph whose first words
    run on into items written inline on the same line (``1.2 The Committee was asked to
    examine (a) …``) leads in to them: those words are its text, not its title. A short
    name closed by a full stop before them is its run-in title (``1.3 Mandate. …``)."""
    doc = parse_text(REPORT[lang], lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers[:6] == ["1", "1.1", "1.2", "1.2(a)", "1.2(b)", "1.2(c)"]
    for number, title, first in LEADS[lang]:
        c = doc.clause(number)
        assert c is not None
        assert c.title == title
        assert c.text.startswith(first)
