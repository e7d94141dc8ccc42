"""A numbered question alone on its line over its answer (``3. Why has the level not
changed?`` / ``CTAG's assessment …``): a questions-and-answers item's heading, the question
its title and the answer its text (guidelines §1a: a numbered heading standing alone on its
line is a clause whose text is its title; its body starts on the next line). A question over
the numbered parts of its answer (``4.`` over ``4.1``) heads them, with no text of its own.

The same shape that is no heading keeps the question as the text: a questionnaire's numbered
questions one under another (no answer between them), and a paragraph whose question closes
a sentence before it (``… one question. Was …?``). French and English rows side by side, in
plain text, Markdown and HTML; every expected value worked out by hand from §1a. The rule
is ``structure/_itemheads.asked_heading`` (these rows were written for a second reading of the
same class, dropped when both were merged; they pass on the one kept).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document, parse_text

_EN_PLAIN = """Screening programme: questions and answers

Published 3 March 2026

1) Who can apply for screening?
Any operator of a listed port facility may apply to the authority.

2) How long does a screening take?
2.1 A standard screening takes ten working days.
2.2 An urgent screening takes three working days.
"""
_FR_PLAIN = """Niveau de la menace : questions et réponses

Publié le 3 mars 2026

1. Qui fixe le niveau de la menace ?
Le niveau est fixé par le Premier ministre sur proposition du coordonnateur.

2. Que faire en cas de doute ?
« Appelez le 17 » reste la consigne en cas de danger immédiat.
"""
_EN_HTML = (
    "<html><body><h1>Removal orders: frequently asked questions</h1>"
    "<p>3. Which providers are covered by the regulation?</p>"
    "<p>Every hosting service provider offering services in the Union is covered.</p>"
    "<p>4. Can an order be contested?</p>"
    "<p>Yes. The provider may bring proceedings before the courts.</p>"
    "</body></html>"
)
_FR_MD = (
    "# Gel des avoirs : foire aux questions\n\n"
    "5. Quand le gel s'applique-t-il ?\n\n"
    "Dès la publication de la décision au Journal officiel.\n\n"
    "6. Comment signaler une correspondance ?\n\n"
    "6.1 Par le portail de déclaration en ligne.\n\n"
    "6.2 Par courrier recommandé en cas d'indisponibilité du portail.\n"
)


@pytest.mark.parametrize(
    ("lang", "raw", "suffix", "expected"),
    [
        (
            "en",
            _EN_PLAIN,
            ".txt",
            {
                "1": ("Who can apply for screening?", "Any operator of a listed"),
                "2": ("How long does a screening take?", ""),
                "2.1": (None, "A standard screening takes ten"),
            },
        ),
        (
            "fr",
            _FR_PLAIN,
            ".txt",
            {
                "1": ("Qui fixe le niveau de la menace ?", "Le niveau est fixé par"),
                "2": ("Que faire en cas de doute ?", "« Appelez le 17 »"),
            },
        ),
        (
            "en",
            _EN_HTML,
            ".html",
            {
                "3": (
                    "Which providers are covered by the regulation?",
                    "Every hosting service provider offering",
                ),
                "4": ("Can an order be contested?", "Yes. The provider may bring"),
            },
        ),
        (
            "fr",
            _FR_MD,
            ".md",
            {
                "5": ("Quand le gel s'applique-t-il ?", "Dès la publication de la"),
                "6": ("Comment signaler une correspondance ?", ""),
                "6.2": (None, "Par courrier recommandé en cas"),
            },
        ),
    ],
)
def test_a_numbered_question_over_its_answer_is_the_title(
    tmp_path: Path, lang: str, raw: str, suffix: str, expected: dict[str, tuple[str | None, str]]
) -> None:
    path = tmp_path / f"faq{suffix}"
    path.write_text(raw, encoding="utf-8")
    doc = parse_document(path)
    assert doc.language == lang
    got = {c.number: (c.title, " ".join(c.text.split()[:5])) for c in doc.clauses()}
    for number, want in expected.items():
        assert got.get(number) == want, number


_QUESTIONNAIRE = {
    "en": """Consultation on the draft regulations

The Department invites comments on the following questions by 30 June 2026.

1. Do you agree that the screening period should be shortened?
2. Should operators of small ports be exempted from the duty?
3. Is the proposed fee proportionate to the cost of screening?
""",
    "fr": """Consultation sur le projet de règlement

Le ministère invite à répondre aux questions suivantes avant le 30 juin 2026.

1. Faut-il raccourcir le délai de contrôle ?
2. Les petits ports doivent-ils être dispensés de cette obligation ?
3. La redevance proposée est-elle proportionnée au coût du contrôle ?
""",
}
_SENTENCE_FIRST = {
    "en": """Judgment of the Court

12. The Court asked itself one question. Was the ban necessary?
The Court found that it was, given the threat level at the time.

13. The appeal is dismissed.
""",
    "fr": """Arrêt de la Cour

12. La Cour ne s'est posé qu'une question. L'interdiction était-elle nécessaire ?
La Cour a jugé qu'elle l'était, compte tenu du niveau de la menace.

13. Le recours est rejeté.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_numbered_questions_with_no_answer_between_keep_their_text(lang: str) -> None:
    doc = parse_text(_QUESTIONNAIRE[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: c for c in doc.clauses()}
    assert sorted(got) == ["1", "2", "3"]
    for c in got.values():
        assert c.title is None and c.text.rstrip().endswith("?"), c.number


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_question_after_a_sentence_is_no_title(lang: str) -> None:
    doc = parse_text(_SENTENCE_FIRST[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: c for c in doc.clauses()}
    assert got["12"].title is None
    assert got["12"].text.split()[:3] == (
        ["The", "Court", "asked"] if lang == "en" else ["La", "Cour", "ne"]
    )


_LAST_OF_A_RUN = {
    "en": (
        ".txt",
        "Committee meeting report\n\nMs Dlamini asked the following questions:\n"
        "1. Why had so few declarations been made since 2023?\n"
        "2. Who was responsible for shooting down the drone?\n\n"
        "Mr Mokoena said that the unit was under-staffed and asked about its budget.\n",
    ),
    "fr": (
        ".html",
        "<html><body><h1>Interpellation sur les mineurs</h1>"
        "<p>1. Combien de signalements ont été transmis aux plateformes ?</p>"
        "<p>2. Quelles mesures sont prévues pour protéger les mineurs ?</p>"
        "<h2>Réponse du Conseil fédéral</h2>"
        "<p>Le Conseil fédéral a chargé le département d'examiner la question.</p>"
        "</body></html>",
    ),
    "en-heading": (
        ".md",
        "# Written question\n\n1. How many referrals were made in 2025?\n\n"
        "2. Which platforms received them?\n\n## Answer given by the Minister\n\n"
        "The unit made 412 referrals to hosting service providers.\n",
    ),
    "fr-prose": (
        ".txt",
        "Compte rendu de la commission\n\nMme Dupont a posé les questions suivantes :\n"
        "1. Pourquoi si peu de déclarations ont-elles été faites ?\n"
        "2. Qui était chargé de neutraliser le drone ?\n\n"
        "M. Martin a répondu que l'unité manquait de personnel depuis deux ans.\n",
    ),
}


@pytest.mark.parametrize("case", sorted(_LAST_OF_A_RUN))
def test_the_last_question_of_a_list_is_no_title(tmp_path: Path, case: str) -> None:
    suffix, raw = _LAST_OF_A_RUN[case]
    path = tmp_path / f"questions{suffix}"
    path.write_text(raw, encoding="utf-8")
    got = {c.number: c for c in parse_document(path).clauses()}
    assert got["2"].title is None
    assert got["2"].text.split()[0] in ("Who", "Quelles", "Which", "Qui"), case
