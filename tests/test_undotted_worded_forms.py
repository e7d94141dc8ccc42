"""A word and a number before a title, in a run 1, 2, 3 … (``Item 2.   Election of the
Bureau``), are the numbered parts of a meeting's record or a plan, cited with their word
(guidelines §1a: ``Item 2``). The word may be printed in capitals (``ITEM 2.  ADOPTION OF
THE AGENDA``, cited ``Item 2`` as ``CHAPTER I`` is ``Chapter I``) or qualified by a second
word in lower case (``Agenda item 2: Confirmation of previous minutes``): the run decides,
as for one word. Not a run, a contents list's entries (a page number at the end), a
caption (``TABLE 1.``) or a date: no part. French and English rows side by side, in plain
text and Markdown; the expected numbers and titles were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return [(c.number, c.title) for c in doc.clauses()]


_PARTS = [
    (
        "en",
        "RECORD OF DECISIONS\n\nITEM 1.  OPENING OF THE MEETING\n\n"
        "1.1 The Chair opened the meeting and welcomed the delegates.\n\n"
        "ITEM 2.  ADOPTION OF THE AGENDA\n\n2.1 The Council adopted the agenda as circulated.\n\n"
        "ITEM 3.  ANY OTHER BUSINESS\n\n3.1 No other business was raised.\n",
        [
            ("Item 1", "OPENING OF THE MEETING"),
            ("1.1", None),
            ("Item 2", "ADOPTION OF THE AGENDA"),
            ("2.1", None),
            ("Item 3", "ANY OTHER BUSINESS"),
            ("3.1", None),
        ],
    ),
    (
        "fr",
        "RELEVÉ DE DÉCISIONS\n\nVOLET 1.  OUVERTURE DE LA RÉUNION\n\n"
        "1.1 La présidente ouvre la réunion et salue les délégations.\n\n"
        "VOLET 2.  ADOPTION DE L'ORDRE DU JOUR\n\n2.1 Le Conseil adopte l'ordre du jour.\n\n"
        "VOLET 3.  QUESTIONS DIVERSES\n\n3.1 Aucune autre question n'est soulevée.\n",
        [
            ("Volet 1", "OUVERTURE DE LA RÉUNION"),
            ("1.1", None),
            ("Volet 2", "ADOPTION DE L'ORDRE DU JOUR"),
            ("2.1", None),
            ("Volet 3", "QUESTIONS DIVERSES"),
            ("3.1", None),
        ],
    ),
    (
        "en",
        "# Minutes of the committee\n\nAgenda item 1: Opening and confirmation of agenda\n"
        "1.1 The Chairperson opened the meeting at 9.35 a.m.\n\n"
        "Agenda item 2: Confirmation of previous minutes\n"
        "2.1 The minutes of the last meeting were confirmed.\n\n"
        "Agenda item 3: Next meeting\n3.1 The Committee will meet again on 2 October.\n",
        [
            ("Agenda item 1", "Opening and confirmation of agenda"),
            ("1.1", None),
            ("Agenda item 2", "Confirmation of previous minutes"),
            ("2.1", None),
            ("Agenda item 3", "Next meeting"),
            ("3.1", None),
        ],
    ),
    (
        "fr",
        "# Compte rendu de la commission\n\nÉtape clé 1 : Ouverture de la séance\n"
        "1.1 Le président ouvre la séance à 9 h 30.\n\n"
        "Étape clé 2 : Approbation du procès-verbal\n"
        "2.1 Le procès-verbal de la séance précédente est approuvé.\n\n"
        "Étape clé 3 : Prochaine séance\n3.1 La commission se réunira le 2 octobre.\n",
        [
            ("Étape clé 1", "Ouverture de la séance"),
            ("1.1", None),
            ("Étape clé 2", "Approbation du procès-verbal"),
            ("2.1", None),
            ("Étape clé 3", "Prochaine séance"),
            ("3.1", None),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _PARTS)
def test_word_in_capitals_or_qualified_before_a_run_of_numbers(
    lang: str, text: str, want: list[tuple[str, str | None]]
) -> None:
    assert _read(text, lang) == want


_NO_PARTS = [
    (
        "en",
        "CONTENTS\nITEM 1.  OPENING OF THE MEETING ........ 2\n"
        "ITEM 2.  ADOPTION OF THE AGENDA ........ 2\nITEM 3.  ANY OTHER BUSINESS ........ 3\n\n"
        "The Council met in Gaborone on 24 August.\n",
        "Item",
    ),
    (
        "en",
        "Results of the survey\n\nTABLE 1.  RESPONDENTS BY COUNTRY\n\nThe survey reached 400 "
        "officers.\n\nTABLE 2.  RESPONDENTS BY AGENCY\n\nMost respondents were police.\n\n"
        "TABLE 3.  TRAINING RECEIVED\n\nFew had been trained.\n",
        "Table",
    ),
    (
        "fr",
        "Calendrier\n\nJuin 3 : ouverture des inscriptions au stage.\n\nJuin 4 : première "
        "journée de formation.\n\nJuin 5 : exercice sur le terrain.\n",
        "Juin",
    ),
    (
        "fr",
        "Rapport annuel\n\nSALLE 2.  La réunion s'est tenue dans la salle du conseil.\n\n"
        "Le Conseil a adopté son programme de travail.\n",
        "Salle",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word"), _NO_PARTS)
def test_contents_captions_dates_and_lone_lines_are_no_parts(
    lang: str, text: str, word: str
) -> None:
    assert not [n for n, _ in _read(text, lang) if n.casefold().startswith(word.casefold())]
