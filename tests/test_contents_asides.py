"""A contents list whose entries name their headings with an aside in parentheses (a
press briefing's ``Au sommaire :`` over ``2 - Lutte contre le financement du terrorisme -
Conférence « No Money for Terror » (Paris, 3-4 février 2027)``): the aside (a place, a date)
makes no sentence, so the entry is as short as the others and the list is the contents, not
the clauses (guidelines §1: table-of-contents entries are not clauses); the headings below
are clauses 1 to 3, titled. French and English side by side.

Each text is written for the test; the expected numbers and titles were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HEADINGS = {
    "fr": [
        "Burkina Faso - Attaque terroriste contre des civils (24 novembre 2026)",
        "Lutte contre le financement du terrorisme - Conférence « No Money for Terror » "
        "(Paris, 3-4 février 2027)",
        "Sûreté aérienne - Adoption d'une résolution à l'OACI",
    ],
    "en": [
        "Burkina Faso - Terrorist attack against civilians (24 November 2026)",
        "Countering the financing of terrorism - The “No Money for Terror” ministerial "
        "conference (Paris, 3-4 February 2027)",
        "Aviation security - Adoption of a resolution at ICAO",
    ],
}
BODIES = {
    "fr": [
        "La France condamne avec la plus grande fermeté l'attaque terroriste commise hier.",
        "La France accueillera à Paris la cinquième conférence ministérielle internationale.",
        "La France se félicite de l'adoption par le Conseil de l'OACI d'une résolution.",
    ],
    "en": [
        "France condemns in the strongest terms the terrorist attack committed yesterday.",
        "France will host in Paris the fifth international ministerial conference.",
        "France welcomes the adoption by the ICAO Council of a resolution on drones.",
    ],
}
LEAD = {"fr": "Au sommaire :", "en": "In this briefing:"}


def _text(lang: str) -> str:
    entries = "\n".join(f"{k} - {h}" for k, h in enumerate(HEADINGS[lang], 1))
    parts = [
        f"{k} - {h}\n\n{b}"
        for k, (h, b) in enumerate(zip(HEADINGS[lang], BODIES[lang], strict=True), 1)
    ]
    return f"{LEAD[lang]}\n{entries}\n\n" + "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_entries_with_asides_are_contents(lang: str) -> None:
    doc = parse_text(_text(lang), language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.text) for c in doc.clauses()]
    assert got == [
        (str(k), h, b) for k, (h, b) in enumerate(zip(HEADINGS[lang], BODIES[lang], strict=True), 1)
    ]
