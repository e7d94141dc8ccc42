"""Named parts of a national strategy whose word is qualified (``Axe stratégique 1``,
``Objectif stratégique 1.1``, ``Strategic Objective 1.1``) and whose actions are listed as
bullets led by their word and place in the outline (``- **Action 1.1.1** : …``): numbered
units that keep the words they are printed with (guidelines §1a; numbering.toml's named
divisions and their qualifiers), each under the one whose number it extends.

The class was met in a Beninese strategy (heldout18 fr10); each text here is written for the
test, in French and in English. The expected numbers were worked out by hand from the
annotation guidelines and that gold, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

STRATEGY = {
    "fr": """# Stratégie nationale de lutte contre le terrorisme 2026-2030

## Cadre stratégique

### Axe stratégique 1 : Prévention de la radicalisation

**Objectif stratégique 1.1 : Renforcer la résilience des communautés**

- **Action 1.1.1** : Mettre en place des comités communaux de veille dans les communes frontalières.
- **Action 1.1.2** : Associer les leaders religieux aux programmes de sensibilisation.

**Objectif stratégique 1.2 : Lutter contre la propagande en ligne**

- **Action 1.2.1** : Créer une cellule de veille des contenus terroristes.

### Axe stratégique 2 : Protection des frontières

**Objectif stratégique 2.1 : Sécuriser les postes frontaliers**

- **Action 2.1.1** : Achever la construction de dix postes frontaliers avancés.
""",
    "en": """# National counter-terrorism strategy 2026-2030

## Strategic framework

### Strategic Pillar 1: Preventing radicalisation

**Strategic Objective 1.1: Build the resilience of communities**

- **Action 1.1.1**: Set up local early-warning committees in every border district.
- **Action 1.1.2**: Involve religious and traditional leaders in awareness programmes.

**Strategic Objective 1.2: Counter propaganda online**

- **Action 1.2.1**: Create a unit to monitor terrorist content online.

### Strategic Pillar 2: Protecting the borders

**Strategic Objective 2.1: Secure the border posts**

- **Action 2.1.1**: Complete the construction of ten forward border posts.
""",
}

WORDS = {
    "fr": ("Axe stratégique", "Objectif stratégique"),
    "en": ("Strategic Pillar", "Strategic Objective"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_qualified_parts_keep_their_words_and_nest_by_number(lang: str) -> None:
    doc = parse_text(STRATEGY[lang], language=lang)  # type: ignore[arg-type]
    axis, objective = WORDS[lang]
    clauses = doc.clauses()
    assert [(c.number, c.parent_number) for c in clauses] == [
        (f"{axis} 1", None),
        (f"{objective} 1.1", f"{axis} 1"),
        ("Action 1.1.1", f"{objective} 1.1"),
        ("Action 1.1.2", f"{objective} 1.1"),
        (f"{objective} 1.2", f"{axis} 1"),
        ("Action 1.2.1", f"{objective} 1.2"),
        (f"{axis} 2", None),
        (f"{objective} 2.1", f"{axis} 2"),
        ("Action 2.1.1", f"{objective} 2.1"),
    ]


@pytest.mark.parametrize(
    ("lang", "number", "title", "first"),
    [
        ("fr", "Objectif stratégique 1.2", "Lutter contre la propagande en ligne", ""),
        ("fr", "Action 1.1.2", None, "Associer les leaders religieux"),
        ("en", "Strategic Objective 1.2", "Counter propaganda online", ""),
        ("en", "Action 1.1.2", None, "Involve religious and traditional leaders"),
    ],
)
def test_parts_are_titled_and_actions_hold_their_text(
    lang: str, number: str, title: str | None, first: str
) -> None:
    doc = parse_text(STRATEGY[lang], language=lang)  # type: ignore[arg-type]
    c = {c.number: c for c in doc.clauses()}[number]
    assert c.title == title
    assert c.text.startswith(first) if first else not c.text


PLAIN = {
    "fr": """Plan d'action

- Mesure 1.1 de la loi de 2019 : elle reste en vigueur.
- Le plan prévoit des mesures nouvelles.
""",
    "en": """Action plan

- Measure 1.1 of the 2019 Act: it remains in force.
- The plan provides for new measures.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_bullet_citing_a_measure_in_a_sentence_opens_none(lang: str) -> None:
    doc = parse_text(PLAIN[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == []
