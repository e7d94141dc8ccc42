"""A date that ends a lead-in, its line closed by a colon, is no short head line
(ctdocs.extract._document._short_line; guidelines §6).

A short line ending in a date reads as a head line that dates the document ("804th
meeting - 11 July 2002"). A line the colon ends opens a list or a quotation: its date is
a step of what follows (a circular's "2.2 Each operator shall, by 30 September 2026:") or
the source of a quoted extract ("As the Minister told Parliament on 15 February 2018:"),
never the text's own date (heldout42 en11). A dateline stays one, its colon or not. Rows in a
circular's, a standing order's, a committee extract's and a note's shapes; the same
lines without the colon, a label's colon before the date and a dateline keep dating the
text. Expected values read off the texts by hand.
"""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._document import own_date


def _own(text: str, lang: str) -> str | None:
    best = own_date(text, find_dates(text, lang))
    return None if best is None else best.value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a circular's obligation with its deadline, a list under it
        (
            "en",
            "Guidance on unmanned aircraft near aerodromes\n\n2.2 Each aerodrome operator shall, by 30 September 2026:\n\n(a) establish a procedure for detecting unmanned aircraft;\n\n(b) report every sighting to the Authority.\n",
        ),
        (
            "fr",
            "Note relative aux drones aux abords des aérodromes\n\n2.2 Chaque exploitant devra, d'ici le 30 septembre 2026 :\n\na) établir une procédure de détection ;\n\nb) signaler chaque survol à l'Autorité.\n",
        ),
        # a quoted extract's source line
        (
            "en",
            'Report of the Standing Committee\n\nAs the Minister told Parliament on 15 February 2018:\n\n"That the Committee be authorized to examine the bill."\n',
        ),
        (
            "fr",
            "Rapport de la commission permanente\n\nExtrait du registre des délibérations, jeudi 15 février 2018 :\n\n« Que la commission soit autorisée à examiner le projet. »\n",
        ),
    ],
)
def test_a_lead_in_s_date_is_no_own_date(lang: str, text: str) -> None:
    assert _own(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the same short line without its colon: a head line
        (
            "en",
            "Standing Committee on Security\n\n804th meeting - 11 July 2026\n\nThe Committee met.\n",
            "2026-07-11",
        ),
        (
            "fr",
            "Comité permanent de la sécurité\n\n804e séance - 11 juillet 2026\n\nLe Comité s'est réuni.\n",
            "2026-07-11",
        ),
        # a label's colon before the date, the line ending in the date
        (
            "en",
            "Circular No. 7/2026\n\nIssued: 11 May 2026\n\n1. Operators shall report every sighting.\n",
            "2026-05-11",
        ),
        (
            "fr",
            "Circulaire n° 7/2026\n\nDate de signature : 11 mai 2026\n\n1. Les exploitants signalent chaque survol.\n",
            "2026-05-11",
        ),
        # a signature's date opening its line, the colon after the signer's formula
        (
            "fr",
            "Message du Conseil fédéral\n\nNous vous proposons d'adopter le projet.\n\n12 juin 2026 Au nom du Conseil fédéral suisse :\n\nLe président de la Confédération\n",
            "2026-06-12",
        ),
        (
            "en",
            "Message of the Federal Council\n\nWe propose that you adopt the draft.\n\n12 June 2026 On behalf of the Swiss Federal Council:\n\nThe President of the Confederation\n",
            "2026-06-12",
        ),
        # a dateline, even where a colon follows it
        (
            "fr",
            "Communiqué\n\nParis, le 12 mars 2026 :\n\nLe ministre a présenté le plan.\n",
            "2026-03-12",
        ),
    ],
)
def test_a_head_line_s_date_still_dates_the_text(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a head line of a few words its date closes with a colon: no sentence's lead-in
        (
            "en",
            "Press release – 12 March 2026:\n\nThe Council today adopted conclusions on terrorism.\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Communiqué de presse – 12 mars 2026 :\n\nLe Conseil a adopté des conclusions sur le terrorisme.\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Déclaration commune\n\nRéunion des ministres, 12 mars 2026 :\n\nLes ministres sont convenus de ce qui suit.\n",
            "2026-03-12",
        ),
        # a decision's opening, its meeting's date linked to the meeting: the decision's date
        (
            "en",
            "Decision of the Board\n\nThe Board, at its meeting of 12 March 2026:\n\n(a) adopted the plan;\n(b) noted the report.\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Décision du Conseil\n\nLe Conseil, en sa séance du 12 mars 2026 :\n\na) adopte le plan ;\nb) prend acte du rapport.\n",
            "2026-03-12",
        ),
        # a sentence telling the text's own issue or approval
        (
            "en",
            "Guidance note\n\nThis guidance was issued by the Authority on 12 March 2026:\n\n1. Scope\n\nThis note applies to operators.\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Note d'orientation\n\nNote approuvée par le comité de direction le 12 mars 2026 :\n\n1. Champ\n\nLa note s'applique aux exploitants.\n",
            "2026-03-12",
        ),
    ],
)
def test_a_head_line_or_a_decision_s_opening_closed_by_a_colon_dates_the_text(
    lang: str, text: str, value: str
) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence's lead-in of the same length, no link before its date: no own date
        (
            "en",
            'Statement on the attack\n\nThe Minister told the House on 12 March 2026:\n\n"We will not yield."\n',
        ),
        (
            "fr",
            "Déclaration sur l'attentat\n\nLe ministre a déclaré devant l'Assemblée le 12 mars 2026 :\n\n« Nous ne céderons pas. »\n",
        ),
    ],
)
def test_a_sentence_s_lead_in_closed_by_its_date_stays_no_own_date(lang: str, text: str) -> None:
    assert _own(text, lang) is None
