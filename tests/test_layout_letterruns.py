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
# federal agency's checklist (English, its items' numbers in bold as the page prints them):
# recommendations under numbered headings, items numbered after their part's letter, a
# letter's run and another's side by side.
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

**A1.** Designate a decision-maker with authority to order evacuation or lockdown.

**A2.** Coordinate your bomb threat plan with local law enforcement and fire services.

## Receive and assess

**B1.** Keep the caller on the line and record the exact words used.

**B2.** Assess the threat as low, medium or high risk with the decision-maker.
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


# Lines that open on a letter and a number with neither a full stop nor bold, in a run all
# the same: language levels, roads, a weapon's model. Plain paragraphs, no clause.
BARE = {
    "fr": """Exigences linguistiques

Le personnel doit justifier d'un des niveaux suivants.

A1 Niveau débutant pour le personnel de soutien.

A2 Niveau élémentaire pour les chauffeurs.

B1 Niveau intermédiaire pour les officiers.

B2 Niveau avancé pour les analystes.

Fermetures de routes

A1 Nord fermée entre les sorties 10 et 12.

A2 Sud fermée près du port.

Équipement

M1 Abrams livrés en mars.
""",
    "en": """Language requirements

Staff must hold one of the following levels of English.

A1 Beginner level for support staff.

A2 Elementary level for drivers.

B1 Intermediate level for officers.

B2 Upper intermediate level for analysts.

Road closures

M1 Northbound was closed between junctions 10 and 12.

M2 Eastbound was closed near the port.

Equipment

M1 Abrams tanks were delivered in March.
""",
}

# With full stops: a finding's letter (data: letter_kinds) makes a run of two paragraphs;
# a model's name after them, bare, stays text.
KINDS = {
    "fr": """Constatations

C1. Le Comité a relevé des lacunes.

C2. Le Comité a relevé des retards.

Équipement

M1 Abrams livrés en mars.
""",
    "en": """Findings

C1. The Committee found gaps.

C2. The Committee found delays.

Equipment

M1 Abrams tanks were delivered in March.
""",
}

# With full stops and another letter, two items are paragraphs under their part's letter
# only, and a run of three anywhere.
PARTS = {
    "fr": """Niveaux

E1. Niveau débutant pour le personnel.

E2. Niveau avancé pour les analystes.

Calendrier

T1. Lancement des travaux du groupe.

T2. Consultation des acteurs concernés.

T3. Rédaction du rapport final.
""",
    "en": """Levels

E1. Beginner level for support staff.

E2. Upper intermediate level for analysts.

Timeline

T1. Launch of the group's work.

T2. Consultation of the actors concerned.

T3. Drafting of the final report.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bare_letter_numbers_are_text(lang: Literal["fr", "en"]) -> None:
    doc = parse_text(BARE[lang], language=lang)
    assert [c.number for c in doc.clauses()] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_kinds_letter_makes_a_run_of_two(lang: Literal["fr", "en"]) -> None:
    doc = parse_text(KINDS[lang], language=lang)
    assert [c.number for c in doc.clauses()] == ["C1", "C2"]
    c2 = doc.clause("C2")
    assert c2 is not None
    assert "Abrams" not in c2.text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_another_letter_needs_a_run_of_three(lang: Literal["fr", "en"]) -> None:
    doc = parse_text(PARTS[lang], language=lang)
    assert [c.number for c in doc.clauses()] == ["T1", "T2", "T3"]


# Two items with full stops under their part's letter: paragraphs (a guard for the rule
# above, which drops E1., E2. under no part E).
UNDER_PART = {
    "fr": "Liste\n\nA. Préparer\n\nA1. Désigner un décideur.\n\nA2. Coordonner le plan.\n\n"
    "B. Recevoir\n\nB1. Garder l'appelant en ligne.\n\nB2. Évaluer la menace.\n",
    "en": "Checklist\n\nA. Prepare\n\nA1. Designate a decision-maker.\n\nA2. Coordinate the plan."
    "\n\nB. Receive\n\nB1. Keep the caller on the line.\n\nB2. Assess the threat.\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_items_under_their_parts_letter_are_paragraphs(lang: Literal["fr", "en"]) -> None:
    doc = parse_text(UNDER_PART[lang], language=lang)
    assert [c.number for c in doc.clauses()] == ["A", "A1", "A2", "B", "B1", "B2"]
