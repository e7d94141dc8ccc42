"""A judgment's operative part printed in sentence case (guidelines §1, numbering.toml
``annex.parts``), French and English side by side: ``Par ces motifs, le Tribunal fédéral
prononce :`` over paragraphs that number afresh (``1.``, ``2.`` again after the reasons'
``1.`` to ``3.``) opens the part's number space (``Dispositif 1``), as the same words in
capitals do; where the numbers run on (``4.`` after ``3.``) there is no space to open.

Each text is written for the test; the expected numbers and sections were worked out by
hand, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REASONS = {
    "fr": (
        "Considérant en droit :\n\n"
        "1.\nLe recours est dirigé contre une décision finale rendue en matière pénale.\n\n"
        "2.\nLe recourant conteste la qualification des versements litigieux.\n\n"
        "3.\nLe recourant soutient que la peine est excessive.\n\n"
    ),
    "en": (
        "The law:\n\n"
        "1.\nThe appeal is brought against a final decision in a criminal matter.\n\n"
        "2.\nThe appellant disputes how the transfers were characterised.\n\n"
        "3.\nThe appellant submits that the sentence is excessive.\n\n"
    ),
}
PART = {
    "fr": "Par ces motifs, le Tribunal fédéral prononce :",
    "en": "For these reasons, the Court unanimously holds:",
}
ORDERS = {
    "fr": (
        "Le recours est rejeté dans la mesure où il est recevable.",
        "Les frais judiciaires sont mis à la charge du recourant.",
    ),
    "en": (
        "The appeal is dismissed in so far as it is admissible.",
        "The court costs are borne by the appellant.",
    ),
}


def _text(lang: str, first: int) -> str:
    a, b = ORDERS[lang]
    return f"{REASONS[lang]}{PART[lang]}\n\n{first}.\n{a}\n\n{first + 1}.\n{b}\n"


@pytest.mark.parametrize(
    ("lang", "name", "section"),
    [
        ("fr", "Dispositif", "Par ces motifs, le Tribunal fédéral prononce"),
        ("en", "Operative part", "For these reasons, the Court unanimously holds"),
    ],
)
def test_sentence_case_part_numbers_afresh(lang: str, name: str, section: str) -> None:
    doc = parse_text(_text(lang, 1), language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.section) for c in doc.clauses()][3:]
    assert got == [(f"{name} 1", section), (f"{name} 2", section)]
    first = doc.clause(f"{name} 1")
    assert first is not None and first.text == ORDERS[lang][0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbers_running_on_open_no_part(lang: str) -> None:
    doc = parse_text(_text(lang, 4), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3", "4", "5"]
