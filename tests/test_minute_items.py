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
