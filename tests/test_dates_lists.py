"""Date forms of round 25, as classes: French and English rows side by side.

A list of days whose year is written once after the last one ("on 29 April, 13 May
and 3 June 2026"), an interval with the article on one side only ("entre août 2023 et
le 5 janvier 2025"), a day and month whose year is followed by a count word on the
next line ("Lundi 14 octobre 2026⏎Membres présents"), a day an event is expected on ("is
expected to reappear on 2 September", "devrait comparaître le 2 septembre"), ISO 8601's
year and month as a field's value ("Publication date: 2026-03"). Each row is
written by hand; the values follow the annotation guidelines (§2).
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


def _found(text: str, lang: str, own: str | None = None) -> list[tuple[str, str]]:
    return [(h.text, h.value) for h in find_dates(text, lang, own_date=own)]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the year written once after the last day of a list is every day's
        (
            "en",
            "The Committee held hearings on 29 April, 13 May and 3 June 2024 and heard",
            [("29 April", "2024-04-29"), ("13 May", "2024-05-13"), ("3 June 2024", "2024-06-03")],
        ),
        (
            "fr",
            "Réunions les 2 mars, 9 avril et 14 mai 2024 à Paris.",
            [("2 mars", "2024-03-02"), ("9 avril", "2024-04-09"), ("14 mai 2024", "2024-05-14")],
        ),
        # out of calendar order: the last year is not theirs; the own date (1 December
        # 2025) makes theirs plain
        (
            "en",
            "Meetings on 29 April, 13 May and 3 March 2026.",
            [("29 April", "2025-04-29"), ("13 May", "2025-05-13"), ("3 March 2026", "2026-03-03")],
        ),
        (
            "fr",
            "Réunions les 2 mars, 9 avril et 14 février 2025.",
            [
                ("2 mars", "2025-03-02"),
                ("9 avril", "2025-04-09"),
                ("14 février 2025", "2025-02-14"),
            ],
        ),
    ],
)
def test_a_list_of_days_shares_the_last_year(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang, own="2025-12-01") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the article before the second date only, or before the first only
        (
            "fr",
            "des messages échangés entre août 2023 et le 5 janvier 2025 ;",
            [("entre août 2023 et le 5 janvier 2025", "2023-08/2025-01-05")],
        ),
        (
            "fr",
            "entre le 5 janvier 2023 et août 2025, les saisies",
            [("entre le 5 janvier 2023 et août 2025", "2023-01-05/2025-08")],
        ),
        (
            "en",
            "messages exchanged between August 2023 and 5 January 2025;",
            [("between August 2023 and 5 January 2025", "2023-08/2025-01-05")],
        ),
    ],
)
def test_an_interval_with_one_article(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a count word after a month's year opens the next line: the year stays
        ("fr", "Lundi 14 octobre 2026\nMembres présents", [("14 octobre 2026", "2026-10-14")]),
        ("en", "Monday 14 October 2026\nmillion euros", [("14 October 2026", "2026-10-14")]),
        ("fr", "En octobre 2026 membres et experts", [("octobre 2026", "2026-10")]),
        # a bare year before a count word is still an amount, and so after a comma
        ("fr", "En 2015, 2000 personnes", [("2015", "2015")]),
        ("fr", "le 3 mars, 2000 personnes", [("3 mars", "--03-03")]),
        ("en", "In 2015, 2000 million tonnes", [("2015", "2015")]),
    ],
)
def test_a_count_word_after_a_dated_year(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # an expected event lies on or after the own date (9 July 2026): its year
        (
            "en",
            "The man is expected to reappear on 2 September.",
            [("2 September", "2026-09-02")],
        ),
        ("fr", "Il devrait comparaître le 2 septembre.", [("2 septembre", "2026-09-02")]),
        # told as past, a day well after the own date is the year before's
        ("en", "The man reappeared on 2 September.", [("2 September", "2025-09-02")]),
        ("fr", "Il a comparu le 2 septembre.", [("2 septembre", "2025-09-02")]),
    ],
)
def test_an_expected_event_is_ahead(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, lang, own="2026-07-09") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # ISO 8601's year and month as a field's value after its colon
        ("en", "Publication date: 2026-03 · Stage", [("2026-03", "2026-03")]),
        ("fr", "Date de publication : 2026-03", [("2026-03", "2026-03")]),
        # a span, a day, a number: not a year and month
        ("en", "Period: 2011-12", [("2011-12", "2011/2012")]),
        ("fr", "Date : 2026-03-17", [("2026-03-17", "2026-03-17")]),
        (
            "en",
            "This SD revises EASA SD 2026-05 dated 3 March 2026.",
            [("3 March 2026", "2026-03-03")],
        ),
        ("fr", "Décision : 2026-05/CM", []),
        ("fr", "la loi n° 2024-08 du 5 mai 2024", [("5 mai 2024", "2024-05-05")]),
    ],
)
def test_an_iso_year_and_month(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == found
