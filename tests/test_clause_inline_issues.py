"""Items written inline in one sentence with no numbered parent (``The issues are: (1) …;
(2) …; and (3) …``) are clauses ``(1)``–``(3)`` (guidelines §1a), and a later heading that
takes one up (``Issue (1): the scope …``, ``Question (2) : les garanties``) is a clause of its
own, titled by the words after the colon, its body the paragraphs below (the ho11 judgement
call, as ``Recommendation 3``). Where no item was written inline, such a line is text. French
and English side by side, as a court's press summary and an opinion print them.

Each text is written for the test; the expected numbers and titles were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

SUMMARY = {
    "en": """PRESS SUMMARY

Okafor v Chief Constable of Kent [2031] UKSC 4

BACKGROUND TO THE APPEAL

The issues are: (1) whether the stop power extends to electronic devices; (2) whether
the safeguards for legally privileged material are sufficient; and (3) if not, what
remedy is appropriate.

REASONS FOR THE JUDGMENT

Issue (1): the reach of the stop power

The power extends to devices carried by the traveller, but not to remote storage.

Issue (2): safeguards for privileged material

The Code does not provide for independent review of privileged material.

Issue (3): remedy

The Court makes a declaration of incompatibility.
""",
    "fr": """RÉSUMÉ DE LA DÉCISION

Association Liberté numérique c. Premier ministre

LE LITIGE

Les questions posées sont : (1) si le pouvoir de contrôle s'étend aux appareils
électroniques ; (2) si les garanties prévues pour le secret professionnel sont suffisantes ;
et (3) dans la négative, quelle réparation s'impose.

LES MOTIFS DE LA DÉCISION

Question (1) : la portée du pouvoir de contrôle

Le pouvoir s'étend aux appareils du voyageur, non au stockage à distance.

Question (2) : les garanties du secret professionnel

Le code ne prévoit aucun contrôle indépendant des pièces couvertes par le secret.

Question (3) : la réparation

Le Conseil prononce l'annulation partielle du décret.
""",
}


@pytest.mark.parametrize(("lang", "word"), [("en", "Issue"), ("fr", "Question")])
def test_inline_items_and_the_headings_that_take_them_up(lang: str, word: str) -> None:
    doc = parse_text(SUMMARY[lang], language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers == ["(1)", "(2)", "(3)", f"{word} (1)", f"{word} (2)", f"{word} (3)"]


@pytest.mark.parametrize(
    ("lang", "number", "title", "starts"),
    [
        ("en", "Issue (2)", "safeguards for privileged material", "The Code does not"),
        ("fr", "Question (2)", "les garanties du secret professionnel", "Le code ne prévoit"),
    ],
)
def test_issue_heading_titles_its_clause(lang: str, number: str, title: str, starts: str) -> None:
    doc = parse_text(SUMMARY[lang], language=lang)  # type: ignore[arg-type]
    clause = {c.number: c for c in doc.clauses()}[number]
    assert clause.title == title
    assert clause.text.startswith(starts)


NO_ITEMS = {
    "en": """ANNUAL REVIEW

Summary

The review covers the year 2030.

Note (1): figures are provisional

They will be revised in the spring.
""",
    "fr": """BILAN ANNUEL

Synthèse

Le bilan couvre l'année 2030.

Note (1) : chiffres provisoires

Ils seront révisés au printemps.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_and_number_with_no_inline_item_is_no_clause(lang: str) -> None:
    doc = parse_text(NO_ITEMS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == []
