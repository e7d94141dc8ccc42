"""A numbered line that names, alone on its line over the first item of a list (``2)
Typologies observées`` over ``a) utilisation …``), is a numbered heading: its words are
the clause's title and the items are its children (guidelines §1a: a numbered heading
standing alone on its line is a clause whose text is its title; heldout16 gold). A line
that says (``2) The Unit shall ensure that``) stays the clause's text, leading in to the
items.

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HEADS = {
    "fr": (
        "Rapport annuel 2031 de la cellule de renseignement financier\n\n"
        "1) Évolution\n\n"
        "En 2031, la cellule a reçu 48 déclarations de soupçon.\n\n"
        "2) Typologies observées\n\n"
        "a) utilisation de comptes de monnaie électronique ;\n"
        "b) transport physique d'espèces aux frontières.\n"
    ),
    "en": (
        "Annual report 2031 of the financial intelligence unit\n\n"
        "1) Trends\n\n"
        "In 2031, the unit received 48 suspicious transaction reports.\n\n"
        "2) Observed typologies\n\n"
        "a) use of electronic money accounts;\n"
        "b) physical transport of cash across borders.\n"
    ),
}
HEAD_TITLES = {
    "fr": {"1": "Évolution", "2": "Typologies observées", "2(a)": None, "2(b)": None},
    "en": {"1": "Trends", "2": "Observed typologies", "2(a)": None, "2(b)": None},
}
SAYS = {
    "fr": (
        "Rapport annuel 2031 de la cellule de renseignement financier\n\n"
        "1) La cellule a reçu 48 déclarations de soupçon.\n\n"
        "2) La cellule veillera à ce que\n\n"
        "a) les comptes de monnaie électronique soient contrôlés ;\n"
        "b) les transports d'espèces soient déclarés.\n"
    ),
    "en": (
        "Annual report 2031 of the financial intelligence unit\n\n"
        "1) The unit received 48 suspicious transaction reports.\n\n"
        "2) The unit shall ensure that\n\n"
        "a) electronic money accounts are monitored;\n"
        "b) cash transports are declared.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_named_number_over_the_first_item_is_a_heading(lang: str) -> None:
    doc = parse_text(HEADS[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.title for c in doc.clauses()} == HEAD_TITLES[lang]
    two = doc.clause("2")
    assert two is not None and two.text == ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sentence_over_the_first_item_stays_the_text(lang: str) -> None:
    doc = parse_text(SAYS[lang], language=lang)  # type: ignore[arg-type]
    two = doc.clause("2")
    assert two is not None and two.title is None
    assert two.text.startswith(("La cellule veillera", "The unit shall ensure"))
