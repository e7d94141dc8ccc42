"""Numbered paragraphs that start again under another unnumbered heading
(structure._reportreading._Reports._under_heading): ``1.``, ``2.`` under ``Before the event``,
then ``1.``, ``2.`` again under ``During the event``. Before, the second list collided with the
first and was set aside as a repeat (body lost); now it lives in a space named after its
heading, ``During the event(1)`` (held-out gold's form for a list opened again under another
heading: ``Actions recommandées(a)``, ``CHARGE(1)``), and the first list keeps its numbers.
A repeat with no heading between (a page's notes) stays one. French and English rows side by
side; the expected numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

LISTS = {
    "fr": (
        "CONSIGNES AUX EXPLOITANTS DE SALLES\n\n"
        "Avant l'événement\n\n"
        "1. Vérifier les clôtures du périmètre et les issues de secours.\n"
        "2. Informer les agents de sécurité du niveau de menace en vigueur.\n\n"
        "Pendant l'événement\n\n"
        "1. Maintenir un agent de sécurité à chaque entrée pendant tout l'événement.\n"
        "2. Signaler immédiatement à la police tout drone aperçu au-dessus de la salle.\n"
    ),
    "en": (
        "GUIDELINES FOR VENUE OPERATORS\n\n"
        "Before the event\n\n"
        "1. Check the perimeter fences and the emergency exits.\n"
        "2. Brief the stewards on the current threat level.\n\n"
        "During the event\n\n"
        "1. Keep a steward at every entrance for the whole event.\n"
        "2. Report any drone seen over the venue to the police at once.\n"
    ),
}
WANT = {
    "fr": [
        ("1", "Avant l'événement"),
        ("2", "Avant l'événement"),
        ("Pendant l'événement(1)", "Pendant l'événement"),
        ("Pendant l'événement(2)", "Pendant l'événement"),
    ],
    "en": [
        ("1", "Before the event"),
        ("2", "Before the event"),
        ("During the event(1)", "During the event"),
        ("During the event(2)", "During the event"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_opened_again_under_another_heading_is_cited_under_it(lang: str) -> None:
    doc = parse_text(LISTS[lang])
    assert [(c.number, c.section) for c in doc.clauses()] == WANT[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_repeat_with_no_heading_between_is_no_new_space(lang: str) -> None:
    text = LISTS[lang]
    lines = text.split("\n")
    heading = lines.index("Pendant l'événement" if lang == "fr" else "During the event")
    del lines[heading : heading + 2]  # the second list now follows the first at once
    numbers = [c.number for c in parse_text("\n".join(lines)).clauses()]
    assert not any("(" in n for n in numbers)
