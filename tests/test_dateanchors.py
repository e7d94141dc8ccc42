"""Year-less and recurring dates (ctdocs.extract._dateanchors; guidelines §2): which year a
date without one takes, from the dates before it, its clause, its series or the text's
own date, and when it takes none.

Every expected value below was worked out by hand from the guidelines' rules
(shared/spec/annotation-guidelines.md §2 and tests/gold), not copied from output.
French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates

from ._datehits import _only


# --------------------------------------------------------------- no year
@pytest.mark.parametrize(
    ("lang", "text", "value", "precision"),
    [
        ("fr", "le 5 juin", "--06-05", "day"),
        ("en", "on 5 June", "--06-05", "day"),
        ("en", "5 June", "--06-05", "day"),
        ("en", "on June 5", "--06-05", "day"),
        ("fr", "le 1er mai", "--05-01", "day"),
        ("en", "on May 1st", "--05-01", "day"),
        ("fr", "en février", "--02", "month"),
        ("en", "in February", "--02", "month"),
        ("fr", "en mai", "--05", "month"),
        ("fr", "en mars", "--03", "month"),
        ("fr", "mi-mai", "--05", "month"),
        ("fr", "du 12 au 14 juin", "--06-12/--06-14", "day"),
        ("en", "from 12 to 14 June", "--06-12/--06-14", "day"),
    ],
)
def test_year_less_without_context(lang: str, text: str, value: str, precision: str) -> None:
    h = _only(text, lang)
    assert (h.value, h.precision, h.inferred_year) == (value, precision, True)


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # 001: "octobre 2006" comes before, but 2006-06-05 is after the letter
        # of 24 January 2003, so the latest year on or before it: 2002.
        (
            "fr",
            "au plus tard en octobre 2006; ... avec le Conseil le 5 juin, à savoir",
            "2003-01-24",
            ["2006-10", "2002-06-05"],
        ),
        (
            "en",
            "by October 2006 at the latest; ... with the Council on 5 June, namely",
            "2003-01-24",
            ["2006-10", "2002-06-05"],
        ),
        # 003: the year of the dates before (2002) is on or before 6 June 2002
        (
            "fr",
            "Rome, le 28 mai 2002. La conférence tenue à Rome en février sur",
            "2002-06-06",
            ["2002-05-28", "2002-02"],
        ),
        (
            "en",
            "Rome, 28 May 2002. The conference held in Rome in February on",
            "2002-06-06",
            ["2002-05-28", "2002-02"],
        ),
        # 002: "Septembre 2021" heading, then "en août"
        (
            "fr",
            "Septembre 2021\n\nToutes les forces s'étant retirées en août, la RSM s'achève.",
            "2023-12-13",
            ["2021-09", "2021-08"],
        ),
        (
            "en",
            "September 2021\n\nAll forces having withdrawn in August, RSM ends.",
            "2023-12-13",
            ["2021-09", "2021-08"],
        ),
        # a year long before the own date is kept
        ("fr", "En 1999, puis en mars, il", "2003-01-24", ["1999", "1999-03"]),
        ("en", "In 1999, then in March, it", "2003-01-24", ["1999", "1999-03"]),
        # no year before: the own date's year, or the year before it
        ("fr", "le 5 juin", "2003-01-24", ["2002-06-05"]),
        ("fr", "le 5 janvier", "2003-01-24", ["2003-01-05"]),
        ("en", "in January", "2003-01-24", ["2003-01"]),
        ("en", "on 24 January", "2003-01-24", ["2003-01-24"]),
        # a day just after the own date (a page stamped the day before the event)
        ("en", "on 25 January", "2003-01-24", ["2003-01-25"]),
        ("en", "on 2 March", "2003-01-24", ["2002-03-02"]),
        # no own date: the year of the dates before
        ("fr", "le 6 décembre 2002 et le 5 juin", None, ["2002-12-06", "2002-06-05"]),
        ("en", "2004 ... from 12 to 14 June", None, ["2004", "2004-06-12/2004-06-14"]),
    ],
)
def test_year_less_inference(lang: str, text: str, own: str | None, values: list[str]) -> None:
    hits = find_dates(text, lang, own_date=own)
    assert [h.value for h in hits] == values, hits
    assert hits[-1].inferred_year
    assert not any(h.inferred_year for h in hits[:-1])


def test_inference_takes_the_nearest_preceding_year() -> None:
    text = "En 1999 puis en 2001, et en février."
    assert [h.value for h in find_dates(text, "fr")] == ["1999", "2001", "2001-02"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Brussels, 9 March 2011. The group will report by the end of June.", "2011-06"),
        ("fr", "Bruxelles, le 9 mars 2011. Le groupe rendra compte d'ici la fin juin.", "2011-06"),
        ("en", "Brussels, 9 March 2011. Comments are due no later than 15 May.", "2011-05-15"),
        (
            "fr",
            "Bruxelles, le 9 mars 2011. Les observations sont attendues au plus tard le 15 mai.",
            "2011-05-15",
        ),
        ("en", "Brussels, 9 March 2011. The report will be ready before 2 February.", "2012-02-02"),
        ("fr", "Bruxelles, le 9 mars 2011. Le rapport sera prêt avant le 2 février.", "2012-02-02"),
        # no deadline cue: a year-less date is on or before the text's own date
        ("en", "Brussels, 9 March 2011. The group met in December.", "2010-12"),
        ("fr", "Bruxelles, le 9 mars 2011. Le groupe s'est réuni en décembre.", "2010-12"),
    ],
)
def test_deadlines_lie_ahead_of_the_texts_own_date(lang: str, text: str, expected: str) -> None:
    hits = find_dates(text, lang, own_date="2011-03-09")
    assert hits[-1].value == expected
    assert hits[-1].inferred_year


@pytest.mark.parametrize(
    ("lang", "text", "own", "value"),
    [
        # the day just after a page's own date is of the same year
        (
            "fr",
            "La réunion s'est tenue du 24 au 25 novembre au siège.",
            "2008-11-23",
            "2008-11-24/2008-11-25",
        ),
        (
            "en",
            "The briefing took place from 24 to 25 November at NATO HQ.",
            "2008-11-23",
            "2008-11-24/2008-11-25",
        ),
        # "dernier" / "last": the latest such day on or before the own date,
        # whatever the year of the dates before it
        (
            "fr",
            "En mai 2016, le plan ; il a été rendu public le 23 février dernier.",
            "2018-07-13",
            "2018-02-23",
        ),
        (
            "en",
            "In May 2016, the plan; it was made public last 23 February.",
            "2018-07-13",
            "2018-02-23",
        ),
    ],
)
def test_own_date_year(lang: str, text: str, own: str, value: str) -> None:
    hits = find_dates(text, lang, own_date=own)
    assert hits[-1].value == value
    assert hits[-1].inferred_year


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a day of every year: no year is made plain, whatever the own date (--MM-DD)
        ("fr", "un rapport remis au plus tard le 30 juin de chaque année", ["--06-30"]),
        ("en", "a report submitted by 30 June of each year", ["--06-30"]),
        ("fr", "du 1er janvier au 31 mars de chaque année", ["--01-01/--03-31"]),
        ("en", "from 1 January to 31 March of each year", ["--01-01/--03-31"]),
        ("fr", "le 1er décembre, chaque année", ["--12-01"]),
        ("en", "on June 30 every year", ["--06-30"]),
        # a month of every year, its frequency before it, stays no date
        ("fr", "se réunit deux fois par an, en mars et en octobre", []),
        ("en", "meets twice a year, in March and October", []),
        # a written year makes it a date all the same; a plain year-less date stays one
        ("fr", "le 30 juin 2023, puis chaque année", ["2023-06-30"]),
        ("en", "on 30 June 2023 and each year after", ["2023-06-30"]),
        ("fr", "le 30 juin, la commission", ["--06-30"]),
        ("en", "on 30 June, the committee", ["--06-30"]),
    ],
)
def test_recurring_days_have_no_year(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Fait le 14 avril 2026. Un rapport au plus tard le 31 janvier de chaque année."),
        ("en", "Done on 14 April 2026. A report no later than 31 January of each year."),
    ],
)
def test_recurring_days_take_no_own_year(lang: str, text: str) -> None:
    """The own date and the dates before it make no year plain for a day of every year."""
    values = [h.value for h in find_dates(text, lang, own_date="2026-04-14")]
    assert values == ["2026-04-14", "--01-31"]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Fait le 14 avril 2026. Avant le 31 décembre de l'année en cours.", "2026-12-31"),
        ("en", "Done on 14 April 2026. Before 31 December of this year.", "2026-12-31"),
        ("fr", "Fait le 14 avril 2026. Avant le 31 mars de l'année suivante.", "2027-03-31"),
        ("en", "Done on 14 April 2026. By 31 March of the following year.", "2027-03-31"),
    ],
)
def test_one_named_year_is_no_recurrence(lang: str, text: str, value: str) -> None:
    """ "de l'année en cours", "of the following year" name one year, not every year."""
    assert [h.value for h in find_dates(text, lang, own_date="2026-04-14")][-1] == value


_FAR = " Les travaux se poursuivent." * 10  # 280 characters of text with no date
_FAR_EN = " The work goes on in earnest." * 10


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a year far back (a citation in an annex) no longer rules: the own date's year
        (
            "fr",
            "(norme mise à jour 2015)" + _FAR + " Adoptée le 17 octobre.",
            "2019-10-18",
            ["2015", "2019-10-17"],
        ),
        (
            "en",
            "(standard updated 2015)" + _FAR_EN + " Adopted on 17 October.",
            "2019-10-18",
            ["2015", "2019-10-17"],
        ),
        # a year just before still does
        ("fr", "En 2015, puis le 17 octobre, la norme", "2019-10-18", ["2015", "2015-10-17"]),
        ("en", "In 2015, then on 17 October, the standard", "2019-10-18", ["2015", "2015-10-17"]),
        # a "dernier" / "last" date is anchored on the own date and dates what follows
        (
            "fr",
            "Noël 2018 ; le 24 mai dernier, puis du 1er juillet au 31 août,",
            "2019-06-04",
            ["2018", "2019-05-24", "2019-07-01/2019-08-31"],
        ),
        (
            "en",
            "Christmas 2018; last 24 May, then from 1 July to 31 August,",
            "2019-06-04",
            ["2018", "2019-05-24", "2019-07-01/2019-08-31"],
        ),
    ],
)
def test_year_of_the_dates_just_before(lang: str, text: str, own: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a year written once at the end of a series is every date's, even when the
        # own date (March 2023) would have put the first one a year earlier
        (
            "fr",
            "les Jeux, du 26 juillet au 11 août puis du 28 août au 8 septembre 2024.",
            "2023-03-24",
            ["2024-07-26/2024-08-11", "2024-08-28/2024-09-08"],
        ),
        (
            "en",
            "the Games, from 26 July to 11 August then from 28 August to 8 September 2024.",
            "2023-03-24",
            ["2024-07-26/2024-08-11", "2024-08-28/2024-09-08"],
        ),
        ("fr", "le 30 mai et le 1er juin 2016", None, ["2016-05-30", "2016-06-01"]),
        # a year-less date after the dated one in the year is no part of its series:
        # the own date's year
        ("fr", "le 5 juin, puis le 3 mai 2016", "2017-01-10", ["2016-06-05", "2016-05-03"]),
        ("en", "on 5 June, then on 3 May 2015", "2017-01-10", ["2016-06-05", "2015-05-03"]),
        # more than a joining word between them: no series
        ("en", "on 5 June the board met; in May 2015", "2017-01-10", ["2016-06-05", "2015-05"]),
    ],
)
def test_series_share_their_written_year(
    lang: str, text: str, own: str | None, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a cited resolution's year dates none of the narrative after it: the own date does
        (
            "en",
            "under resolution 2368 (2017).\n\n16. UNOCT launched, on 5 December, a programme",
            "2024-02-02",
            ["2017", "2023-12-05"],
        ),
        (
            "fr",
            "au titre de la résolution 2368 (2017).\n\n16. Le BLT a lancé, le 5 décembre, un",
            "2024-02-02",
            ["2017", "2023-12-05"],
        ),
        # a year written in the narrative still does
        ("en", "In 2017, then on 5 December, the Office", "2024-02-02", ["2017", "2017-12-05"]),
        ("fr", "En 2017, puis le 5 décembre, le Bureau", "2024-02-02", ["2017", "2017-12-05"]),
    ],
)
def test_cited_years_date_no_year_less_date(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a number ending one line is no day of a month in capitals heading the next
        ("en", "Edition C Version 1\nFEBRUARY 2018\n\nNORTH ATLANTIC", ["2018-02"]),
        ("fr", "Édition C Version 1\nFÉVRIER 2018\n\nORGANISATION", ["2018-02"]),
        # a day wrapped before its month in running text stays one date
        ("fr", "le texte signé le 1\nfévrier 2018 à Paris", ["2018-02-01"]),
        ("en", "the text signed on 1\nFebruary 2018 in Paris", ["2018-02-01"]),
    ],
)
def test_capital_month_lines_start_afresh(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a year written in the same clause makes it plain, even after the own date
        (
            "en",
            "Portugal offers to host the Spring 1997 meeting of the Council in Sintra, on 29 "
            "and 30 May.",
            "1996-12-10",
            ["1997", "1997-05-29/1997-05-30"],
        ),
        (
            "fr",
            "le Portugal propose d'accueillir la réunion du printemps 1997 du Conseil à Sintra, "
            "les 29 et 30 mai.",
            "1996-12-10",
            ["1997", "1997-05-29/1997-05-30"],
        ),
        # after a full stop, the own date rules again
        (
            "en",
            "Portugal will host the Spring 1997 meeting. The elections were held on 14 September.",
            "1996-12-10",
            ["1997", "1996-09-14"],
        ),
        # and "dernier" (the latest such day) still wins
        (
            "fr",
            "l'attentat du 11 décembre 2018, et l'attaque commise le 24 mai dernier",
            "2019-06-28",
            ["2018-12-11", "2019-05-24"],
        ),
    ],
)
def test_year_of_the_same_clause(lang: str, text: str, own: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a frequency earlier in the clause: months of every year, no dates
        ("fr", "Le comité se réunit deux fois par an, en principe en mars et en octobre.", []),
        ("en", "The committee meets twice a year, in principle in March and in October.", []),
        # a written year makes it a date all the same
        ("fr", "deux fois par an, en mars 2024", ["2024-03"]),
        ("en", "twice a year, in March 2024", ["2024-03"]),
        # a full stop ends the clause: the next sentence's month is a date
        ("fr", "Il se réunit deux fois par an. En mars, il a adopté", ["--03"]),
        ("en", "It meets twice a year. In March, it adopted", ["--03"]),
    ],
)
def test_recurring_by_a_frequency_before(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a future verb in the clause puts a year-less date on or after the own date
        (
            "en",
            "He announced that a workshop would be held in Amman from 8 to 11 September.",
            "2026-05-14",
            ["2026-09-08/2026-09-11"],
        ),
        (
            "fr",
            "Il a annoncé qu'un atelier se tiendra à Amman du 8 au 11 septembre.",
            "2026-05-14",
            ["2026-09-08/2026-09-11"],
        ),
        # a past one does not: the last such days before the own date
        (
            "en",
            "A workshop was held in Amman from 8 to 11 September.",
            "2026-05-14",
            ["2025-09-08/2025-09-11"],
        ),
        (
            "fr",
            "Un atelier s'est tenu à Amman du 8 au 11 septembre.",
            "2026-05-14",
            ["2025-09-08/2025-09-11"],
        ),
        # between two written dates of one year, in order: that year (a timeline)
        (
            "fr",
            "- Avril-mai 2026 : déclinaison par les préfets.\n- 1er juillet : premiers "
            "déploiements.\n- Du 21 au 25 septembre 2026 : exercice national.",
            "2026-03-16",
            ["2026-04/2026-05", "2026-07-01", "2026-09-21/2026-09-25"],
        ),
        (
            "en",
            "- April 2026: rollout by the prefects.\n- 1 July: first deployments.\n- From 21 "
            "to 25 September 2026: national exercise.",
            "2026-03-16",
            ["2026-04", "2026-07-01", "2026-09-21/2026-09-25"],
        ),
        # not in order (or the years differ): not the year after it; the year just
        # before it, the own date's, with the day less than half a year ahead (§2)
        (
            "en",
            "- April 2026: rollout.\n- 1 July: first deployments.\n- From 21 to 25 "
            "September 2025: exercise.",
            "2026-03-16",
            ["2026-04", "2026-07-01", "2025-09-21/2025-09-25"],
        ),
        (
            "fr",
            "- Avril 2026 : déclinaison.\n- 1er juillet : premiers déploiements.\n- Du 21 "
            "au 25 septembre 2025 : exercice.",
            "2026-03-16",
            ["2026-04", "2026-07-01", "2025-09-21/2025-09-25"],
        ),
    ],
)
def test_year_less_dates_ahead_and_in_timelines(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values
