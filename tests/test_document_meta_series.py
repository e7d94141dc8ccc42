"""The document's own date and number, by classes of layout first met in heldout14.

Each row is a short text written by hand in the layout of a class of publishers (not a
copy of a held-out text), two publishers' styles for each class: a judgment's neutral
citation printed with no label over its cause title, the Federal Register's own document
number over the docket, RIN and CFR part of a rulemaking, an opinion's number over its year
above another act's number cited in running text, a French court's long file number; a
Federal Register rule's signing line under the issue's date, an archive printout's footer
date on every page under the text's own closing dateline. Expected values follow the
annotation guidelines (§6) and were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a neutral citation opening the head's line before the header's right-hand column
        (
            "en",
            "2026 INSC 388                                   REPORTABLE\n\n"
            "IN THE SUPREME COURT OF INDIA\nCRIMINAL APPEAL NO. 1204 OF 2026\n\n" + _BODY,
            "2026 INSC 388",
        ),
        # alone on its line above the court's name, with its division
        (
            "en",
            "[2026] EWHC 1187 (KB)\n\nIN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\n"
            "Case No: KB-2025-004411\n\n" + _BODY,
            "[2026] EWHC 1187 (KB)",
        ),
        # a French court's file number heading its decision: eight digits, then seven
        (
            "fr",
            "COUR NATIONALE DU DROIT D'ASILE\n\nN° 25044102\n______\nM. S.\n______\n\n" + _CORPS,
            "N° 25044102",
        ),
        (
            "fr",
            "TRIBUNAL ADMINISTRATIF DE LYON\n\nN° 2604512\n\nASSOCIATION X\n\n" + _CORPS,
            "N° 2604512",
        ),
    ],
)
def test_a_courts_own_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the Federal Register's number heads its online text, over the docket, RIN and part
        (
            "en",
            "[Federal Register Volume 91, Number 60 (Monday, March 30, 2026)]\n[Proposed Rules]\n"
            "[Pages 14410-14418]\n[FR Doc No: 2026-06121]\n\nDEPARTMENT OF HOMELAND SECURITY\n\n"
            "8 CFR Part 214\n\n[Docket No. USCIS-2026-0004]\nRIN 1615-AC91\n\n" + _BODY,
            "FR Doc. 2026-06121",
        ),
        # another agency's notice, the number in its filing form with an en dash
        (
            "en",
            "[FR Doc. 2026\u201307702 Filed 4-14-26; 8:45 am]\n\nDEPARTMENT OF THE TREASURY\n\n"
            "Office of Foreign Assets Control\n\n31 CFR Part 594\n\n" + _BODY,
            "FR Doc. 2026-07702",
        ),
        # an opinion's number over its year under the authority's name, not the proposal's
        (
            "en",
            "EUROPEAN DATA PROTECTION SUPERVISOR\n\nOpinion 9/2026\n\non the Proposal for a "
            "Regulation on travel data\n\nThis Opinion relates to the Proposal, COM(2026) 301 "
            "final. It does not preclude further comments.\n\n" + _BODY,
            "Opinion 9/2026",
        ),
        (
            "fr",
            "Comité européen de la protection des données\n\nAvis 12/2026 sur le projet de "
            "décision d'adéquation\n\nLe présent avis porte sur la proposition COM(2026) 77 "
            "final de la Commission.\n\n" + _CORPS,
            "Avis 12/2026",
        ),
    ],
)
def test_a_series_own_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


_FR_HEAD = (
    "[Federal Register Volume 91, Number 47 (Wednesday, March 11, 2026)]\n"
    "[Rules and Regulations]\n[FR Doc No: 2026-04711]\n\nDEPARTMENT OF TRANSPORTATION\n\n"
)

_PRINT = "\n\n{page}/3\n{stamp}\n"  # an archive printout's footer: the page, the print date


def _printout(title: str, body: str, closing: str, stamp: str) -> str:
    """An archive's printout in three pages, its footer dating the copy on each."""
    pages = [_PRINT.format(page=n, stamp=stamp) for n in (1, 2, 3)]
    return f"{title}\n{pages[0]}{body}{pages[1]}{body}\n{closing}\n{pages[2]}"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a rule's signing line at its foot, not the date in the register's header
        (
            "en",
            _FR_HEAD + "Federal Aviation Administration\n\n" + _BODY * 3 + "\n"
            "Issued in Washington, DC, on March 4, 2026.\nJane Roe,\nDeputy Administrator.\n",
            "2026-03-04",
        ),
        (
            "en",
            _FR_HEAD + "National Highway Traffic Safety Administration\n\n" + _BODY * 3 + "\n"
            "Issued under authority delegated in 49 CFR 1.95 on March 2, 2026.\nJohn Doe,\n"
            "Executive Director.\n",
            "2026-03-02",
        ),
        # a printout's footer date on every page, under the text's own closing dateline
        (
            "fr",
            _printout(
                "Communiqué des ministres réunis à Londres",
                _CORPS,
                "Londres, le 25 septembre 1985.",
                "18/03/2025",
            ),
            "1985-09-25",
        ),
        (
            "en",
            _printout(
                "Statement of the ministers meeting in Rome",
                _BODY,
                "Rome, 14 November 1984",
                "12/05/2025",
            ),
            "1984-11-14",
        ),
    ],
)
def test_a_foot_dates_the_text(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
