"""A question alone between blank lines over its answer (a questions-and-answers page set
in plain text: ``How can countries prepare?``) is a heading, the section of the numbered
items of its answer (guidelines §1); a question inside a paragraph is not. A run-in title
closed by a colon may hold an acronym in parentheses (``1.1 Vehicle as a weapon (VAW): the
attacker …``, guidelines §1: a run-in title ends at a colon).

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.structure._sequences import _says_inside


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "Questions and answers on deliberate release\n\nDeliberate release means that an "
            "agent is released on purpose.\n\nWhich agents cause most concern?\n\nExperts "
            "point in particular to:\n1) bacterial agents such as anthrax;\n2) toxins such as "
            "ricin.\n",
            "Which agents cause most concern?",
        ),
        (
            "Questions et réponses sur la dissémination délibérée\n\nOn parle de dissémination "
            "délibérée lorsqu'un agent est libéré intentionnellement.\n\nQuels agents suscitent "
            "le plus de préoccupation ?\n\nLes experts citent notamment :\n1) les agents "
            "bactériens comme le charbon ;\n2) les toxines comme la ricine.\n",
            "Quels agents suscitent le plus de préoccupation ?",
        ),
    ],
)
def test_a_question_alone_heads_its_answer(text: str, section: str) -> None:
    clauses = parse_text(text).clauses()
    assert [c.number for c in clauses] == ["1", "2"]
    assert [c.section for c in clauses] == [section, section]


@pytest.mark.parametrize(
    ("text", "titles", "first"),
    [
        (
            "Guidance on hostile vehicles\n\n1. Understand the threat\n\n1.1 Vehicle as a "
            "weapon (VAW): the attacker drives a car or a lorry into pedestrians.\n\n1.2 "
            "Drones: small aircraft may be used for reconnaissance.\n",
            ["Understand the threat", "Vehicle as a weapon (VAW)", "Drones"],
            "the attacker drives a car",
        ),
        (
            "Guide sur les véhicules hostiles\n\n1. Comprendre la menace\n\n1.1 Véhicule "
            "bélier (VB) : l'assaillant lance une voiture ou un camion sur les piétons.\n\n1.2 "
            "Drones : de petits aéronefs peuvent servir à la reconnaissance.\n",
            ["Comprendre la menace", "Véhicule bélier (VB)", "Drones"],
            "l'assaillant lance une voiture",
        ),
    ],
)
def test_a_colon_title_keeps_its_acronym(text: str, titles: list[str], first: str) -> None:
    clauses = parse_text(text).clauses()
    assert [c.title for c in clauses] == titles
    assert clauses[1].text.startswith(first)


@pytest.mark.parametrize(
    ("phrase", "says"),
    [
        ("Le Secrétaire général recommande que", True),
        ("Prevention is the key", True),
        ("Véhicule comme arme", False),
        ("Vehicle as a weapon", False),
    ],
)
def test_a_short_verb_inside_a_phrase_still_says(phrase: str, says: bool) -> None:
    """``is`` is a verb however short; ``as`` is named as no verb (numbering.toml)."""
    assert _says_inside(phrase) is says
