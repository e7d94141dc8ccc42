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
from ctdocs.layout._repository import folded_prose, record_summary

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


# A fold its summary names the repository's record (a changelog, a history note) holds the
# copy's record though its lines are written in sentences: they stay set aside.
CHANGELOG = {
    "fr": (
        "Historique des versions",
        [
            "Version 2.1, mise à jour pour ajouter les nouvelles coordonnées des référents "
            "académiques et pour corriger un lien qui ne fonctionnait plus.",
            "Version 2.0, révisée après la consultation des établissements et des "
            "collectivités menée au cours du printemps dernier.",
        ],
    ),
    "en": (
        "Version history",
        [
            "Version 2.1, updated to add the new contact details for the regional "
            "prevention coordinators and to correct a broken link.",
            "Version 2.0, revised after the consultation with schools and local "
            "authorities held during the spring term.",
        ],
    ),
}
AFTER = {
    "fr": "L'intervenant informe ensuite le référent de l'établissement, qui décide avec "
    "lui des suites à donner au signalement.",
    "en": "The youth worker then informs the centre's safeguarding lead, who decides with "
    "them what follows the referral.",
}
NOTE = {
    "fr": (
        "Note historique",
        "- DORS/2026-45, art. 3; cet article a été modifié pour remplacer la mention de "
        "l'ancienne liste et celle de l'annexe précédente.",
    ),
    "en": (
        "Historical Note",
        "- SOR/2026-45, s. 3; this section was amended to replace the reference to the "
        "former list and the earlier schedule.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_folded_changelog_in_sentences_is_set_aside(lang: str) -> None:
    summary, lines = CHANGELOG[lang]
    assert all(folded_prose(line) for line in lines)  # the shape alone would keep them
    body = _body(_page(lang, lines, summary) + "\n\n" + AFTER[lang])
    assert LEAD[lang][:40] in body and AFTER[lang][:40] in body
    for line in lines:
        assert line[:40] not in body


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_history_note_in_a_sentence_is_set_aside(lang: str) -> None:
    summary, line = NOTE[lang]
    assert folded_prose(line)
    body = _body(_page(lang, [line], summary))
    assert line[2:40] not in body


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_prose_under_a_summary_that_names_no_record_stays(lang: str) -> None:
    """A summary on the text's own past ("Contexte historique") names no record."""
    summary = {"fr": "Contexte historique", "en": "Historical background"}[lang]
    body = _body(_page(lang, PROSE[lang], summary))
    for para in PROSE[lang]:
        assert para[:60] in body


@pytest.mark.parametrize(
    "line",
    [
        "<summary>Historique des versions</summary>",
        "<summary>Version history</summary>",
        "<details><summary><strong>Note historique</strong></summary>",
        "<details><summary>Historical Note</summary>",
    ],
)
def test_a_summary_names_the_record(line: str) -> None:
    assert record_summary(line)


@pytest.mark.parametrize(
    "line",
    [
        "<summary>Exemple : le cas « Noah »</summary>",
        "<summary>Case study: the story of Sam</summary>",
        "<summary>Contexte historique de la menace</summary>",
        "<summary>Historical background to the threat</summary>",
        "<details>",
    ],
)
def test_a_summary_that_names_no_record(line: str) -> None:
    assert not record_summary(line)


def _page_label_apart(lang: str, folded: list[str], summary: str) -> str:
    """The summary's label on a line of its own, between ``<summary>`` and ``</summary>``."""
    page = _page(lang, folded, summary)
    page = page.replace(f"<summary>{summary}</summary>", f"<summary>\n\n{summary}\n\n</summary>")
    return page + "\n\n" + AFTER[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_changelog_under_a_label_on_its_own_line_is_set_aside(lang: str) -> None:
    summary, lines = CHANGELOG[lang]
    body = _body(_page_label_apart(lang, lines, summary))
    assert AFTER[lang][:40] in body and summary not in body
    for line in lines:
        assert line[:40] not in body


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_example_under_a_label_on_its_own_line_stays(lang: str) -> None:
    body = _body(_page_label_apart(lang, PROSE[lang], HEAD[lang][1]))
    assert HEAD[lang][1] not in body
    for para in PROSE[lang]:
        assert para[:60] in body
