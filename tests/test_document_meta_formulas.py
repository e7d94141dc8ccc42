"""The document's own date and number, by classes met blind in heldout17.

Each row is a short text written by hand in the layout of a class of documents (not a
copy of a held-out text), French and English side by side where the class has both:
the word an instrument's own formula sets before its date (a statutory instrument's
"Made", a slip opinion's "DECIDED:", a decree's "Fait le", a decision's "Rendu le"), a
period that a sentence reports after a place's comma and a weekday before a date's comma
(no datelines), a date alone in its cell of an article's meta line; a series' kind before
its number, a court's judgment number over its year, an act's number over the issuing
body's code, a gazette notice's number, a court of appeals' docket. Expected values
follow the annotation guidelines (§6) and were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docstamps import stamp_in_noise
from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"
_LONG = "".join(f"{n}. {_BODY}\n" for n in range(1, 40))
_LONGUE = "".join(f"{n}. {_CORPS}\n" for n in range(1, 40))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the making line over the minister's signature, not the gazette's issue date on top
        (
            "en",
            "12 August 2026\n\nFEDERAL GOVERNMENT GAZETTE\n\nCIVIL AVIATION REGULATIONS 2026\n\n"
            + _LONG
            + "\nMade 5 August 2026\n\nMinister of Transport\n",
            "2026-08-05",
        ),
        (
            "fr",
            "2 janvier 2026\n\nJOURNAL OFFICIEL\n\nDécret relatif à la sûreté aérienne\n\n"
            + _LONGUE
            + "\nFait le 30 décembre 2025.\n\nLe Premier ministre\n",
            "2025-12-30",
        ),
        # the day the court decided, not the day it heard the argument
        (
            "en",
            "United States Court of Appeals\n\nAUGUST TERM 2025\n\nARGUED: MARCH 3, 2026\n"
            "DECIDED: SEPTEMBER 14, 2026\n\n" + _BODY,
            "2026-09-14",
        ),
        (
            "fr",
            "COUR ADMINISTRATIVE\n\nAudience du 3 mars 2026\nRendu le 14 septembre 2026\n\n"
            + _CORPS,
            "2026-09-14",
        ),
        # the word inside a sentence, not before its date, is no formula
        (
            "en",
            "Report of the Secretary-General\n\n12 May 2017\n\nThe report reviews progress\n"
            "made in the implementation of the Strategy from June 2016 to May 2017.\n",
            "2017-05-12",
        ),
        (
            "fr",
            "Rapport du Secrétaire général\n\n12 mai 2017\n\nLe rapport\n"
            "fait le point au 3 mars 2017 sur la mise en œuvre de la Stratégie.\n",
            "2017-05-12",
        ),
    ],
)
def test_the_formulas_word_for_its_date(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a period a sentence reports after a place's comma is no dateline: the page's stamp
        (
            "fr",
            "Mis à jour le 4 novembre 2026\n\nDrones armés au Sahel\n\n2. Les frappes les plus "
            "meurtrières ont visé des positions isolées dans la région de Ménaka, entre janvier "
            "et mars 2026.\n",
            "2026-11-04",
        ),
        (
            "en",
            "Last updated 4 November 2026\n\nArmed drones in the Sahel\n\n2. The deadliest strikes "
            "hit isolated positions in the region of Menaka, between January and March 2026.\n",
            "2026-11-04",
        ),
        # a dateline's day stays one
        ("fr", "Déclaration finale\n\nLomé, 12 mars 2026\n\n" + _CORPS, "2026-03-12"),
        ("en", "Final declaration\n\nLomé, 12 March 2026\n\n" + _BODY, "2026-03-12"),
        # a weekday before the comma is no place: a site's banner of today's date after its menu
        (
            "en",
            "Sitemap | Contact Us Thursday, 19 November 2026 - 18 Jumada al-Awwal 1448\n\n"
            "Ministerial statement\n\nRiyadh | 18/11/2026 | Category: Security\n\n" + _BODY,
            "2026-11-18",
        ),
        (
            "fr",
            "Plan du site | Contact Jeudi, 19 novembre 2026 - 18 Joumada al-Oula 1448\n\n"
            "Déclaration ministérielle\n\nRiyad | 18/11/2026 | Catégorie : Sécurité\n\n" + _CORPS,
            "2026-11-18",
        ),
    ],
)
def test_a_reported_period_or_a_weekday_is_no_dateline(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # the date alone in its cell of an article's meta line, between its kind and its time
        ("en", "News item | 01-12-2026 | 10:00", True),
        ("fr", "Actualité | 4 novembre 2026 | 10:00", True),
        # a middle dot is a cell's bar too: a blog's kind, its date, its reading time
        ("en", "Policy Briefs · September 15, 2026 · 9 min read", True),
        ("fr", "Notes d'analyse · 15 septembre 2026 · 9 min de lecture", True),
        ("en", "News · The ministers met on 4 November 2026 in Rome · Photos", False),
        ("fr", "Actualité · Les ministres se sont réunis le 4 novembre 2026 · Photos", False),
        # a cell of running words reports an event
        ("en", "News | The ministers met on 4 November 2026 in Rome | Photos", False),
        ("fr", "Actualité | Les ministres se sont réunis le 4 novembre 2026 | Photos", False),
    ],
)
def test_a_date_alone_in_its_cell(lang: str, line: str, kept: bool) -> None:
    text = line + "\n\n" + (_BODY if lang == "en" else _CORPS)
    hit = next(h for h in find_dates(text, lang) if h.precision == "day")
    assert stamp_in_noise(text, hit, 0, len(line)) is kept
    if kept:  # and it dates the document as a short head line would
        assert _own(text, lang) == hit.value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a series' kind printed before its number and the issue's month is part of it
        ("en", "Hedayah Policy Brief No. 31 – September 2026\n\n" + _BODY, "Policy Brief No. 31"),
        ("fr", "Institut Sahel - Rapport No. 12 – Octobre 2025\n\n" + _CORPS, "Rapport No. 12"),
        # a publisher's name before the number is not
        ("en", "NATO Defense College, Rome - No. 66 – April 2011\n\n" + _BODY, "No. 66"),
        # a court's judgment number over its year keeps its kind, alone or before its date
        (
            "fr",
            "Arrêt n° 131/2026 du 8 octobre 2026\n\nA R R E T\n\n" + _CORPS,
            "Arrêt n° 131/2026",
        ),
        ("en", "Judgment No. 45/2026\n\nTHE COURT\n\n" + _BODY, "Judgment No. 45/2026"),
        # a record's serial with no year is cited by its n°
        ("fr", "Arrêt n° 842 du 17 juin 2026\n\n" + _CORPS, "n° 842"),
        # an act's number over the issuing body's code keeps its kind, a year-serial too
        (
            "fr",
            "DÉCISION N°2026-05/CM\nportant adoption de la directive\n\n" + _CORPS,
            "DÉCISION N°2026-05/CM",
        ),
        (
            "fr",
            "REGLEMENT N° 04/23/CEMAC/UMAC/CM portant gel des avoirs\n\n" + _CORPS,
            "REGLEMENT N° 04/23/CEMAC/UMAC/CM",
        ),
    ],
)
def test_a_series_or_acts_number_with_its_kind(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


_PAGED = "".join(f"{_BODY}\nP.U. (A) 212\n\n" for _ in range(3))


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a gazette notice's number on top, printed again on every page
        (
            "en",
            "12 August 2026\nP.U. (A) 212\n\nFEDERAL GOVERNMENT GAZETTE\n\n" + _PAGED,
            "P.U. (A) 212",
        ),
        # a court of appeals' docket alone on its line, maybe after "No."
        ("en", "25-1187-cr\nUnited States v. Haddou\n\n" + _BODY, "25-1187-cr"),
        ("en", "In the\nUnited States Court of Appeals\n\nNo. 24-302-cv\n\n" + _BODY, "24-302-cv"),
    ],
)
def test_a_gazette_notices_or_dockets_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # printed once, a dotted code and a letter are no notice's number
        ("en", "Minutes\n\nP.U. (A) 212\n\n" + _BODY),
        # a year and a serial with no case type is no docket
        ("en", "Minutes\n\n25-1187\n\n" + _BODY),
        ("fr", "Procès-verbal\n\n25-1187\n\n" + _CORPS),
    ],
)
def test_no_notice_or_docket(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None
