"""A head's status statement dates the document (ctdocs.extract._docstatus; guidelines §6).

Guidance and handbooks that print no dateline say in one sentence of their head which body
adopted them and when. The first rows are the pooled first-sight class (heldout35 fr08,
heldout36 en07 and fr08: no date found), written again in other publishers' shapes; the
negative rows have the same shape on ordinary text: a date that does not close the
sentence, a cited instrument's adoption, a verb deep in a clause. Every expected value was
read by hand from the text under the guidelines' rules. French and English side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docstatus import status_cue

_FR = "# Lignes directrices\n\n{s}\n\n1. Objet\n\nLes présentes lignes directrices s'appliquent aux associations et à leurs dirigeants.\n"
_EN = "# Guidance\n\n{s}\n\n1. Scope\n\nThis guidance applies to customs administrations and their officers.\n"


@pytest.mark.parametrize(
    ("lang", "statement", "value"),
    [
        # the verb after the name and its number and a comma; the date closes the sentence
        (
            "fr",
            "Lignes directrices CTAF n° 2026-02, adoptées par le Conseil de la Commission tunisienne des analyses financières lors de sa séance du 25 février 2026. Elles remplacent la note d'orientation n° 2017-03.",
            "2026-02-25",
        ),
        (
            "en",
            "**Guidance Note 4/2026**, approved by the Board of Directors at its meeting of 8 April 2026 — replaces Guidance Note 2/2021.",
            "2026-04-08",
        ),
        # one word before the verb in its segment; a semicolon, a session's two days
        (
            "fr",
            "> Référentiel de sûreté des gares, version 2.1, validée par le comité de pilotage interministériel le 3 mars 2026 ; elle remplace la version 1.4.",
            "2026-03-03",
        ),
        (
            "fr",
            "Charte de déontologie du réseau, édition entérinée par l'assemblée plénière des 19 et 20 janvier 2026.",
            "2026-01-19/2026-01-20",
        ),
        # the verb opening a sentence, the date after the place
        (
            "en",
            "> Handbook for port security officers, second edition. Adopted by the Council of the Regional Maritime Organisation at its 12th meeting, Suva, 14 November 2025.",
            "2025-11-14",
        ),
        # negative rows: the date does not close the sentence (a narrative runs on)
        (
            "fr",
            "La stratégie nationale, adoptée par le Gouvernement le 12 mars 2024, fixe trois objectifs pour les ministères.",
            None,
        ),
        (
            "en",
            "The national strategy, adopted by the Cabinet on 12 March 2024, sets three goals for the ministries.",
            None,
        ),
        # a cited instrument's adoption, named right before the comma
        (
            "fr",
            "Résolution 2396 (2017), adoptée par le Conseil de sécurité le 21 décembre 2017.",
            None,
        ),
        ("en", "Decision No. 8/19, adopted by the Ministerial Council on 6 December 2019.", None),
        # the date of an act the statement cites ("en vertu de la loi du …", "under the Act of")
        (
            "fr",
            "Note d'orientation n° 4, adoptée par le directeur en vertu de la loi du 14 mars 2019.",
            None,
        ),
        (
            "en",
            "Guidance Note 4/2026, approved by the Director under the Act of 14 March 2019.",
            None,
        ),
        # the verb deep in a clause
        (
            "fr",
            "Ce guide reprend les principes que le conseil d'administration avait adoptés le 2 mai 2019.",
            None,
        ),
        (
            "en",
            "The guide restates the principles that the board of directors had adopted on 2 May 2019.",
            None,
        ),
    ],
)
def test_a_status_statement_dates_the_document(
    lang: str, statement: str, value: str | None
) -> None:
    doc = parse_text((_FR if lang == "fr" else _EN).format(s=statement))
    assert (doc.date.value if doc.date else None) == value


def test_a_status_statement_inside_a_fenced_box() -> None:
    """heldout36 en07's shape: an mdBook admonition holds the statement (the dateline rule
    does not reach a line under a fence)."""
    text = (
        '# Chapter 3 – Explosive precursors\n\n```admonish info title="Document status"\n'
        "OCO Guideline G-2026/02, version 1.0. Endorsed by the 27th Annual Conference of the "
        "Oceania Customs Organisation, Nuku'alofa, Tonga, 20 May 2026. Supersedes the interim "
        "advice circulated by the Secretariat on 9 October 2024.\n```\n\n3.1 Purpose\n\n"
        "3.1.1 This chapter sets out how member administrations should control explosive "
        "precursors.\n"
    )
    doc = parse_text(text)
    assert doc.date is not None and doc.date.value == "2026-05-20"


@pytest.mark.parametrize(
    ("before", "after", "found"),
    [
        ("Note n° 4, adoptée par le Bureau le ", ".", True),
        ("Note No. 4, adopted by the Bureau on ", " — replaces Note No. 2.", True),
        ("Note n° 4, adoptée par le Bureau le ", ", fixe les règles.", False),
        ("Note No. 4, adopted by the Bureau on ", ", sets the rules.", False),
        ("Le plan que le Bureau avait adopté le ", ".", False),
        ("The plan that the Bureau had adopted on ", ".", False),
    ],
)
def test_status_cue(before: str, after: str, found: bool) -> None:
    assert (status_cue(before, after) is not None) is found
