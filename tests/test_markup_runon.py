"""Numbered markup headings that run on across capital or roman sections (a FAQ's ``### 1.``,
``### 2.`` under ``## A.``, ``### 3.`` under ``## B.``) keep their own numbers (guidelines
§1a: paragraph numbers run across sections and keep their own, ``119`` under ``VII``); only
headings numbered afresh under each section are that section's next level (``A(1)``,
structure._markupoutline). Expected values are decided by hand; the texts are our own, one
per language and shape."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

RUN_ON = {
    "fr": (
        "# Sanctions financières ciblées : questions fréquentes\n\n"
        "## A. Généralités\n\n"
        "### 1. Qu'est-ce qu'une sanction financière ciblée ?\n\n"
        "Il s'agit d'une mesure de gel des avoirs.\n\n"
        "### 2. Quels régimes sont couverts ?\n\n"
        "Les régimes du Conseil de sécurité.\n\n"
        "## B. Gel des avoirs\n\n"
        "### 3. Quand faut-il filtrer les clients ?\n\n"
        "Avant toute relation d'affaires.\n"
    ),
    "en": (
        "# Targeted financial sanctions: frequently asked questions\n\n"
        "## A. General\n\n"
        "### 1. What are targeted financial sanctions?\n\n"
        "They are measures freezing property.\n\n"
        "### 2. Which regimes are covered?\n\n"
        "The Security Council's regimes.\n\n"
        "## B. Freezing\n\n"
        "### 3. When must clients be screened?\n\n"
        "Before any business relationship.\n"
    ),
}
RESTART = {
    "fr": RUN_ON["fr"].replace("### 3. Quand", "### 1. Quand"),
    "en": RUN_ON["en"].replace("### 3. When", "### 1. When"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markup_headings_that_run_on_keep_their_numbers(lang: str) -> None:
    clauses = parse_text(RUN_ON[lang]).clauses()
    assert [(c.number, c.parent_number) for c in clauses] == [
        ("A", None),
        ("1", "A"),
        ("2", "A"),
        ("B", None),
        ("3", "B"),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markup_headings_numbered_afresh_are_the_sections_level(lang: str) -> None:
    numbers = [c.number for c in parse_text(RESTART[lang]).clauses()]
    assert numbers == ["A", "A(1)", "A(2)", "B", "B(1)"]
