"""Items written inline after a colon in a paragraph with no number of its own, labels closed
by a bare parenthesis (``ctdocs.structure._colonitems``; guidelines §1a: inline items are
clauses, one with no numbered parent is cited alone), French and English side by side: the
run ``: i) …; ii) …; iii) …`` gives ``(i)``–``(iii)``, ``: a) …; b) …`` gives ``(a)``,
``(b)``; labels a sentence cites (``points a) and b) of Article 5``), after no colon and
running on no semicolon, give none.

Each text is written for the test; the expected numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.structure._colonitems import colon_lead

ROMAN = {
    "fr": (
        "# Niveau de la menace\n\n## Ce qui change pour les organisateurs\n\n"
        "Pour les grands événements, les autorités pourront imposer, après avis de la "
        "police : i) un périmètre de contrôle ; ii) des blocs anti-bélier aux accès ; "
        "iii) une zone d'interdiction de vol pour les drones.\n"
    ),
    "en": (
        "# Threat level\n\n## What changes for organisers\n\n"
        "For large events, the authorities may impose, after police advice: i) a control "
        "perimeter; ii) anti-ram blocks at the entrances; iii) a no-fly zone for drones.\n"
    ),
}
LETTERS = {
    "fr": (
        "# Note\n\n## Mesures\n\nLe comité recommande deux mesures : a) la réactivation du "
        "processus régional ; b) un mémorandum sur le partage du renseignement.\n"
    ),
    "en": (
        "# Note\n\n## Measures\n\nThe committee recommends two measures: a) reviving the "
        "regional process; b) a memorandum on intelligence sharing.\n"
    ),
}
BRACKETED = {
    "fr": (
        "# Note\n\n## Mesures\n\nLe comité recommande deux mesures : (a) la réactivation du "
        "processus régional ; (b) un mémorandum sur le partage du renseignement.\n"
    ),
    "en": (
        "# Note\n\n## Measures\n\nThe committee recommends two measures: (a) reviving the "
        "regional process; (b) a memorandum on intelligence sharing.\n"
    ),
}
CITED = {
    "fr": (
        "# Note\n\n## Champ\n\nLes points a) et b) de l'article 5 s'appliquent aux "
        "exploitants : la règle vaut pour tous.\n"
    ),
    "en": (
        "# Note\n\n## Scope\n\nPoints a) and b) of Article 5 apply to operators: the rule "
        "holds for all.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colon_led_roman_run(lang: str) -> None:
    doc = parse_text(ROMAN[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["(i)", "(ii)", "(iii)"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colon_led_letter_run(lang: str) -> None:
    doc = parse_text(LETTERS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["(a)", "(b)"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colon_led_bracketed_letters_lead_in(lang: str) -> None:
    """Labels in brackets ("(a)") after the colon: the lead-in ends at the first one."""
    text = BRACKETED[lang].split("\n\n")[-1]
    assert text[colon_lead(text) :].startswith("(a) ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cited_labels_are_no_items(lang: str) -> None:
    doc = parse_text(CITED[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == []
