"""The document's own number printed with its title, by classes first met in heldout15.

Each row is a short text written by hand in the layout of a class of publishers (not a
copy of a held-out text), two publishers' styles for each class: a decision's number over
its year opening the line under its title (before its date), a parliamentary question's
number alone on its line, a periodical's issue number in its masthead between the name and
the month, a French-language community act's kind, n° and issuer codes before "portant",
and a code after its body's acronym that the pages' running header prints again. The same
numbers cited inside a sentence of the body are another document's. A code's header line
"Passed <date>" dates the act, as "Adoptée le" does, before a later amending act's dates.
Expected values follow the annotation guidelines (§6) and were worked out by hand from each text.
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
        # the number opens the line under the title, before the date, above a cited EU act
        (
            "en",
            "DECISION OF THE MIXED COMMITTEE\nNo 3/2026 of 12 March 2026 amending Annex II\n\n"
            "Whereas:\n(1) Commission Regulation (EU) 2025/118 of 4 May 2025 is to be "
            "incorporated.\n" + _BODY,
            "No 3/2026",
        ),
        # alone on its line, French
        (
            "fr",
            "DÉCISION DU COMITÉ MIXTE\nN° 5/2025\ndu 3 mars 2025\nrelative aux précurseurs\n\n"
            + _CORPS,
            "N° 5/2025",
        ),
    ],
)
def test_a_decisions_number_under_its_title(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "cited"),
    [
        (
            "en",
            "NOTE\n\nThe Committee recalls its Decision No 3/2026 of 12 March 2026.\n" + _BODY,
            "3/2026",
        ),
        (
            "fr",
            "NOTE\n\nLe Comité rappelle sa décision N° 5/2025 du 3 mars 2025.\n" + _CORPS,
            "5/2025",
        ),
    ],
)
def test_a_decisions_number_cited_in_a_sentence_is_not_own(
    lang: str, text: str, cited: str
) -> None:
    assert cited not in (own_symbol(text, lang) or "")


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "LOK SABHA\n\nMINISTRY OF HOME AFFAIRS\n\nSTARRED QUESTION NO. 245\n"
            "TO BE ANSWERED ON THE 4TH MARCH, 2026\n\n" + _BODY,
            "STARRED QUESTION NO. 245",
        ),
        (
            "fr",
            "SÉNAT\n\nQuestion écrite n° 04512\n\nM. Durand attire l'attention du ministre.\n"
            + _CORPS,
            "Question écrite n° 04512",
        ),
    ],
)
def test_a_parliamentary_questions_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "fr",
            "LA LETTRE DE L'OBSERVATOIRE - N° 12 - MARS 2026\n\nÉditorial\n\n" + _CORPS,
            "N° 12",
        ),
        ("en", "SECURITY MONITOR \u2014 No. 9 \u2014 APRIL 2026\n\nEditorial\n\n" + _BODY, "No. 9"),
    ],
)
def test_a_periodicals_issue_number_in_its_masthead(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (
            "UEMOA\n\nDIRECTIVE N° 02/2024/CM/UEMOA portant "
            "harmonisation des mesures de gel des avoirs\n\n" + _CORPS,
            "DIRECTIVE N° 02/2024/CM/UEMOA",
        ),
        (
            "JOURNAL OFFICIEL\n\nLoi n°112/AN/25/8ème L portant création d'une agence\n\n" + _CORPS,
            "Loi n°112/AN/25/8ème L",
        ),
        (
            "COMITE MINISTERIEL\n\nREGLEMENT N° 01/24/CEMAC/UMAC/CM\nportant gel des fonds\n\n"
            + _CORPS,
            "REGLEMENT N° 01/24/CEMAC/UMAC/CM",
        ),
    ],
)
def test_a_community_acts_kind_and_number(text: str, symbol: str) -> None:
    assert own_symbol(text, "fr") == symbol


def test_a_community_act_cited_in_a_visa_is_not_own() -> None:
    text = "ARRÊTÉ\n\nVu le Règlement n° 01/24/CEMAC/UMAC/CM portant gel des fonds ;\n" + _CORPS
    assert "CEMAC" not in (own_symbol(text, "fr") or "")


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "                       ICAO LEG/SC/26-4\n\nDECISION OF THE COMMITTEE\n\n"
            + _BODY * 3
            + "\n\nICAO LEG/SC/26-4                                   2\n"
            + _BODY,
            "ICAO LEG/SC/26-4",
        ),
        (
            "fr",
            "                       CEEAC CCM/DEC/07-2\n\nDÉCISION DU CONSEIL\n\n"
            + _CORPS * 3
            + "\n\nCEEAC CCM/DEC/07-2                                 3\n"
            + _CORPS,
            "CEEAC CCM/DEC/07-2",
        ),
    ],
)
def test_a_code_after_its_bodys_acronym_repeated_by_the_running_header(
    lang: str, text: str, symbol: str
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a consolidated code's page: its metadata's "in force from" stamp, then the act's
        # header line with its passing date, its gazette reference and its entry into force
        (
            "en",
            "Type: act\n\nIn force from: 01.01.2027\n\nPenal Code\n\n"
            "Passed 06.06.2001 RT I 2001, 61, 364 Entry into force 01.09.2002\n\n" + _BODY,
            "2001-06-06",
        ),
        (
            "fr",
            "Type : loi\n\nEn vigueur depuis : 01.01.2027\n\nCode pénal\n\n"
            "Adoptée le 12.03.2004 JO 2004, 61, 364 Entrée en vigueur le 01.06.2004\n\n" + _CORPS,
            "2004-03-12",
        ),
    ],
)
def test_a_codes_passed_line_dates_it(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a consolidated act's volume and chapter spelt out under its title, before a cited code
        (
            "en",
            "Protected Places Act, 2019\n\nS.O. 2019, CHAPTER 7\n\n"
            "An offence under the Criminal Code (R.S.C., 1985, c. C-46) applies.\n" + _BODY,
            "S.O. 2019, CHAPTER 7",
        ),
        (
            "fr",
            "Loi sur la sécurité civile\n\nL.Q. 2022, chapitre 31\n\n"
            "Une infraction au sens du Code criminel (L.R.C. 1985, c. C-46) s'applique.\n" + _CORPS,
            "L.Q. 2022, chapitre 31",
        ),
        # a clipped page whose front-matter title opens with the act's chapter code
        (
            "fr",
            '---\ntitle: "S-2.5 - Loi sur la sûreté"\ncreated: 2026-11-27\n---\n\n'
            "Une infraction au sens du Code criminel (L.R.C. 1985, c. C-46) s'applique.\n" + _CORPS,
            "S-2.5",
        ),
        (
            "en",
            '---\ntitle: "A-11.2 - Anti-terrorism Act"\ncreated: 2026-11-27\n---\n\n'
            "An offence under the Criminal Code (R.S.C., 1985, c. C-46) applies.\n" + _BODY,
            "A-11.2",
        ),
    ],
)
def test_a_consolidated_acts_own_chapter(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the house's answering day heads the question, over a table's "up to" note
        (
            "en",
            "LOK SABHA\nSTARRED QUESTION NO. 245\n\n"
            "TO BE ANSWERED ON THE 4TH MARCH, 2026/ PHALGUNA 13, 1947 (SAKA)\n\n"
            "Incidents reported:\n   Punjab      12      14\n   *up to 28th February, 2026\n\n"
            + _BODY,
            "2026-03-04",
        ),
        # the French house dates its written question by its publication, not by the answer's
        (
            "fr",
            "Question N° 4521\n\nQuestion publiée au JO le : 14/01/2025 page : 182\n"
            "Réponse publiée au JO le : 22/04/2025 page : 2901\n\n" + _CORPS,
            "2025-01-14",
        ),
    ],
)
def test_a_parliamentary_questions_own_date(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
