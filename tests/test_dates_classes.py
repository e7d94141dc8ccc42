"""Date forms first met in heldout10, as classes: French and English rows side by side.

A footnote's mark glued after a year that ends a sentence ("in 2023.1 In November"), two
consecutive months sharing the year written after the second ("in November and
December 2024"), two full dates joined by a to-word after the first one's comma
("October 1, 2022, through September 30, 2025"). Then classes met across later batches:
a weak month form after "in" or opening a month interval ("in May.", "May-June 2011"),
"between the months of", a year-less month after a dated event in the same sentence,
telephone numbers' digit groups. Each row is written by hand; the values follow the
annotation guidelines (§2).
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(h.text, h.value) for h in find_dates(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a footnote's mark glued by a full stop after a year that ends its sentence
        ("en", "Sightings rose to 2,400 in 2024.3 Most were near airports.", [("2024", "2024")]),
        (
            "fr",
            "entre janvier et septembre 2022.43\nLes autorités ont",
            [("entre janvier et septembre 2022", "2022-01/2022-09")],
        ),
        # a decimal and a dotted date go on: no footnote
        ("en", "The index stood at 2024.5 points in the survey.", []),
        ("fr", "signé le 2.12.2015 à Bruxelles", [("2.12.2015", "2015-12-02")]),
        # a version number in running text is no year
        ("en", "the 2023.1 release of the tool", []),
    ],
)
def test_a_footnote_mark_after_a_year(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # two consecutive months, the year written once after the second: one stretch
        (
            "en",
            "In November and December 2024, operators reported",
            [("In November and December 2024", "2024-11/2024-12")],
        ),
        (
            "fr",
            "en novembre et décembre 2024, les opérateurs",
            [("en novembre et décembre 2024", "2024-11/2024-12")],
        ),
        # across the year's end, the first month is the year before's
        (
            "en",
            "in December and January 2025 the tests ran",
            [("in December and January 2025", "2024-12/2025-01")],
        ),
        # months that do not follow each other are two dates
        (
            "fr",
            "en mars et juin 2024, la commission",
            [("en mars", "2024-03"), ("juin 2024", "2024-06")],
        ),
    ],
)
def test_consecutive_months_share_a_year(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a full date, its year's comma, a to-word and a later full date: one interval
        (
            "en",
            "We reviewed records for October 1, 2022, through September 30, 2025.",
            [("October 1, 2022, through September 30, 2025", "2022-10-01/2025-09-30")],
        ),
        (
            "fr",
            "du 1er octobre 2022, au 30 septembre 2025, les registres",
            [("1er octobre 2022, au 30 septembre 2025", "2022-10-01/2025-09-30")],
        ),
        # a comma then another clause: two dates
        (
            "en",
            "On March 3, 2024, to the contrary, on May 5, 2024 the board met.",
            [("March 3, 2024", "2024-03-03"), ("May 5, 2024", "2024-05-05")],
        ),
    ],
)
def test_an_interval_after_the_first_dates_comma(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a list of cited section numbers and a code's annual compilation: no years
        (
            "en",
            "Authority: 50 U.S.C. 1601-1651, 1701-1706; 3 CFR, 2001 Comp., p. 786. In 2001 the",
            [("2001", "2001")],
        ),
        ("fr", "Voir les articles 12, 1999-2004 du code ; en 2004, la loi", [("2004", "2004")]),
        # a span of years after a comma with no reference word stays a span
        (
            "en",
            "between 1990-1995, 2001 and 2005 the",
            [("1990-1995", "1990/1995"), ("2001", "2001"), ("2005", "2005")],
        ),
    ],
)
def test_years_inside_citations(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # after "in" (mois de) a weak form is a month: the modal verb cannot stand there
        ("en", "a hostage incident in May.", [("in May", "--05")]),
        ("fr", "au mois de sept. le comité", [("au mois de sept.", "--09")]),
        # a weak form opening a month interval whose end has its year (§2: mai-juin 2011)
        ("en", "In May-June 2011 the team met", [("May-June 2011", "2011-05/2011-06")]),
        ("fr", "En mai-juin 2011 l'équipe", [("mai-juin 2011", "2011-05/2011-06")]),
        # "between the months of": one stretch, as "entre avril et septembre"
        (
            "en",
            "between the months of August and October 2023, at Kireka",
            [("between the months of August and October 2023", "2023-08/2023-10")],
        ),
        (
            "fr",
            "entre les mois d'août et d'octobre 2023, à Niamey",
            [("entre les mois d'août et d'octobre 2023", "2023-08/2023-10")],
        ),
        # elsewhere a weak form alone stays another word
        ("en", "May we ask, as Theresa May did, by May", []),
        ("fr", "sept pays et sept. tables", []),
    ],
)
def test_weak_months_after_in_and_in_intervals(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # the dated event's sentence over, a month before it in the calendar is next year's
        (
            "en",
            "An exercise was held from 24 to 26 November 2025. A handbook was published"
            " in January.",
            ["2025-11-24/2025-11-26", "2026-01"],
        ),
        (
            "fr",
            "Un exercice a eu lieu du 24 au 26 novembre 2025. Un guide a été publié en janvier.",
            ["2025-11-24/2025-11-26", "2026-01"],
        ),
        # one sentence, its list under "In 2025": the month keeps the year
        (
            "en",
            "In 2025 it was sent twice: (a) after the attack of 17 November 2025; and (b) to a"
            " hostage incident in May.",
            ["2025", "2025-11-17", "2025-05"],
        ),
        (
            "fr",
            "En 2025, elle a été envoyée deux fois : a) après l'attaque du 17 novembre 2025 ; et"
            " b) lors d'une prise d'otages en mai.",
            ["2025", "2025-11-17", "2025-05"],
        ),
    ],
)
def test_the_next_year_only_once_the_sentence_is_over(
    lang: str, text: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date="2026-02-17")] == values


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a telephone number's groups, one of three digits: no year in them
        ("en", "call the Hotline on 1800 123 400 or 020 7960 1886.", []),
        ("fr", "appelez le +267 395 1863 avant 2026.", [("2026", "2026")]),
        # a table's columns of years and a spaced date have no group of three
        ("en", "Rows 2024 2025 2026", [("2024", "2024"), ("2025", "2025"), ("2026", "2026")]),
        ("fr", "Colonnes 2024 2025 2026", [("2024", "2024"), ("2025", "2025"), ("2026", "2026")]),
    ],
)
def test_telephone_numbers_hold_no_year(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a flattened table row: a year, then amounts written in groups and counts
        ("fr", "Demandes Refus\n\n2023 9 840 212 118\n\n2024 10 915 187 136", ["2023", "2024"]),
        (
            "en",
            "Period Reports Share\n2021-2022 208 4 9.8\n2022-2023 237 5 10.4",
            ["2021/2022", "2022/2023"],
        ),
    ],
)
def test_table_rows_keep_their_years(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # no numeric day settles the order: the days written with a month's name do
        (
            "en",
            "Issued December 4, 2026. Expires March 5, 2027. Last Updated: 12/07/2026",
            ["2026-12-04", "2027-03-05", "2026-12-07"],
        ),
        (
            "fr",
            "Publié le 4 décembre 2026, révisé le 5 mars 2027. Mis à jour : 12/07/2026",
            ["2026-12-04", "2027-03-05", "2026-07-12"],
        ),
        # a page that writes its days first, whatever its language
        (
            "en",
            "Issued 4 December 2026. Expires 5 March 2027. Last updated: 12/07/2026",
            ["2026-12-04", "2027-03-05", "2026-07-12"],
        ),
        # one month-first day is not enough to turn the order
        (
            "en",
            "Issued December 4, 2026. Last updated: 12/07/2026",
            ["2026-12-04", "2026-07-12"],
        ),
        # a numeric day above 12 settles it, whatever the written days say
        (
            "en",
            "Issued December 4, 2026, March 5, 2027. Filed 25/11/2026, updated 12/07/2026",
            ["2026-12-04", "2027-03-05", "2026-11-25", "2026-07-12"],
        ),
    ],
)
def test_written_days_settle_the_numeric_order(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values
