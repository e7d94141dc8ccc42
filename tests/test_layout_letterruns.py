"""Paragraphs numbered after a letter (guidelines §1a: a numbered paragraph, cited as
printed): a guide's recommendations ``R1`` … set in bold with no full stop, a checklist's
items ``A1.`` … ``B2.`` under its lettered parts. The same shape opens a group's name
(``G7 Information Centre``, ``G5 Sahel`` repeated on every page) and a consolidated act's
amendment mark (``M1 DÉCISION …``), which number nothing.

Each text is written for the test in a publisher's style; the expected numbers were worked
out by hand from the guidelines, never copied from output.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

# A national cyber-security agency's guide (French, HTML-like bold kept as Markdown) and a
# federal agency's checklist (English): recommendations under numbered headings, items
# numbered after their part's letter, a letter's run and another's side by side.
GUIDE = {
    "fr": """# Recommandations pour les grands événements

## 1. Anticiper

**R1** Cartographier les systèmes dont dépend la sûreté physique du site.

Un attaquant qui prend le contrôle de la sonorisation peut provoquer un mouvement de foule.

**R2** Intégrer le risque numérique à l'analyse de la menace conduite avec la préfecture.

## 2. Protéger

**R3** Cloisonner les réseaux de sûreté des réseaux bureautiques et des réseaux ouverts.

**R4** Protéger les comptes officiels par une authentification multifacteur.
""",
    "en": """# Bomb Threat Checklist

## Prepare

A1. Designate a decision-maker with authority to order evacuation or lockdown.

A2. Coordinate your bomb threat plan with local law enforcement and fire services.

## Receive and assess

B1. Keep the caller on the line and record the exact words used.

B2. Assess the threat as low, medium or high risk with the decision-maker.
""",
}
GUIDE_NUMBERS = {
    "fr": ["1", "R1", "R2", "2", "R3", "R4"],
    "en": ["A1", "A2", "B1", "B2"],
}
GUIDE_STARTS = {
    "fr": ("R3", "Cloisonner les réseaux de sûreté"),
    "en": ("B1", "Keep the caller on the line"),
}

# A group's name at a line's start, alone or repeated with the same number on each page's
# running line, and a consolidated act's amendment mark: no run 1, 2 … of one letter.
NAMES = {
    "fr": """G5 Sahel

Rapport final du comité de défense et de sécurité

1. Le comité s'est réuni à Nouakchott.

G5 Sahel

2. Le comité a adopté ses recommandations.

M1 DÉCISION DU CONSEIL du 27 septembre 2016
""",
    "en": """G7 Information Centre

G7 Statement on the Fight Against Terrorism

1. We, the Leaders of the G7, condemn the attack.

G7 Research Group

2. We will strengthen our border controls.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_letter_runs_are_paragraphs(lang: Literal["fr", "en"]) -> None:
    doc = parse_text(GUIDE[lang], language=lang)
    assert [c.number for c in doc.clauses()] == GUIDE_NUMBERS[lang]
    number, start = GUIDE_STARTS[lang]
    clause = doc.clause(number)
    assert clause is not None
    assert clause.text.startswith(start)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lone_or_repeated_letter_numbers_are_names(lang: Literal["fr", "en"]) -> None:
    doc = parse_text(NAMES[lang], language=lang)
    assert [c.number for c in doc.clauses()] == ["1", "2"]
