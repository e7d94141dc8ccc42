"""The document's own number and date where any publisher prints them, whatever its shape.

A paginated document repeats its own number in its running header or footer, spaced as
the page's layout spaces it and beside the page's number; a number it cites stands once in
a sentence. A mail's header and a file's digital signature stamp the sending with a clock
time and an offset from UTC; a periodical's masthead numbers its issue and names its month;
a treaty may write the year of its closing formula in words after a numeric day. Each row
is a short text written by hand in the style of a class of publishers; French and English
rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import own_date

_BODY = "The committee asks every operator to review its plans before the summer.\n"
_CORPS = "La commission demande à chaque exploitant de revoir ses plans avant l'été.\n"


def _paged(header: str, body: str, pages: int) -> str:
    """A text of ``pages`` pages, each opened by ``header`` beside its page number, spaced
    as a layout spaces a running header."""
    return "".join(f"\f{n}                    {header}\n\n{body}\n" for n in range(2, pages + 2))


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a running header's number over a cited proposal's code
        (
            "en",
            "HOUSE OF ASSEMBLY\n\n3 March 2026\n\nMOTION FOR A RESOLUTION\n\n"
            "Recalling the Commission's proposal (COM(2025) 114 final);\n\n"
            + _paged("DOC 12     0417/002", _BODY, 3),
            "DOC 12 0417/002",
        ),
        (
            "fr",
            "CHAMBRE DES DÉPUTÉS\n\n3 mars 2026\n\nPROPOSITION DE RÉSOLUTION\n\n"
            "Vu la proposition de la Commission (COM(2025) 114 final) ;\n\n"
            + _paged("DOC 12     0417/002", _CORPS, 3),
            "DOC 12 0417/002",
        ),
        # printed on two pages only: no running header, the cited code stays
        (
            "en",
            "HOUSE OF ASSEMBLY\n\nMOTION FOR A RESOLUTION\n\n"
            "Recalling the Commission's proposal (COM(2025) 114 final);\n\n"
            + _paged("DOC 12     0417/002", _BODY, 2),
            "COM(2025) 114 final",
        ),
        (
            "fr",
            "CHAMBRE DES DÉPUTÉS\n\nPROPOSITION DE RÉSOLUTION\n\n"
            "Vu la proposition de la Commission (COM(2025) 114 final) ;\n\n"
            + _paged("DOC 12     0417/002", _CORPS, 2),
            "COM(2025) 114 final",
        ),
        # a drafter's initials after the number make the footer's line no identifier (not
        # "8125/26 JM/ab"); the number the footer prints on every page is still the
        # document's, by its echo (as a Council document's "10384/17 kp/MB 1" numbers it)
        (
            "en",
            "NOTE\n\nSubject: drones\n\n" + _paged("8125/26 JM/ab", _BODY, 3),
            "8125/26",
        ),
        (
            "fr",
            "NOTE\n\nObjet : drones\n\n" + _paged("8125/26 JM/ab", _CORPS, 3),
            "8125/26",
        ),
    ],
)
def test_a_running_headers_number(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the sender's own reference ("our reference"), not the addressee's ("your reference")
        (
            "en",
            "Your ref.: PQ/26/301\nOur ref.: MOI/SEC/2026/118\n\nMINISTRY OF INTERIOR\n\n" + _BODY,
            "MOI/SEC/2026/118",
        ),
        (
            "fr",
            "V/Réf. : PQ/26/301\nN/Réf. : MI/SG/2026/118\n\nMINISTÈRE DE L'INTÉRIEUR\n\n" + _CORPS,
            "MI/SG/2026/118",
        ),
        # a decision's number under its kind, the title's words joined to its line
        (
            "en",
            "DECISION\nNo 214/2026 on the protection of public spaces\n\n" + _BODY,
            "No 214/2026",
        ),
        ("fr", "DÉCISION\nNo 214/2026 relative aux espaces publics\n\n" + _CORPS, "No 214/2026"),
    ],
)
def test_a_reference_line_and_a_number_under_the_kind(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


def _own(text: str, lang: str) -> str | None:
    hit = own_date(text, find_dates(text, lang))
    return hit.value if hit is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a mail's header stamps the sending; the masthead's month dates the issue, and a
        # day the issue reports does not narrow it
        (
            "en",
            "From: Monitor <news@example.org>\nDate: Tue, 17 Mar 2026 08:15:02 +0000\n"
            "Subject: Monitor No. 12\n\n=====\n"
            "THE REGIONAL MONITOR - No. 12 - MARCH 2026\n=====\n\n"
            "The ministers adopted the Lomé Declaration on 4 March 2026.\n" + _BODY,
            "2026-03",
        ),
        (
            "fr",
            "De : Veille <veille@example.org>\nDate: Tue, 17 Mar 2026 08:15:02 +0100\n"
            "Objet : Veille n° 12\n\n=====\nLA VEILLE RÉGIONALE - N° 12 - MARS 2026\n=====\n\n"
            "Les ministres ont adopté la Déclaration de Lomé le 4 mars 2026.\n" + _CORPS,
            "2026-03",
        ),
        # a digital signature's stamp yields to the dateline
        (
            "en",
            "NOTICE\n\nAccra, 6 August 2026\n\n" + _BODY + "\nSigned by: J. Mensah\n"
            "Date: Fri, 7 Aug 2026 21:14:52 +0000\n",
            "2026-08-06",
        ),
        (
            "fr",
            "AVIS\n\nDakar, le 6 août 2026\n\n" + _CORPS + "\nSigné par : A. Diop\n"
            "Date: Fri, 7 Aug 2026 21:14:52 +0000\n",
            "2026-08-06",
        ),
        # an adoption note in parentheses that the layout joined to the title in capitals
        (
            "en",
            "RECOMMENDATION ON SOFT TARGETS (adopted by the Committee on 9 October 2026 at its "
            "41st meeting)\n\n" + _BODY,
            "2026-10-09",
        ),
        (
            "fr",
            "RECOMMANDATION SUR LES CIBLES VULNÉRABLES (adoptée par le Comité le 9 octobre 2026 "
            "lors de sa 41e réunion)\n\n" + _CORPS,
            "2026-10-09",
        ),
        # the text names itself and says when it was finalised (its last line)
        (
            "en",
            "POLICY BRIEF\n\nDrones and crowded places\n\n" + _BODY + "\nThis brief was "
            "finalised on 2 October 2026.\n",
            "2026-10-02",
        ),
        (
            "fr",
            "NOTE DE POLITIQUE\n\nDrones et lieux bondés\n\n" + _CORPS + "\nLa présente note a "
            "été finalisée le 2 octobre 2026.\n",
            "2026-10-02",
        ),
        # a session's two days of adoption narrow to the day its footer's dateline gives
        (
            "en",
            "RESOLUTION ON THE SAHEL\n\nAdopted by the 12th Plenary Session, Dakar, 3 and 4 June "
            "2026\n\n" + _BODY + "\n---\n\nSession document No. 88 — 12th Session — Dakar, "
            "4 June 2026\n",
            "2026-06-04",
        ),
        (
            "fr",
            "RÉSOLUTION SUR LE SAHEL\n\nAdoptée par la 12e Session plénière, Dakar, 3 et 4 juin "
            "2026\n\n" + _CORPS + "\n---\n\nDocument de séance n° 88 — 12e Session — Dakar, "
            "4 juin 2026\n",
            "2026-06-04",
        ),
        # a closing formula's year in words after a numeric day
        (
            "en",
            "PROTOCOL ON PRECURSORS\n\n" + _BODY + "\nDONE at Colombo, on this the 3rd day of "
            "June, Two Thousand and\nTwenty-Six, in two originals.\n",
            "2026-06-03",
        ),
        (
            "fr",
            "PROTOCOLE SUR LES PRÉCURSEURS\n\n" + _CORPS + "\nFAIT à Niamey, le 3 juin deux mille "
            "vingt-six, en deux exemplaires originaux.\n",
            "2026-06-03",
        ),
    ],
)
def test_stamps_mastheads_and_years_in_words(lang: str, text: str, value: str | None) -> None:
    assert _own(text, lang) == value
