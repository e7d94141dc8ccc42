"""A year-less month or day after a frequency in its clause recurs: no date
(ctdocs.extract._datemode._frequency_in, ``recurring_before`` of data/models/dates.toml).

Guidelines §2 make a year-less date the year the text makes plain; a schedule that
repeats ("every six months, in January and July") makes none, and the batches' notes
read it as no date (heldout8, heldout9; heldout31 en01, heldout35 en09). A frequency
written in months or half-years is one such schedule, in a statute's, a policy page's, a
council's rules of procedure and a transparency report's shapes below. A future cue after
the frequency ("will next meet on 4 December") names the one occurrence ahead: a date.
Expected values read off the sentences by hand, the own date 4 May 2026.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates

OWN = "2026-05-04"


def _values(text: str, lang: str) -> list[str]:
    return [h.value for h in find_dates(text, lang, own_date=OWN)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a statute's rules of procedure
        (
            "en",
            "(2) The Committee shall hold a regular meeting once every half year, in "
            "principle in January and July, and an extraordinary meeting where needed.",
        ),
        ("fr", "Le comité se réunit tous les six mois, en principe en janvier et en juillet."),
        # a policy page's publication schedule
        (
            "en",
            "Aggregated data are published in the transparency report every six months, "
            "in January and July.",
        ),
        ("fr", "Le rapport est publié chaque semestre, en mars et en septembre."),
        # a list of months after a quarterly review, in a table cell
        (
            "en",
            "<td>The board reviews the list every quarter, in March, June, September and "
            "December.</td>",
        ),
        (
            "fr",
            "<td>La liste est revue tous les trois mois, en mars, juin, septembre et "
            "décembre.</td>",
        ),
    ],
)
def test_a_month_after_a_frequency_in_months_is_no_date(lang: str, text: str) -> None:
    assert _values(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # the frequency, then the one meeting ahead: its day is a date
        (
            "en",
            "The forum, which meets twice a year, will next meet on 4 December.",
            ["2026-12-04"],
        ),
        (
            "fr",
            "Le forum, qui se réunit deux fois par an, se tiendra le 4 décembre à Dakar.",
            ["2026-12-04"],
        ),
        (
            "en",
            "The panel reviews the list every six months and is scheduled to meet on 9 June.",
            ["2026-06-09"],
        ),
        # the frequency in the sentence before: the next one's date is plain
        (
            "en",
            "Reports are published every six months. The last report appeared on 3 March.",
            ["2026-03-03"],
        ),
        (
            "fr",
            "Les rapports sont publiés tous les six mois. Le dernier est paru le 3 mars.",
            ["2026-03-03"],
        ),
        # months as a span of time, no frequency
        (
            "en",
            "Within six months, by 3 November, the committee shall report.",
            ["2026-11-03"],
        ),
        (
            "fr",
            "Dans un délai de six mois, soit avant le 3 novembre, le comité rendra son avis.",
            ["2026-11-03"],
        ),
        # a frequency before a date with its year written: the year stays
        (
            "en",
            "Reports are due every six months, the first such report being due in January 2017.",
            ["2017-01"],
        ),
        (
            "fr",
            "Un rapport est remis tous les six mois, le premier en janvier 2017.",
            ["2017-01"],
        ),
    ],
)
def test_a_date_that_is_no_schedule_stays(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a past tense after the frequency: the one meeting behind
        (
            "en",
            "The Committee, which meets every six months, met on 14 April in Vienna.",
            ["2026-04-14"],
        ),
        (
            "fr",
            "Le Comité, qui se réunit tous les six mois, s'est réuni le 14 avril à Vienne.",
            ["2026-04-14"],
        ),
        # the last occurrence
        ("en", "The list, revised every six months, was last revised in March.", ["2026-03"]),
        (
            "fr",
            "La liste, révisée tous les six mois, a été révisée pour la dernière fois en mars.",
            ["2026-03"],
        ),
        # an anchor the schedule starts from
        (
            "en",
            "Every six months, starting on 1 April, the operator reports to the Authority.",
            ["2026-04-01"],
        ),
        (
            "fr",
            "Tous les six mois, à compter du 1er avril, l'exploitant fait rapport à l'Autorité.",
            ["2026-04-01"],
        ),
        # the next or the first occurrence
        (
            "en",
            "The Committee reports every six months, and the next report is due on 15 January.",
            ["2027-01-15"],
        ),
        (
            "fr",
            "Le Comité fait rapport tous les six mois, et pour la première fois le 3 mars.",
            ["2026-03-03"],
        ),
        # the latest occurrence
        ("en", "Twice yearly reports are issued, the latest in March.", ["2026-03"]),
        ("fr", "Des rapports sont publiés deux fois par an, le dernier en mars.", ["2026-03"]),
        # a month coordinated with one whose year is written: that year
        (
            "en",
            "Every six months, in January and July 2026, the Committee reviews the list.",
            ["2026-01", "2026-07"],
        ),
        (
            "fr",
            "Tous les six mois, en janvier et en juillet 2026, le Comité revoit la liste.",
            ["2026-01", "2026-07"],
        ),
    ],
)
def test_one_occurrence_after_a_frequency_is_a_date(
    lang: str, text: str, values: list[str]
) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the same shapes with the schedule's months only: no date
        ("en", "The Committee, which meets every six months, meets in January and July."),
        ("fr", "Le Comité, qui se réunit tous les six mois, siège en janvier et en juillet."),
        ("en", "Every six months, in January and July, the Committee reviews the list."),
        ("fr", "Tous les six mois, en janvier et en juillet, le Comité revoit la liste."),
    ],
)
def test_the_schedule_s_months_stay_no_date(lang: str, text: str) -> None:
    assert _values(text, lang) == []
