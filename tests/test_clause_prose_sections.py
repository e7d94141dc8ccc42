"""Which unnumbered heading names a numbered heading's section in a Markdown or HTML page.
A heading over prose alone (``## Foreword``, ``### Vision``) ends where a numbered heading of
its level, or a larger one, begins: that heading and its clauses are not in the foreword; a
larger heading still open names their section (``## Deuxième partie`` over ``### Vision``
and ``### Axe 1``), and a page's level-1 title names none (guidelines §1: the nearest
preceding unnumbered heading; heldout18 gold). A numbered heading of the level that goes on
with a sequence opened above (``### Recommendation 4`` under ``### Information sharing``,
1 to 3 before it) is in that section (heldout21 gold). A section that already holds numbered
headings stays open over a numbered heading of its level: heading levels set unevenly by a
converter (``## Plan d'action``, ``### 16.1``, ``## 16.2``) do not close it.

Each text is written for the test; the expected sections were worked out by hand from the
annotation guidelines and the gold of heldout14/18, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

MODULE = {
    "en": """# Module 4 — Protecting public spaces

## Foreword

This module was prepared with the support of several Member States.

## 1. Understanding the threat

**1.1 Threat actors.** Terrorist use of drones ranges from lone actors to groups.

## 2. Good practices

**2.1 Legal framework.** States should define in law who may act against a drone.
""",
    "fr": """# Module 4 — Protéger les espaces publics

## Avant-propos

Ce module a été préparé avec le soutien de plusieurs États membres.

## 1. Comprendre la menace

**1.1 Acteurs.** L'usage terroriste des drones va de l'acteur isolé aux groupes.

## 2. Bonnes pratiques

**2.1 Cadre juridique.** Les États devraient définir dans la loi qui peut agir.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_foreword_ends_at_the_first_numbered_heading_of_its_level(lang: str) -> None:
    doc = parse_text(MODULE[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.section) for c in doc.clauses()] == [
        ("1", None),
        ("1.1", None),
        ("2", None),
        ("2.1", None),
    ]


STRATEGY = {
    "fr": """# Stratégie nationale 2026-2030

## Deuxième partie : Cadre stratégique

### Vision

« Un pays sûr et résilient à l'horizon 2030. »

### Axe 1 : Prévention de la radicalisation

**Objectif 1.1 : Renforcer la résilience des communautés**

### Axe 2 : Protection des frontières
""",
    "en": """# National strategy 2026-2030

## Strategic framework

### Vision

"A safe and resilient country by 2030."

### Pillar 1: Preventing radicalisation

**Objective 1.1: Build the resilience of communities**

### Pillar 2: Protecting the borders
""",
}

PART = {"fr": "Deuxième partie : Cadre stratégique", "en": "Strategic framework"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_larger_heading_names_the_section_a_vision_closed(lang: str) -> None:
    doc = parse_text(STRATEGY[lang], language=lang)  # type: ignore[arg-type]
    assert {c.section for c in doc.clauses()} == {PART[lang]}
    assert len(doc.clauses()) == 3


PLAN = {
    "fr": """# Plan d'action du partenariat contre le terrorisme

## Plan d'action

### 16.1 Intensifier les consultations

Les Partenaires se consulteront régulièrement sur les menaces.

## 16.2 Améliorer l'état de préparation

Les Partenaires échangeront leurs expériences.
""",
    "en": """# Partnership action plan against terrorism

## Action plan

### 16.1 Intensify consultations

Partners will consult regularly on the threats.

## 16.2 Improve preparedness

Partners will exchange their experience.
""",
}


@pytest.mark.parametrize(("lang", "section"), [("fr", "Plan d'action"), ("en", "Action plan")])
def test_a_section_holding_numbered_headings_stays_open(lang: str, section: str) -> None:
    doc = parse_text(PLAN[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.section) for c in doc.clauses()] == [
        ("16.1", section),
        ("16.2", section),
    ]


REPORT = {
    "en": """# Protecting critical infrastructure

## List of recommendations

### Recommendation 1

That the Government table a bill on the security of critical sites.

### Recommendation 2

That the Service share threat assessments with operators.

### Information sharing

Operators told the Committee that they receive threat assessments late.

### Recommendation 3

That Public Safety Canada set up a secure portal for operators.
""",
    "fr": """# Protéger les infrastructures essentielles

## Liste des recommandations

### Recommandation 1

Que le gouvernement dépose un projet de loi sur la sécurité des sites essentiels.

### Recommandation 2

Que le Service communique ses évaluations de la menace aux exploitants.

### Partage de l'information

Les exploitants ont dit au Comité qu'ils reçoivent les évaluations trop tard.

### Recommandation 3

Que Sécurité publique Canada crée un portail sécurisé pour les exploitants.
""",
}
REPORT_SECTIONS = {
    "en": ["List of recommendations", "List of recommendations", "Information sharing"],
    "fr": ["Liste des recommandations", "Liste des recommandations", "Partage de l'information"],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_numbered_heading_going_on_with_its_sequence_stays_in_the_section(lang: str) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.section for c in doc.clauses()] == REPORT_SECTIONS[lang]
