"""What a ``<details>`` block folds away (src/ctdocs/layout/_repository.py): a
consolidation's history note is the repository's record (noise), but a wiki's or a book
export's folded example is the text's own prose and stays in the text. Hand-written
Markdown pages in other publishers' shapes, French and English side by side; negative rows
of the same shape (citation lists, a history note written as a sentence, a short folded
line) are still set aside.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._repository import folded_prose

PROSE = {
    "fr": [
        "Noah, 15 ans, partage depuis l'automne des mèmes violents sur un forum et parle "
        "d'« actions » contre une école de son quartier. L'équipe consulte le centre.",
        "L'intervenante note les propos tenus, avec leur date, puis en discute dans les "
        "48 heures avec sa supérieure et l'équipe psychosociale de l'établissement.",
    ],
    "en": [
        "A 16-year-old shares extremist videos on a gaming platform and talks about "
        "attacking a place of worship near his school. The team calls the helpline.",
        "The officer records what was said and when, and discusses it within two days "
        "with a supervisor and the school's wellbeing team before any referral.",
    ],
}
NOT_PROSE = {
    "fr": [
        "- L.R. (1985), ch. E-17, art. 5; 1993, ch. 32, art. 3; 2004, ch. 15, art. 37.",
        "Modifié par L.C. 2004, ch. 15, art. 37 et par L.C. 2015, ch. 3, art. 82, "
        "en vigueur le 1er avril 2016.",
        "Voir aussi la fiche 2.",
    ],
    "en": [
        "- R.S., 1985, c. E-17, s. 5; 1993, c. 32, s. 3; 1995, c. 35, s. 2; 2004, c. 15, s. 37.",
        "Amended by S.C. 2004, c. 15, s. 37 and by S.C. 2015, c. 3, s. 82, in force on "
        "1 April 2016.",
        "See also sheet 2.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1])
def test_a_folded_paragraph_is_prose(lang: str, k: int) -> None:
    assert folded_prose(PROSE[lang][k])


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_history_note_is_not_prose(lang: str, k: int) -> None:
    assert not folded_prose(NOT_PROSE[lang][k])


HEAD = {
    "fr": ("# Fiche 3 — Signalement auprès des jeunes", "Exemple : un cas fictif"),
    "en": ("# Sheet 3 — Referring young people", "Case study (fictional)"),
}
LEAD = {
    "fr": "La présente fiche décrit la marche à suivre lorsqu'un intervenant observe des "
    "signes de radicalisation violente chez un jeune de son établissement.",
    "en": "This sheet sets out what a youth worker does when a young person in the "
    "centre shows signs of violent radicalisation and needs support.",
}


def _page(lang: str, folded: list[str], summary: str) -> str:
    return "\n\n".join(
        [
            HEAD[lang][0],
            LEAD[lang],
            "<details>",
            f"<summary>{summary}</summary>",
            *folded,
            "</details>",
        ]
    )


def _body(doc_text: str) -> str:
    doc = parse_text(doc_text, layout="markdown")
    return " ".join(b.text or "" for b in doc.blocks())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_folded_example_stays_in_the_text(lang: str) -> None:
    body = _body(_page(lang, PROSE[lang], HEAD[lang][1]))
    for para in PROSE[lang]:
        assert para[:60] in body


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_folded_history_note_is_still_set_aside(lang: str) -> None:
    body = _body(_page(lang, NOT_PROSE[lang][:2], "Historique" if lang == "fr" else "History"))
    assert LEAD[lang][:40] in body
    for note in NOT_PROSE[lang][:2]:
        assert note[2:40] not in body
