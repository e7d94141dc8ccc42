"""Date forms first met in heldout10, as classes: French and English rows side by side.

A footnote's mark glued after a year that ends a sentence ("in 2023.1 In November"), two
consecutive months sharing the year written after the second ("in November and
December 2024"), two full dates joined by a to-word after the first one's comma
("October 1, 2022, through September 30, 2025"). Each row is written by hand; the values
follow the annotation guidelines (§2).
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
