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
    ("text", "sections"),
    [
        (
            "Questions and answers on the national threat level\n\nUpdated 3 February 2026\n\n"
            "What is the threat level?\n1. It is an assessment of how likely an attack is.\n"
            "2. It is set by the joint centre.\n\nWhat should I do?\n"
            "3. Report anything suspicious to the police.\n",
            ["What is the threat level?"] * 2 + ["What should I do?"],
        ),
        (
            "RAPPORT SUR LA SÛRETÉ PORTUAIRE\n\nPublié le 3 mars 2026\n\n"
            "Quels sont les risques ?\n1. Le port traite quatre millions de conteneurs.\n"
            "2. Le contrôle en couvre un dixième.\n\nQue faut-il faire ?\n"
            "3. Remplacer les scanners.\n",
            ["Quels sont les risques ?"] * 2 + ["Que faut-il faire ?"],
        ),
        (
            "Notes on the threat level\n\nThe level is public.\n\n"
            "What is the threat level?\nIt is an assessment of how likely an attack is.\n\n"
            "1. The level is reviewed every month.\n",
            [None],
        ),
        (
            "Note sur le niveau de menace\n\nLe niveau est public.\n\n"
            "Pourquoi le Gouvernement a-t-il décidé en 2025 de baisser le niveau de la menace "
            "nationale ?\n1. Le niveau est revu chaque mois.\n",
            [None],
        ),
        (
            "Compte rendu de la séance\n\nLe ministre a été interrogé en séance.\n"
            "Que fera le Gouvernement ?\n1. Le Gouvernement renforcera les contrôles.\n",
            [None],
        ),
    ],
)
def test_a_question_right_over_a_numbered_paragraph_heads_it(
    text: str, sections: list[str | None]
) -> None:
    """No blank line below: a short question right over a numbered paragraph heads it as
    it heads prose after a blank line; a question over its prose answer, a question too long
    for a heading, and one a paragraph's line runs into stay text."""
    clauses = parse_text(text).clauses()
    assert [c.section for c in clauses] == sections


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
