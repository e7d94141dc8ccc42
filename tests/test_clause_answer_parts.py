"""A government's answer to a parliamentary question (guidelines §1, numbering.toml
``annex.parts``): the Swiss parliament's Curia Vista prints an interpellation's questions
``1.`` to ``3.`` and then, under ``Réponse du Conseil fédéral du …``, answers numbered
afresh (``1.``, ``2.`` again): the answers are a number space of their own (``Réponse 1``),
so that they no longer collide with the questions. Where the answers' numbers run on
(``4.`` after ``3.``) there is no space to open.

Each text is written for the test; the expected numbers were worked out by hand, never
copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

QUESTIONS = {
    "fr": (
        "Texte déposé\n\n"
        "Le Conseil fédéral est prié de répondre aux questions suivantes :\n\n"
        "1. Combien de signalements ont été transmis aux fournisseurs en 2025 ?\n\n"
        "2. Le Conseil fédéral entend-il proposer une base légale ?\n\n"
        "3. Comment les cantons sont-ils soutenus dans la prévention ?\n\n"
    ),
    "en": (
        "Submitted text\n\n"
        "The Federal Council is asked to answer the following questions:\n\n"
        "1. How many reports were sent to the providers in 2025?\n\n"
        "2. Does the Federal Council intend to propose a legal basis?\n\n"
        "3. How are the cantons supported in prevention?\n\n"
    ),
}
HEADING = {
    "fr": "Réponse du Conseil fédéral du 26.08.2026",
    "en": "Reply of the Federal Council of 26.08.2026",
}
ANSWERS = {
    "fr": (
        "En 2025, fedpol a transmis 538 signalements aux fournisseurs de services.",
        "Le Conseil fédéral a chargé le Département de justice et police d'examiner la question.",
    ),
    "en": (
        "In 2025, fedpol sent 538 reports to the service providers.",
        "The Federal Council has asked the Department of Justice and Police to examine it.",
    ),
}


def _text(lang: str, first: int) -> str:
    a, b = ANSWERS[lang]
    return f"{QUESTIONS[lang]}{HEADING[lang]}\n\n{first}. {a}\n\n{first + 1}. {b}\n"


def test_answer_numbered_afresh_is_its_own_space() -> None:
    doc = parse_text(_text("fr", 1), language="fr")
    assert [c.number for c in doc.clauses()] == ["1", "2", "3", "Réponse 1", "Réponse 2"]
    first = doc.clause("Réponse 1")
    assert first is not None and first.text == ANSWERS["fr"][0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_answers_running_on_open_no_space(lang: str) -> None:
    doc = parse_text(_text(lang, 4), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3", "4", "5"]
