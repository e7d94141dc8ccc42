"""Intervals between two written dates (ctdocs.extract._dateranges), guidelines §2.

Texts are written for these tests in the style of the publishers where the forms
were seen (a government delivery plan, a federal court's reasons); the expected
values are read off the sentences by hand.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


def _values(text: str, lang: str, own: str | None = None) -> list[tuple[str, str]]:
    return [(h.text, h.value) for h in find_dates(text, lang, own_date=own)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a year-less day and month, then a later one: one stretch, the year the text makes plain
        (
            "en",
            "Events include the Games in Glasgow 2026 (23 July to 2 August), and others.",
            [("2026", "2026"), ("23 July to 2 August", "2026-07-23/2026-08-02")],
        ),
        (
            "fr",
            "Les Jeux de Glasgow 2026 (23 juillet au 2 août) attireront des foules.",
            [("2026", "2026"), ("23 juillet au 2 août", "2026-07-23/2026-08-02")],
        ),
        # the year written once at the end holds for both ends
        (
            "en",
            "The exercise ran (4 May to 9 June 2025) in three cities.",
            [("4 May to 9 June 2025", "2025-05-04/2025-06-09")],
        ),
        (
            "fr",
            "L'exercice s'est tenu (4 mai au 9 juin 2025) dans trois villes.",
            [("4 mai au 9 juin 2025", "2025-05-04/2025-06-09")],
        ),
    ],
)
def test_a_year_less_day_to_a_later_day(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # each end as written: a month, then a qualified year
        (
            "en",
            "He was born in 1996. Between March 2014 and late 2017 he was abroad.",
            [("1996", "1996"), ("Between March 2014 and late 2017", "2014-03/2017")],
        ),
        (
            "fr",
            "Il est né en 1996. Entre mars 2014 et fin 2017, il a vécu à l'étranger.",
            [("1996", "1996"), ("Entre mars 2014 et fin 2017", "2014-03/2017")],
        ),
        (
            "en",
            "Funding rose between early 2020 and mid-2021.",
            [("between early 2020 and mid-2021", "2020/2021")],
        ),
        (
            "fr",
            "Le financement a crû entre début 2020 et mi-2021.",
            [("entre début 2020 et mi-2021", "2020/2021")],
        ),
    ],
)
def test_interval_ends_with_a_qualifier(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a later end before an earlier start is no interval: two dates
        ("en", "It met (9 June to 4 May 2025) twice."),
        ("fr", "Il s'est réuni (9 juin au 4 mai 2025) deux fois."),
    ],
)
def test_no_interval_backwards(lang: str, text: str) -> None:
    values = [v for _, v in _values(text, lang)]
    assert "2025-06-09/2025-05-04" not in values
    assert "2025-05-04" in values


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a time of day at either end of an interval is dropped, as "13 Dec. 2023 12:21" is
        (
            "fr",
            "Le survol est interdit du 13 juillet 2026 à 8 heures au 15 juillet 2026 à 2 heures.",
            "2026-07-13/2026-07-15",
        ),
        (
            "en",
            "Flights are prohibited from 13 July 2026 at 8 a.m. to 15 July 2026 at 2 a.m.",
            "2026-07-13/2026-07-15",
        ),
        # the French typographic clock "0 h 00", its minutes after a spaced "h"
        (
            "fr",
            "Le survol est interdit du 15 septembre 2026 à 0 h 00 au 15 décembre 2026 à 23 h 59.",
            "2026-09-15/2026-12-15",
        ),
        (
            "en",
            "Flights are prohibited from 15 September 2026 at 00:00 to 15 December 2026 at 23:59.",
            "2026-09-15/2026-12-15",
        ),
        # a weekday after the connector, and a start with no opening word
        (
            "fr",
            (
                "Un périmètre est institué le lundi 13 juillet 2026 de 20 heures au mardi 14 "
                "juillet 2026 à 14 heures."
            ),
            "2026-07-13/2026-07-14",
        ),
        (
            "en",
            "A zone applies from 13 July 2026 at 20:00 to Tuesday 14 July 2026 at 14:00.",
            "2026-07-13/2026-07-14",
        ),
    ],
)
def test_an_interval_with_times_of_day(lang: str, text: str, value: str) -> None:
    assert [v for _, v in _values(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a single date with its hour stays one day
        ("fr", "La réunion du 3 mars 2026 à 14 heures est reportée.", ["2026-03-03"]),
        ("en", "The meeting on 3 March 2026 at 2 p.m. is postponed.", ["2026-03-03"]),
    ],
)
def test_a_single_date_with_its_hour(lang: str, text: str, values: list[str]) -> None:
    assert [v for _, v in _values(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # an interval's end after "the end of" / "la fin de" keeps its written year
        # (guidelines §2: "entre 2003 et 2014" is 2003/2014, each end as written)
        (
            "en",
            "Some 40 ferries were inspected between 3 March 2024 and the end of 2025.",
            ["2024-03-03/2025"],
        ),
        (
            "fr",
            "Une quarantaine de navires ont été inspectés entre le 3 mars 2024 et la fin de 2025.",
            ["2024-03-03/2025"],
        ),
        ("en", "The mission ran from January 2024 to the end of 2025.", ["2024-01/2025"]),
        ("fr", "La mission a duré de janvier 2024 à la fin de 2025.", ["2024-01/2025"]),
        # alone, the end's year is the value, as before
        ("en", "The plan runs until the end of 2025.", ["2025"]),
        ("fr", "Le plan court jusqu'à la fin de 2025.", ["2025"]),
    ],
)
def test_an_interval_ends_at_the_end_of_a_year(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date="2025-11-04")] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # an interval's end that is a season with its year keeps that year (guidelines §2:
        # each end at its written precision, as "between March 2014 and late 2017")
        (
            "en",
            "Between November 2023 and the summer of 2026, the militia struck 120 ships.",
            ["2023-11/2026"],
        ),
        (
            "fr",
            "La milice a frappé 120 navires de novembre 2023 à l'été 2025, selon la marine.",
            ["2023-11/2025"],
        ),
        ("en", "Patrols ran from March 2024 to spring 2025 along the coast.", ["2024-03/2025"]),
        ("fr", "Les patrouilles ont eu lieu entre 2023 et le printemps 2024.", ["2023/2024"]),
        # a season alone keeps the year the scan finds; no season, no interval
        ("en", "Drones flew over airports in the autumn of 2025 and in 2026.", ["2025", "2026"]),
        ("fr", "Des drones ont survolé Orly à l'automne 2025 et en 2026.", ["2025", "2026"]),
    ],
)
def test_an_interval_ends_in_a_season(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a fiscal year's prefix, the year and its end's two last digits after a slash: the
        # span of both years, as "2011-14" is (guidelines §2: 2011/2014)
        (
            "en",
            "Funding fell from USD 2.1 million in FY 2017/18 to USD 1.4 million in FY 2019/20.",
            ["2017/2018", "2019/2020"],
        ),
        (
            "fr",
            "Le financement est passé de 2,1 millions d'euros (exercice 2017/18) à 1,4 million "
            "pour l'exercice 2019/2020.",
            ["2017/2018", "2019/2020"],
        ),
        # the end's four digits as well as its two last
        ("en", "Spending rose in FY 2025/2026 and in FY2026/2027.", ["2025/2026", "2026/2027"]),
        # no prefix, or an end that is not the next year, or a record's number: no date
        ("en", "See the Government's letter (Skr. 2025/26:214) and FY 2025/27.", []),
        ("fr", "Voir la communication (Skr. 2025/26:214) et l'exercice 2025/2027.", []),
    ],
)
def test_a_fiscal_year_with_its_end_after_a_slash(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # two written months joined by a to-word with no opening word: one stretch
        (
            "en",
            "We reviewed documents for the period April 2022 to March 2026 and met 41 officials.",
            ["2022-04/2026-03"],
        ),
        (
            "fr",
            "Nous avons examiné les pièces de la période avril 2022 à mars 2026 et 41 agents.",
            ["2022-04/2026-03"],
        ),
        # a year after its prefix, a to-word and a later year: one stretch
        ("en", "Adopt the basic plan for 2026 through 2030 and its annual plans.", ["2026/2030"]),
        ("fr", "Adopter le plan de base pour 2026 à 2030 et ses plans annuels.", ["2026/2030"]),
        # a night's two days, slashed, before their month and year
        (
            "en",
            "The attack on the army post occurred on the night of 27/28 September 2023.",
            ["2023-09-27/2023-09-28"],
        ),
        (
            "fr",
            "L'attaque du poste de l'armée a eu lieu dans la nuit du 27/28 septembre 2023.",
            ["2023-09-27/2023-09-28"],
        ),
        # backwards, or days that do not follow each other: no stretch
        (
            "en",
            "Compare March 2026 to April 2022; on 27/29 September 2023.",
            ["2026-03", "2022-04", "2023-09"],
        ),
        (
            "fr",
            "Comparer mars 2026 à avril 2022 ; le 27/29 septembre 2023.",
            ["2026-03", "2022-04", "2023-09"],
        ),
    ],
)
def test_stretches_with_no_opening_word(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # month first, consecutive days parted by commas and a joining word: one stretch
        (
            "en",
            "Drones were observed on three consecutive nights, December 2, 3 and 4, 2025.",
            ["2025-12-02/2025-12-04"],
        ),
        # the same list in French is day first, already one stretch (guidelines §2)
        (
            "fr",
            "Des drones ont été observés trois nuits de suite, les 2, 3 et 4 décembre 2025.",
            ["2025-12-02/2025-12-04"],
        ),
        # days that do not follow each other stay apart
        (
            "en",
            "Hearings were held on March 5, 2025 and March 9, 2025.",
            ["2025-03-05", "2025-03-09"],
        ),
        (
            "fr",
            "Audiences tenues les 5, 7 et 9 mars 2025.",
            ["2025-03-05", "2025-03-07", "2025-03-09"],
        ),
    ],
)
def test_a_month_first_list_of_days(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values
