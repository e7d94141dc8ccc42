"""A bill printed after the memorandum that explains it (numbering.toml
``annex.leading_parts``): ``MEMORANDUM`` or ``EXPOSÉ DES MOTIFS`` over ``1.``, ``2.``, ``3.``,
then the bill's sections numbering afresh from ``1.``. The memorandum is a number space of its
own, cited ``Memorandum 2`` (held-out gold's form), and it ends where its numbers start again:
the bill keeps the plain numbers (before, they collided with the memorandum's and were lost).
French and English rows side by side; the expected numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

BILLS = {
    "en": (
        "THE ANTI-TERRORISM (AMENDMENT) BILL, 2026\n\n"
        "MEMORANDUM\n\n"
        "1. The object of this Bill is to regulate unmanned aircraft near critical sites.\n\n"
        "2. Clause 2 amends section 2 of the principal Act to insert new definitions.\n\n"
        "3. Clause 3 creates the offence of flying an unmanned aircraft over a protected site.\n\n"
        "A BILL entitled An Act to amend the Anti-Terrorism Act.\n\n"
        "ENACTED by the Parliament of Zambia.\n\n"
        "1. This Act may be cited as the Anti-Terrorism (Amendment) Act, 2026.\n\n"
        "2. Section 2 of the principal Act is amended by inserting the following definition.\n\n"
        "3. A person who flies an unmanned aircraft over a protected site commits an offence.\n"
    ),
    "fr": (
        "PROJET DE LOI MODIFIANT LA LOI RELATIVE À LA LUTTE CONTRE LE TERRORISME\n\n"
        "EXPOSÉ DES MOTIFS\n\n"
        "1. Le présent projet de loi a pour objet d'encadrer l'usage des drones.\n\n"
        "2. L'article 2 complète les définitions de la loi principale en vigueur.\n\n"
        "3. L'article 3 crée l'infraction de survol d'un site protégé par un drone.\n\n"
        "L'Assemblée nationale a adopté la loi dont la teneur suit.\n\n"
        "1. La présente loi peut être citée comme loi modifiant la loi antiterroriste.\n\n"
        "2. L'article 2 de la loi principale est complété par la définition suivante.\n\n"
        "3. Quiconque fait survoler un site protégé par un drone commet une infraction.\n"
    ),
}
WANT = {
    "en": ["Memorandum 1", "Memorandum 2", "Memorandum 3", "1", "2", "3"],
    "fr": ["Exposé des motifs 1", "Exposé des motifs 2", "Exposé des motifs 3", "1", "2", "3"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_memorandum_before_a_bill_numbering_afresh_is_its_own_space(lang: str) -> None:
    doc = parse_text(BILLS[lang])
    assert [c.number for c in doc.clauses()] == WANT[lang]
    assert [c.section for c in doc.clauses()][3:] == [None, None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_memorandum_alone_keeps_plain_numbers(lang: str) -> None:
    text = BILLS[lang]
    cut = text.index("\n\n", text.index("3. ")) + 2
    doc = parse_text(text[:cut])
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]
