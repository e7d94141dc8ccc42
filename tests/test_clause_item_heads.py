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


# A briefing's numbered part that leads in with a colon to a list "1.", "2." whose entries
# each name a family over its own lettered items: the list is the part's items (3(1),
# 3(2)), and each named entry heads its letters (3(1)(a)).
LED = {
    "fr": (
        "# Présentation des indicateurs de financement du terrorisme\n\n"
        "## 1. Le cadre légal\n\n"
        "La loi du 18 septembre 2017 s'applique aux entités assujetties.\n\n"
        "## 2. Les indicateurs\n\n"
        "Trois familles d'indicateurs, à combiner avec la connaissance du client :\n\n"
        "1. **Indicateurs liés au client**\n"
        "   a) personne figurant sur une liste de gel ;\n"
        "   b) client très jeune sans source de revenus ;\n"
        "2. **Indicateurs liés aux opérations**\n"
        "   a) dépôts fractionnés suivis d'un retrait immédiat ;\n"
        "   b) virements vers des organisations sans activité vérifiable.\n"
    ),
    "en": (
        "# Presentation of terrorist financing indicators\n\n"
        "## 1. The legal framework\n\n"
        "The Act of 18 September 2017 applies to obliged entities.\n\n"
        "## 2. The indicators\n\n"
        "Three families of indicators, to be combined with knowledge of the customer:\n\n"
        "1. **Customer indicators**\n"
        "   a) a person named on a freezing list;\n"
        "   b) a very young customer with no source of income;\n"
        "2. **Transaction indicators**\n"
        "   a) split deposits followed by an immediate withdrawal;\n"
        "   b) transfers to organisations with no verifiable activity.\n"
    ),
}
LED_TITLES = {
    "fr": {"2(1)": "Indicateurs liés au client", "2(2)": "Indicateurs liés aux opérations"},
    "en": {"2(1)": "Customer indicators", "2(2)": "Transaction indicators"},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_led_in_entry_that_names_heads_its_letters(lang: str) -> None:
    doc = parse_text(LED[lang], language=lang)  # type: ignore[arg-type]
    titles = {c.number: c.title for c in doc.clauses()}
    for number, title in LED_TITLES[lang].items():
        assert titles.get(number) == title
        clause = doc.clause(number)
        assert clause is not None and clause.text == ""
    assert "2(1)(a)" in titles and titles["2(1)(a)"] is None


# A statute's subsection over its paragraphs: "(1) Every person who" leads in to (a), (b);
# set in plain type it names nothing and stays the subsection's text.
STATUTE = {
    "fr": (
        "# Loi sur les explosifs\n\n"
        "## Infractions et peines\n\n"
        "### 16 Infractions\n\n"
        "(1) Toute personne qui\n\n"
        "- (a) fabrique un explosif sans licence,\n\n"
        "- (b) importe un explosif sans permis,\n\n"
        "commet une infraction.\n\n"
        "(2) Le ministre peut suspendre la licence.\n"
    ),
    "en": (
        "# Explosives Act\n\n"
        "## Offences, Punishment and Procedure\n\n"
        "### 16 Offences\n\n"
        "(1) Every person who\n\n"
        "- (a) manufactures an explosive without a licence,\n\n"
        "- (b) imports an explosive without a permit,\n\n"
        "is guilty of an offence.\n\n"
        "(2) The Minister may suspend the licence.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plain_subsection_over_its_paragraphs_stays_the_text(lang: str) -> None:
    doc = parse_text(STATUTE[lang], language=lang)  # type: ignore[arg-type]
    sub = doc.clause("16(1)")
    assert sub is not None and sub.title is None
    assert sub.text.startswith(("Toute personne qui", "Every person who"))
