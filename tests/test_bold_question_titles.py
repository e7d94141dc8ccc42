"""A questions-and-answers page runs each question in, in bold, before its answer: the
question is the item's run-in title (guidelines §1a: a bold run-in title, closed by its
mark as a full stop closes one), whatever word opens the answer. Bold words the sentence
runs on from (no closing mark, or a dash after which the words go on: ``**Donation
campaigns** — appeals for …``) stay the text's.

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs._vocab import Language

_FR_HTML = (
    "<html><body><h1>Foire aux questions sur le signalement</h1><h2>Le signalement</h2>"
    "<p><strong>1. Qui peut signaler ?</strong> Toute personne témoin de signaux peut"
    " appeler le numéro vert.</p>"
    "<p><strong>2. Faut-il des preuves ?</strong> Aucune preuve n'est demandée.</p>"
    "</body></html>"
)
_EN_MD = (
    "# Frequently asked questions on the screening programme\n\n## Eligibility\n\n"
    "1. __Who can apply?__ Any operator of a listed site may apply.\n"
    "2. **What does it cost?** Nothing: the screening is free of charge.\n"
)
_FR_MD = (
    "# Questions fréquentes sur le gel des avoirs\n\n## Le gel\n\n"
    "1. **Quand le gel s'applique-t-il ?** Dès la publication de la décision.\n"
    "2. **Qui contrôle ?** Chaque établissement contrôle ses clients.\n"
)
_EN_HTML = (
    "<html><body><h1>Questions and answers on removal orders</h1><h2>Orders</h2>"
    "<p><b>3. Which providers are covered?</b> Every hosting service provider offering"
    " services in the Union.</p>"
    "<p><b>4. Can an order be contested?</b> Yes, before the courts.</p>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("lang", "raw", "suffix", "expected"),
    [
        (
            "fr",
            _FR_HTML,
            ".html",
            {
                "1": ("Qui peut signaler ?", "Toute personne témoin de"),
                "2": ("Faut-il des preuves ?", "Aucune preuve n'est demandée."),
            },
        ),
        (
            "en",
            _EN_MD,
            ".md",
            {
                "1": ("Who can apply?", "Any operator of a"),
                "2": ("What does it cost?", "Nothing: the screening is"),
            },
        ),
        (
            "fr",
            _FR_MD,
            ".md",
            {
                "1": ("Quand le gel s'applique-t-il ?", "Dès la publication de"),
                "2": ("Qui contrôle ?", "Chaque établissement contrôle ses"),
            },
        ),
        (
            "en",
            _EN_HTML,
            ".html",
            {
                "3": ("Which providers are covered?", "Every hosting service provider"),
                "4": ("Can an order be contested?", "Yes, before the courts."),
            },
        ),
    ],
    ids=["fr-html-strong", "en-md-underscores", "fr-md", "en-html-b"],
)
def test_a_bold_question_is_the_run_in_title(
    tmp_path: Path, lang: Language, raw: str, suffix: str, expected: dict[str, tuple[str, str]]
) -> None:
    path = tmp_path / f"faq{suffix}"
    path.write_text(raw, encoding="utf-8")
    doc = parse_document(path, language=lang)
    got = {c.number: (c.title, " ".join(c.text.split()[:4])) for c in doc.clauses()}
    assert {n: got.get(n) for n in expected} == expected


# bold words the sentence runs on from, a question in bold amid the text: no title
_EN_STRESSED = (
    "# Resolution on aviation security\n\n"
    "1. **Urges** all States to screen cargo?\n"
    "2. The Committee asks **whether the rules suffice?** and answers below.\n"
    "3. **Donation campaigns** — appeals for donations posted on messaging channels.\n"
)
_FR_STRESSED = (
    "# Résolution sur la sûreté aérienne\n\n"
    "1. **Demande** aux États de contrôler le fret.\n"
    "2. Le Comité se demande **si les règles suffisent ?** La réponse suit.\n"
    "3. **Collectes de dons** – des appels publiés sur les messageries.\n"
)


@pytest.mark.parametrize(
    ("lang", "raw"),
    [("en", _EN_STRESSED), ("fr", _FR_STRESSED)],
    ids=["en", "fr"],
)
def test_stressed_words_and_inner_questions_are_no_title(
    tmp_path: Path, lang: Language, raw: str
) -> None:
    path = tmp_path / "res.md"
    path.write_text(raw, encoding="utf-8")
    doc = parse_document(path, language=lang)
    assert [c.title for c in doc.clauses()] == [None, None, None]


# a bold question the sentence goes on from, in lower case: the question is its subject
# (a verb follows), no run-in title; the same question over a capitalised answer is one
_EN_SUBJECT = (
    "# Report on the reform\n\n"
    "1. **Is the threat rising?** is the question this report answers in part II.\n"
    "2. **Should Parliament act?** Yes, before the end of the session.\n"
)
_FR_SUBJECT = (
    "# Rapport sur la réforme\n\n"
    "1. **Faut-il légiférer ?** est la question que pose ce rapport au Parlement.\n"
    "2. **Qui contrôle ?** Chaque établissement contrôle ses clients.\n"
)


@pytest.mark.parametrize(
    ("lang", "raw", "titles"),
    [
        ("en", _EN_SUBJECT, [None, "Should Parliament act?"]),
        ("fr", _FR_SUBJECT, [None, "Qui contrôle ?"]),
    ],
    ids=["en", "fr"],
)
def test_a_bold_question_the_sentence_goes_on_from_is_no_title(
    tmp_path: Path, lang: Language, raw: str, titles: list[str | None]
) -> None:
    path = tmp_path / "report.md"
    path.write_text(raw, encoding="utf-8")
    doc = parse_document(path, language=lang)
    assert [c.title for c in doc.clauses()] == titles
    assert doc.clauses()[0].text.split()[:2] == raw.split("**")[1].split()[:2]
