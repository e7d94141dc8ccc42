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
