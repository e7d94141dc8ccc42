"""The year of a year-less date after a dated event (ctdocs.extract._datemode and
ctdocs.extract._dates), guidelines §2: "the year the text makes plain".

Texts written in the style of a council note, a white paper, an audit report and a
joint communiqué; expected years read off the sentences by hand.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


def _value_of(text: str, lang: str, own: str, mention: str) -> str:
    hits = [h for h in find_dates(text, lang, own_date=own) if h.text.endswith(mention)]
    assert hits, mention
    return hits[0].value


@pytest.mark.parametrize(
    ("lang", "text", "own", "mention", "value"),
    [
        # "suivant" / "the following": the first such month after the date before it
        (
            "fr",
            "Lors du survol des 3 et 4 octobre 2025, l'exploitant n'a reçu aucune analyse "
            "avant le mois de janvier suivant.",
            "2026-07-01",
            "janvier",
            "2026-01",
        ),
        (
            "en",
            "The attack of 3 October 2025 was reviewed. The following January, the board met.",
            "2026-07-01",
            "January",
            "2026-01",
        ),
        # a following month later in the same year stays in it
        (
            "en",
            "The plan was adopted in March 2025; the following June it was revised.",
            "2026-07-01",
            "June",
            "2025-06",
        ),
    ],
)
def test_following(lang: str, text: str, own: str, mention: str, value: str) -> None:
    assert _value_of(text, lang, own, mention) == value


@pytest.mark.parametrize(
    ("lang", "text", "own", "value"),
    [
        # the narrative goes on past a dated event: the month comes after it
        (
            "en",
            "A joint exercise was held in Lisbon from 24 to 26 November 2025. A handbook "
            "prepared by the Centre was published in January.",
            "2026-02-17",
            "2026-01",
        ),
        (
            "fr",
            "Un exercice conjoint s'est tenu à Lisbonne du 24 au 26 novembre 2025. Un guide "
            "préparé par le Centre a été publié en janvier.",
            "2026-02-17",
            "2026-01",
        ),
        # the next year would put it after the text's own date: the event's year
        (
            "en",
            "A joint exercise was held from 24 to 26 November 2025. A handbook was "
            "published in January.",
            "2025-12-20",
            "2025-01",
        ),
    ],
)
def test_a_month_after_a_dated_event(lang: str, text: str, own: str, value: str) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)][-1] == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a month heading a period dates the months under it
        ("fr", "Septembre 2021\n\nLes forces se sont retirées en août."),
        ("en", "September 2021\n\nThe forces withdrew in August."),
        # a day may go back in the year of the months before it
        ("en", "In November and December 2024, drones were seen. On 5 October, one crashed."),
    ],
)
def test_the_year_before_is_kept(lang: str, text: str) -> None:
    last = find_dates(text, lang, own_date="2026-03-12")[-1]
    assert last.value.startswith(("2021-", "2024-"))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # an upcoming meeting is ahead of the text's own date (19 November 2026)
        (
            "en",
            "The assessment is on the agenda of the next meeting of senior officials in March.",
            "2027-03",
        ),
        (
            "fr",
            "Le point est inscrit à l'ordre du jour de la prochaine réunion, en mars.",
            "2027-03",
        ),
    ],
)
def test_next_meeting_is_ahead(lang: str, text: str, value: str) -> None:
    assert [h.value for h in find_dates(text, lang, own_date="2026-11-19")] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "own", "value"),
    [
        # no cue, the last year written before it the own date's (far back: another
        # paragraph): within half a year after the own date, the own year's day
        (
            "fr",
            "Le contrôle aux frontières est rétabli jusqu'au 31 octobre 2026. "
            + "Le ministre a salué l'engagement des services de renseignement. " * 3
            + "La coopération européenne, avec la tenue à Lyon, les 11 et 12 juin, "
            "d'une réunion des ministres.",
            "2026-04-15",
            "2026-06-11/2026-06-12",
        ),
        (
            "en",
            "The plan runs until 31 December 2026. "
            + "The ministers welcomed the work of the intelligence services. " * 3
            + "Festivals in Vienna (23 to 25 October) are covered.",
            "2026-06-30",
            "2026-10-23/2026-10-25",
        ),
        # the last year written before it the year before: a narrative of that year
        (
            "fr",
            "Quatre algorithmes étaient en service au 31 décembre 2025. "
            + "La Commission a examiné plusieurs projets de traitement automatisé. " * 3
            + "Elle a rendu un avis favorable le 4 novembre.",
            "2026-06-18",
            "2025-11-04",
        ),
        (
            "en",
            "Four algorithms were in service on 31 December 2025. "
            + "The Commission examined several draft automated processing systems. " * 3
            + "It delivered a favourable opinion on 4 November.",
            "2026-06-18",
            "2025-11-04",
        ),
    ],
)
def test_year_less_date_after_the_own_date(lang: str, text: str, own: str, value: str) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)][-1] == value
