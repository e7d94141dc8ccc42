"""Words before a colon that several clauses repeat are a field's label, not a title
(structure._fieldlabels; guidelines §1a: a run-in title ends at a colon, but a title names
its own clause). A title of one clause alone is kept. Our own texts, one per language;
expected values by hand."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

PLAN = {
    "fr": (
        "Plan de travail\n\n"
        "A. Drogues illicites\n\n"
        "1. Pays co-pilotes : Thaïlande et Chine. Les activités porteront sur les précurseurs.\n\n"
        "B. Sécurité maritime\n\n"
        "2. Pays co-pilotes : Philippines et Japon. Le Forum organisera un atelier.\n\n"
        "C. Financement\n\n"
        "3. Mise en œuvre : le secrétariat rendra compte chaque année aux ministres.\n"
    ),
    "en": (
        "Work plan\n\n"
        "A. Illicit drugs\n\n"
        "1. Co-lead countries: Thailand and China. Activities will focus on precursors.\n\n"
        "B. Maritime security\n\n"
        "2. Co-lead countries: Philippines and Japan. The Forum will hold a workshop.\n\n"
        "C. Financing\n\n"
        "3. Implementation: the secretariat will report every year to the ministers.\n"
    ),
}
WANT = {
    "fr": [
        ("1", None, "Pays co-pilotes"),
        ("2", None, "Pays co-pilotes"),
        ("3", "Mise en œuvre", "le"),
    ],
    "en": [
        ("1", None, "Co-lead countries"),
        ("2", None, "Co-lead countries"),
        ("3", "Implementation", "the"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_repeated_before_the_colon_stays_in_the_text(lang: str) -> None:
    clauses = [c for c in parse_text(PLAN[lang]).clauses() if c.number.isdecimal()]
    assert len(clauses) == len(WANT[lang])
    got = [
        (c.number, c.title, c.text[: len(w[2])]) for c, w in zip(clauses, WANT[lang], strict=True)
    ]
    assert got == WANT[lang]


ACT = {
    "fr": (
        "Loi antiterroriste\n\n"
        "Partie 1 Infractions\n\n"
        "1. Définitions : Dans la présente partie, acte terroriste désigne un acte défini à "
        "l'article 3.\n\n"
        "2. Infractions : Quiconque finance un acte terroriste commet une infraction.\n\n"
        "Partie 2 Pouvoirs\n\n"
        "3. Définitions : Dans la présente partie, agent désigne un agent de police.\n\n"
        "4. Pouvoirs : Un agent peut saisir les biens servant à un acte terroriste.\n"
    ),
    "en": (
        "Counter-Terrorism Act\n\n"
        "Part 1 Offences\n\n"
        "1. Interpretation: In this Part, terrorist act means an act defined in section 3.\n\n"
        "2. Offences: A person who finances a terrorist act commits an offence.\n\n"
        "Part 2 Powers\n\n"
        "3. Interpretation: In this Part, officer means a police officer.\n\n"
        "4. Powers: An officer may seize property used for a terrorist act.\n"
    ),
}
ACT_TITLES = {
    "fr": ["Définitions", "Infractions", "Définitions", "Pouvoirs"],
    "en": ["Interpretation", "Offences", "Interpretation", "Powers"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_repeated_far_apart_stays_each_clauses_title(lang: str) -> None:
    """The same words opening a section of each Part, other sections between: a title each
    (review of struct34: the repetition counted anywhere in the document)."""
    clauses = [c for c in parse_text(ACT[lang]).clauses() if c.number.isdecimal()]
    assert [c.title for c in clauses] == ACT_TITLES[lang]
