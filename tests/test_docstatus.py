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
        # a long name before its comma and the text's place of issue: still the text's own
        (
            "fr",
            "Guide pratique de la lutte contre le blanchiment des capitaux et le financement du terrorisme (LCB-FT), Conseil national des barreaux, édition adoptée par l'assemblée générale des 12 et 13 juin 2025 — réf. CNB/GUIDE/2025.",
            "2025-06-12/2025-06-13",
        ),
        (
            "en",
            "Practical guide on countering the financing of terrorism for charities (CFT), Charity Regulator, edition validated by the general meeting of 12 and 13 June 2025 — ref. CR/GUIDE/2025.",
            "2025-06-12/2025-06-13",
        ),
        # a text's own long name opens on its noun, no determiner
        (
            "fr",
            "Guide de bonnes pratiques pour la protection des lieux de culte contre les actes de terrorisme, validé par le comité de pilotage le 3 mars 2026.",
            "2026-03-03",
        ),
        (
            "en",
            "Handbook on the protection of places of worship against terrorist attacks and hate crime, endorsed by the Steering Committee on 3 March 2026.",
            "2026-03-03",
        ),
        # negative rows: a long sentence opening on a determiner before the comma names a text
        # the guidance cites
        (
            "fr",
            "Cette boîte à outils accompagne la mise en œuvre des Principes directeurs de Madrid, adoptés par le Comité contre le terrorisme le 28 juillet 2015.",
            None,
        ),
        (
            "en",
            "The Rabat Memorandum on Good Practices for Effective Counterterrorism Practice in the Criminal Justice Sector, endorsed by GCTF ministers on 7 June 2012.",
            None,
        ),
        # negative rows: the act the statement cites, its long name before "du"/"of"
        (
            "fr",
            "Lignes directrices, validées par le collège de supervision conformément à la directive (UE) 2015/849 du Parlement européen et du Conseil du 20 mai 2015.",
            None,
        ),
        (
            "en",
            "Guidelines endorsed by the Board of Supervisors pursuant to Directive (EU) 2015/849 of the European Parliament and of the Council of 20 May 2015.",
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
    ("text", "value"),
    [
        # a statement in the body, past the first numbered point, tells another text's story;
        # the page's stamp dates the text
        (
            "# National counter-terrorism strategy\n\nPublished 2 February 2026\n\n1. Context\n\nThe previous strategy was reviewed in 2024. Adopted by the Council on 3 May 2019.\n\n2. Goals\n\nThe strategy sets out four goals for the ministries.\n",
            "2026-02-02",
        ),
        (
            "# Stratégie nationale de lutte contre le terrorisme\n\nMis à jour le 2 février 2026\n\n1. Contexte\n\nLa stratégie précédente a été évaluée en 2024. Adoptée par le Conseil le 3 mai 2019.\n\n2. Objectifs\n\nLa stratégie fixe quatre objectifs aux ministères.\n",
            "2026-02-02",
        ),
        # negative rows: the same statement above the first point is the text's own
        (
            "# National counter-terrorism strategy\n\nThe previous strategy was reviewed in 2024. Adopted by the Council on 3 May 2019.\n\n1. Context\n\nThe strategy sets out four goals for the ministries.\n",
            "2019-05-03",
        ),
        (
            "# Stratégie nationale de lutte contre le terrorisme\n\nLa stratégie précédente a été évaluée en 2024. Adoptée par le Conseil le 3 mai 2019.\n\n1. Contexte\n\nLa stratégie fixe quatre objectifs aux ministères.\n",
            "2019-05-03",
        ),
    ],
)
def test_a_status_statement_belongs_to_the_head(text: str, value: str) -> None:
    doc = parse_text(text)
    assert (doc.date.value if doc.date else None) == value


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
