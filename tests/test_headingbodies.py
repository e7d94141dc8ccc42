"""A numbered heading standing alone on its line is a clause whose body starts on the next
line (structure._headingbodies; guidelines §1: only with no body before the next clause or
heading is its text empty). A list the heading opens on is that body. Our own texts, one
per language; expected values by hand from §1."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

NOTE = {
    "fr": (
        "NOTE D'ALERTE\n\n"
        "A. Contexte\n\n"
        "Le service a reçu des signalements.\n\n"
        "B. Références\n\n"
        "- Recommandations du GAFI, notamment la recommandation 15\n"
        "- Règlement (UE) 2023/1114 sur les marchés\n\n"
        "C. Suite\n\n"
        "D. Contacts\n\n"
        "La cellule répond aux questions.\n"
    ),
    "en": (
        "ALERT NOTE\n\n"
        "A. Context\n\n"
        "The unit received reports.\n\n"
        "B. References\n\n"
        "- FATF Recommendations, in particular Recommendation 15\n"
        "- Regulation (EU) 2023/1114 on markets\n\n"
        "C. Follow-up\n\n"
        "D. Contacts\n\n"
        "The unit answers questions.\n"
    ),
}
WANT = {
    "fr": [
        ("A", "Contexte", "Le service a reçu"),
        ("B", "Références", "Recommandations du GAFI"),
        ("C", "Suite", ""),
        ("D", "Contacts", "La cellule répond"),
    ],
    "en": [
        ("A", "Context", "The unit received"),
        ("B", "References", "FATF Recommendations, in"),
        ("C", "Follow-up", ""),
        ("D", "Contacts", "The unit answers"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_under_an_empty_heading_is_its_body(lang: str) -> None:
    clauses = parse_text(NOTE[lang]).clauses()
    assert len(clauses) == len(WANT[lang])
    got = [
        (c.number, c.title, c.text[: len(w[2])]) for c, w in zip(clauses, WANT[lang], strict=True)
    ]
    assert got == WANT[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_list_is_not_kept_twice(lang: str) -> None:
    doc = parse_text(NOTE[lang])
    first = WANT[lang][1][2]
    assert sum(b.text.startswith(first) for b in doc.blocks()) == 1
