"""The document's own number when its shape is a code no publisher's data knows.

Each row is a short head written by hand in the layout of a class of publishers other than
the ones the rules were met on: a secretariat's symbol with the year in parentheses
(``IGAD(25)SEC.REP.3``), a service's note reference of letter and digit groups over
slashes (``CTIF/NA/25/0112-F``), a court's file number of letters and dotted groups
(``BB.2024.117``), an authority's directive number with a revision suffix (``2025-11R2``).
Where they stand is what tells them: alone on the head's first line, at the edge of a
running header or footer, in a labelled field even when other fields or a marking share
its line. French and English rows stand side by side; the last rows are codes of the same
shapes that are not the document's own (a previous note's reference in a sentence, a
marking, a field naming another document).
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
        # a symbol with the year in parentheses alone on the head's first line
        (
            "en",
            f"IGAD(25)SEC.REP.3\n\nINTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT\n\n{_BODY}",
            "IGAD(25)SEC.REP.3",
        ),
        (
            "fr",
            f"CEMAC(25)CM.DEC.4\n\nCOMMUNAUTÉ ÉCONOMIQUE\n\n{_CORPS}",
            "CEMAC(25)CM.DEC.4",
        ),
        # a communiqué's code and its year in parentheses alone on a head line
        (
            "en",
            f"Peace and Security Council\nSADC/OC/COMM.12 (2025)\n\nCOMMUNIQUÉ\n\n{_BODY}",
            "SADC/OC/COMM.12 (2025)",
        ),
        (
            "fr",
            f"Conseil de paix et de sécurité\nCEEAC/CPS/COMM.7 (2025)\n\nCOMMUNIQUÉ\n\n{_CORPS}",
            "CEEAC/CPS/COMM.7 (2025)",
        ),
        # letter and digit groups over slashes, only in the running footer beside the page
        (
            "en",
            f"Threat assessment\n\nDrones\n\n{_BODY}\nJTAC/TA/25/0093-E    1/2\n\n"
            f"{_BODY}\nJTAC/TA/25/0093-E    2/2\n",
            "JTAC/TA/25/0093-E",
        ),
        (
            "fr",
            f"Note d'analyse\n\nDrones\n\n{_CORPS}\nCTIF/NA/25/0112-F    1/2\n\n"
            f"{_CORPS}\nCTIF/NA/25/0112-F    2/2\n",
            "CTIF/NA/25/0112-F",
        ),
        # a labelled field after a marking or a heading on its own line, another field after it
        (
            "en",
            f"OFFICIAL-SENSITIVE Ref.: HO/CT/25/0117-E\n\nGUIDANCE NOTE\n\n{_BODY}",
            "HO/CT/25/0117-E",
        ),
        (
            "fr",
            f"DIFFUSION RESTREINTE Réf. : SGDSN/CT/25/0098\n\nNOTE\n\n{_CORPS}",
            "SGDSN/CT/25/0098",
        ),
        (
            "en",
            f"Authority portal\n\nCAA SECURITY DIRECTIVE SD No.: 2025-11R2 Issued: 3 March 2025\n\n"
            f"{_BODY}",
            "2025-11R2",
        ),
        (
            "fr",
            f"Portail\n\nCONSIGNE DE SÛRETÉ CS n° : 2025-07R1 Date : 3 mars 2025\n\n{_CORPS}",
            "2025-07R1",
        ),
        # a court's file number in a labelled field or a mirror's front matter
        (
            "en",
            f"FEDERAL ADMINISTRATIVE COURT\n\nCase number: BB.2024.117\n\n"
            f"Judgment of 4 May 2025\n\n{_BODY}",
            "BB.2024.117",
        ),
        (
            "fr",
            f"TRIBUNAL ADMINISTRATIF FÉDÉRAL\n\nAffaire : BB.2024.117\n\n"
            f"Arrêt du 4 mai 2025\n\n{_CORPS}",
            "BB.2024.117",
        ),
        (
            "en",
            f'---\nsource: "https://example.org/x.pdf"\ncase: "CA.2025.9"\n---\n\n{_BODY}',
            "CA.2025.9",
        ),
        (
            "fr",
            f'---\nsource: "https://example.org/x.pdf"\ncase: "CR.2025.12"\n---\n\n{_CORPS}',
            "CR.2025.12",
        ),
        # none: a previous note's reference in a sentence, a marking, a previous reference field
        (
            "en",
            f"Threat assessment\n\nIt updates note JTAC/TA/24/XI/0388 of 14 November 2024.\n\n"
            f"{_BODY}",
            None,
        ),
        (
            "fr",
            f"Note d'analyse\n\nElle complète la note CTIF/NA/24/XI/0388 du 14 novembre 2024.\n\n"
            f"{_CORPS}",
            None,
        ),
        # a fiscal year's label alone on a head line or closing a running footer is no number
        ("en", f"Budget justification\n\nFY2026\n\n{_BODY}\nJustice | FY2026\n", None),
        ("fr", f"Rapport de performance\n\nEX2025-26\n\n{_CORPS}\nJustice | EX2025-26\n", None),
        ("en", f"TLP:AMBER\n\nBRIEFING\nPrevious ref.: HO/CT/24/0099\n\n{_BODY}", None),
        ("fr", f"TLP:AMBER\n\nNOTE\nRéf. précédente : SGDSN/CT/24/0071\n\n{_CORPS}", None),
        # a register's file number is the file's, not the act's (a consolidated law's page)
        ("en", f"Consolidated act\nFile number (previous): 2025-04-11/07\n\n{_BODY}", None),
        ("fr", f"Législation consolidée\nDossier numéro : 2019-05-05/14\n\n{_CORPS}", None),
    ],
)
def test_a_code_by_where_it_stands(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a head's block of labelled dates under a meeting's span of days is no timeline: the
        # adoption field dates the text, not the span nor the circulation date
        (
            "en",
            "SADC ORGAN ON POLITICS, DEFENCE AND SECURITY\n\n"
            "Gaborone, Botswana\n2 – 4 June 2025\n\n"
            "MINISTERIAL COMMITTEE RECORD\n\nAdopted: 3 June 2025\nCirculated: 20 June 2025\n"
            "Original: English\n\n" + _BODY,
            "2025-06-03",
        ),
        (
            "fr",
            "COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS\n\nLibreville, Gabon\n10 – 12 mars 2025\n\n"
            "RELEVÉ DE CONCLUSIONS\n\nAdopté : 11 mars 2025\nDiffusé : 2 avril 2025\n"
            "Langue originale : français\n\n" + _CORPS,
            "2025-03-11",
        ),
        # an analysis's information cut-off dates its sources, the issue date the document
        (
            "en",
            "THREAT ASSESSMENT\n\nInformation cut-off date: 2 May 2025\n"
            "Date of issue: 19 May 2025\n\n" + _BODY,
            "2025-05-19",
        ),
        (
            "fr",
            "ÉVALUATION DE LA MENACE\n\nDate d'arrêt des informations : 30.4.2025\n"
            "Date de diffusion : 12.05.2025\n\n" + _CORPS,
            "2025-05-12",
        ),
    ],
)
def test_which_labelled_date_is_the_documents_own(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
