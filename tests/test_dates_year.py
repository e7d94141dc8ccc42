"""Years of year-less dates and dates written in words (guidelines §2).

Every expected value was worked out by hand from the guidelines' table ("the year
the text makes plain — its own date, or the year of the dates just before"), not
copied from output. French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a verb in the future tense earlier in the clause: on or after the own date
        (
            "fr",
            "Le comité entendra le ministre puis examinera le texte les 20 et 21 juillet.",
            "2026-05-12",
            ["2026-07-20/2026-07-21"],
        ),
        (
            "en",
            "We will also hold a meeting with the regional partners in Nairobi on 3 and 4 April.",
            "2025-11-19",
            ["2026-04-03/2026-04-04"],
        ),
        # être's future or conditional (sera examiné, seraient formés) as "will" and
        # "would"; the cue may stand some hundred characters back in the clause
        (
            "fr",
            "Le message sera examiné par la Commission de la politique de sécurité du Conseil "
            "national (CPS-N) lors de sa séance des 17 et 18 août.",
            "2026-06-19",
            ["2026-08-17/2026-08-18"],
        ),
        (
            "en",
            "The bill will be examined by the Security Policy Committee of the National "
            "Council (SPC-N) at its sitting of 17 and 18 August.",
            "2026-06-19",
            ["2026-08-17/2026-08-18"],
        ),
        (
            "fr",
            "Il a indiqué que 340 opérateurs seraient formés entre septembre et décembre.",
            "2026-03-09",
            ["2026-09/2026-12"],
        ),
        (
            "en",
            "He said that 340 operators would be trained between September and December.",
            "2026-03-09",
            ["2026-09/2026-12"],
        ),
        # a plan with devoir, as "is to be": l'Agence doit publier le 20 avril
        (
            "fr",
            "L'Agence doit de son côté publier le 20 avril des lignes directrices.",
            "2026-03-09",
            ["2026-04-20"],
        ),
        (
            "en",
            "The guidelines are to be published on 20 April by the Agency.",
            "2026-03-09",
            ["2026-04-20"],
        ),
        # a report "due on" a day: a deadline, ahead of the own date
        (
            "en",
            "It asks for a report, due on 31 July, on the threat.",
            "2026-03-17",
            ["2026-07-31"],
        ),
        # a past verb does not move it: the last such days before the own date
        (
            "fr",
            "Le comité a examiné le texte les 20 et 21 juin.",
            "2026-05-12",
            ["2025-06-20/2025-06-21"],
        ),
        (
            "en",
            "We held a meeting with the regional partners in Nairobi on 3 and 4 April.",
            "2025-11-19",
            ["2025-04-03/2025-04-04"],
        ),
        # être in the past (a été examiné): the last such days before the own date
        (
            "fr",
            "Le message a été examiné lors de la séance des 17 et 18 août.",
            "2026-06-19",
            ["2025-08-17/2025-08-18"],
        ),
        (
            "en",
            "The bill was examined at the sitting of 17 and 18 August.",
            "2026-06-19",
            ["2025-08-17/2025-08-18"],
        ),
    ],
)
def test_future_tense_puts_year_less_dates_ahead(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # the year in words after a day in words (§2: "the tenth day of May, 1996")
        (
            "en",
            "Approved this twenty-eighth day of July, two thousand twenty-five.",
            ["2025-07-28"],
        ),
        ("en", "Done on the tenth day of May, nineteen hundred and ninety-six.", ["1996-05-10"]),
        ("fr", "Fait le vingt-huitième jour de juillet deux mille vingt-cinq.", ["2025-07-28"]),
        # quatre-vingt-seize: 4 x 20 + 16
        ("fr", "Fait le dixième jour de mai mil neuf cent quatre-vingt-seize.", ["1996-05-10"]),
        # a cardinal day in words, then the month and the year in words
        ("fr", "Fait à Dakar, le vingt-huit juillet deux mille vingt-cinq.", ["2025-07-28"]),
        ("en", "Done on twenty-eight July two thousand twenty-five.", ["2025-07-28"]),
        ("fr", "le trente et un décembre mil neuf cent quatre-vingt-dix-neuf", ["1999-12-31"]),
        # a number word before a month with no year in words is no date
        ("fr", "Les deux mars suivants furent calmes.", []),
        ("en", "The two May meetings were calm.", []),
        # number words with no scale word are no year: no date
        ("en", "On the first day of June, two of them left.", []),
        ("fr", "Le premier jour de juin, deux d'entre eux sont partis.", []),
    ],
)
def test_years_in_words(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a law report's volume year is a citation, not a date (§2: not dates)
        (
            "fr",
            "(S. c. Royaume-Uni [GC], no 30562/04, § 67, CEDH 2008), le 4 mars 2009.",
            ["2009-03-04"],
        ),
        (
            "en",
            "(S. v. the United Kingdom [GC], no. 30562/04, § 67, ECHR 2008), on 4 March 2009.",
            ["2009-03-04"],
        ),
    ],
)
def test_law_report_citations_are_no_dates(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # two consecutive year-less months joined by "et"/"and": one interval; "de
        # cette année" puts it in the own date's year, whatever the year just before
        (
            "fr",
            "Depuis le 1er janvier 2025, neuf projets, dont deux en janvier et février de "
            "cette année.",
            "2026-03-11",
            ["2025-01-01", "2026-01/2026-02"],
        ),
        (
            "en",
            "Since 1 January 2025, nine plots, two of them in January and February this year.",
            "2026-03-11",
            ["2025-01-01", "2026-01/2026-02"],
        ),
        # months that do not follow each other stay separate dates
        ("fr", "Il s'est réuni en mars et en octobre.", "2026-11-20", ["2026-03", "2026-10"]),
        ("en", "It met in March and in October.", "2026-11-20", ["2026-03", "2026-10"]),
    ],
)
def test_month_pairs_and_this_year(lang: str, text: str, own: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a year-less date given as an example: no year is made plain (§2: --MM-DD)
        (
            "en",
            "for the period in the notice (for example, from 10 to 14 July for a race).",
            ["--07-10/--07-14"],
        ),
        (
            "fr",
            "pour la période fixée (par exemple, du 10 au 14 juillet pour une course).",
            ["--07-10/--07-14"],
        ),
        # an example cue after the date leaves it to the own date's year
        (
            "en",
            "The meeting held from 10 to 14 July was, for example, a success.",
            ["2025-07-10/2025-07-14"],
        ),
        (
            "fr",
            "La réunion tenue du 10 au 14 juillet fut, par exemple, un succès.",
            ["2025-07-10/2025-07-14"],
        ),
    ],
)
def test_examples_take_no_year(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date="2025-11-04")] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a recurrence cue after the last day of a series makes every day of it recur
        # (§2: no year is made plain, --MM-DD), as a year written once is every day's
        (
            "en",
            "Statements are due by 31 January and 31 July each year.",
            ["--01-31", "--07-31"],
        ),
        (
            "fr",
            "Les états sont remis le 31 janvier et le 31 juillet de chaque année.",
            ["--01-31", "--07-31"],
        ),
        # with no cue, the days take the own date's year
        (
            "en",
            "Statements were filed on 31 January and 31 July.",
            ["2025-01-31", "2025-07-31"],
        ),
        (
            "fr",
            "Les états ont été remis le 31 janvier et le 31 juillet.",
            ["2025-01-31", "2025-07-31"],
        ),
        # a cue after a later sentence's day does not reach back over a full stop
        (
            "en",
            "Statements were filed on 31 January. Reports are due by 31 July each year.",
            ["2025-01-31", "--07-31"],
        ),
        (
            "fr",
            "Les états ont été remis le 31 janvier. Les rapports sont dus le 31 juillet "
            "de chaque année.",
            ["2025-01-31", "--07-31"],
        ),
    ],
)
def test_a_series_recurs_by_its_last_cue(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date="2025-11-04")] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a frequency earlier in the clause makes a year-less day a day of every year:
        # no year is made plain, and none is taken from the own date (guidelines §2);
        # like a month of every year it is no date (heldout8, heldout9 notes)
        (
            "fr",
            "Chaque année, l'autorité publie son rapport le 30 juin et présente son bilan "
            "le 15 décembre.",
            [],
        ),
        (
            "en",
            "Every year the regulator issues its report on 30 June and presents its "
            "accounts on 15 December.",
            [],
        ),
        # the frequency may stand far back in a long clause
        (
            "fr",
            "Plus de 300 exercices de sécurité civile sont conduits chaque année dans les "
            "départements, dont celui de la rentrée scolaire le 1er septembre.",
            [],
        ),
        (
            "en",
            "Some 300 civil-protection drills are held every year across the regions, "
            "including the school-term drill on 1 September.",
            [],
        ),
        # but not over a full stop: the next sentence's day takes the own date's year
        (
            "fr",
            "Le rapport est publié chaque année. Le dernier a été remis le 30 juin.",
            ["2025-06-30"],
        ),
        (
            "en",
            "The report is published every year. The last one was filed on 30 June.",
            ["2025-06-30"],
        ),
    ],
)
def test_a_day_of_every_year_takes_no_year(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date="2025-11-04")] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a printed weekday picks, among the own date's year and its neighbours, the one it
        # agrees with: 17 June 2026 is a Wednesday, 17 June 2025 a Tuesday (heldout30 en07)
        (
            "fr",
            "Exercice sur table : mercredi 17 et jeudi 18 juin, au centre de formation.",
            "2026-01-19",
            ["2026-06-17/2026-06-18"],
        ),
        (
            "en",
            "Tabletop exercise (Wednesday 17 and Thursday 18 June) at the training centre.",
            "2026-01-19",
            ["2026-06-17/2026-06-18"],
        ),
        # the weekday written just before the date, outside its span
        (
            "fr",
            "La formation se tient du lundi 8 au vendredi 12 juin au siège.",
            "2026-01-19",
            ["2026-06-08/2026-06-12"],
        ),
        (
            "en",
            "The course runs from Monday, 8 June to Friday, 12 June at the headquarters.",
            "2026-01-19",
            ["2026-06-08", "2026-06-12"],
        ),
        # a weekday the current answer agrees with keeps it
        (
            "fr",
            "Le comité s'est réuni le mardi 17 juin au siège.",
            "2026-01-19",
            ["2025-06-17"],
        ),
        (
            "en",
            "The committee met on Tuesday 17 June at the headquarters.",
            "2026-01-19",
            ["2025-06-17"],
        ),
        # no neighbour agrees (17 June is a Friday in 2022): today's answer is kept
        (
            "fr",
            "Le comité s'est réuni le vendredi 17 juin au siège.",
            "2026-01-19",
            ["2025-06-17"],
        ),
        (
            "en",
            "The committee met on Friday 17 June at the headquarters.",
            "2026-01-19",
            ["2025-06-17"],
        ),
        # a year taken from an older date earlier in the clause yields to the weekday: 17 March is a
        # Friday in 2017, a Tuesday in 2026, the own date's year (heldout37 en05's shape)
        (
            "en",
            "In October 2017, the committee adopted the plan; its follow-up meeting was held "
            "on Tuesday 17 March.",
            "2026-05-10",
            ["2017-10", "2026-03-17"],
        ),
        (
            "fr",
            "En octobre 2017, le comité a adopté le plan, puis il s'est réuni le mardi 17 mars.",
            "2026-05-10",
            ["2017-10", "2026-03-17"],
        ),
        # a list item, the weekday before a comma
        (
            "en",
            "- Launched in October 2017, the review meets again on Tuesday, 17 March, in Vienna.",
            "2026-05-10",
            ["2017-10", "2026-03-17"],
        ),
        (
            "fr",
            "* Lancée en octobre 2017, la revue se réunit à nouveau le mardi 17 mars à Vienne.",
            "2026-05-10",
            ["2017-10", "2026-03-17"],
        ),
        # in brackets, after a label
        (
            "en",
            "<p>Since October 2017 the network has met twice a year (last meeting: Tuesday "
            "17 March).</p>",
            "2026-05-10",
            ["2017-10", "2026-03-17"],
        ),
        (
            "fr",
            "Depuis octobre 2017, le réseau se réunit deux fois par an (dernière réunion : "
            "mardi 17 mars).",
            "2026-05-10",
            ["2017-10", "2026-03-17"],
        ),
        # negative rows of the same shape: a weekday that agrees with the clause"s year (Friday),
        # none written, or one no neighbour of either year agrees with (Sunday) keep that year
        (
            "en",
            "In October 2017, the committee adopted the plan; its follow-up meeting was held "
            "on Friday 17 March.",
            "2026-05-10",
            ["2017-10", "2017-03-17"],
        ),
        (
            "fr",
            "En octobre 2017, le comité a adopté le plan, puis il s'est réuni le vendredi 17 mars.",
            "2026-05-10",
            ["2017-10", "2017-03-17"],
        ),
        (
            "en",
            "In October 2017, the committee adopted the plan; its follow-up meeting was held "
            "on 17 March.",
            "2026-05-10",
            ["2017-10", "2017-03-17"],
        ),
        (
            "fr",
            "En octobre 2017, le comité a adopté le plan, puis il s'est réuni le 17 mars.",
            "2026-05-10",
            ["2017-10", "2017-03-17"],
        ),
        (
            "en",
            "In October 2017, the committee adopted the plan; its follow-up meeting was held "
            "on Sunday 17 March.",
            "2026-05-10",
            ["2017-10", "2017-03-17"],
        ),
        (
            "fr",
            "En octobre 2017, le comité a adopté le plan, puis il s'est réuni le dimanche 17 mars.",
            "2026-05-10",
            ["2017-10", "2017-03-17"],
        ),
        # a misprinted weekday under a year the clause makes plain: 4 March is a Monday in
        # 2019, a Sunday in 2018, a Wednesday in 2020 and 2026; only a neighbour of the own
        # date's year agrees (a Tuesday in 2025, a Thursday in 2027), which is no anchor:
        # the clause's year stays (the own date's year itself would still be taken, above)
        (
            "en",
            "In 2019, the committee met in Geneva on Tuesday 4 March to review the list.",
            "2026-03-10",
            ["2019", "2019-03-04"],
        ),
        (
            "fr",
            "En 2019, le comité s'est réuni à Genève le mardi 4 mars pour examiner la liste.",
            "2026-03-10",
            ["2019", "2019-03-04"],
        ),
        (
            "en",
            "In 2019, the committee met in Geneva on Thursday 4 March to review the list.",
            "2026-03-10",
            ["2019", "2019-03-04"],
        ),
        (
            "fr",
            "En 2019, le comité s'est réuni à Genève le jeudi 4 mars pour examiner la liste.",
            "2026-03-10",
            ["2019", "2019-03-04"],
        ),
        # a series' year written in the same phrase is plain: a misprinted weekday (4 March
        # 2019 is a Monday) does not move it to a neighbour of the own date's year (2025);
        # the series' own weekday keeps it as well
        (
            "en",
            "The committee met in Geneva on Tuesday 4 March and on 12 April 2019.",
            "2026-03-10",
            ["2019-03-04", "2019-04-12"],
        ),
        (
            "fr",
            "Le comité s'est réuni à Genève le mardi 4 mars et le 12 avril 2019.",
            "2026-03-10",
            ["2019-03-04", "2019-04-12"],
        ),
        (
            "en",
            "The committee met in Geneva on Monday 4 March and on 12 April 2019.",
            "2026-03-10",
            ["2019-03-04", "2019-04-12"],
        ),
        (
            "fr",
            "Le comité s'est réuni à Genève le lundi 4 mars et le 12 avril 2019.",
            "2026-03-10",
            ["2019-03-04", "2019-04-12"],
        ),
    ],
)
def test_a_printed_weekday_picks_the_year(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a date in an instrument's name (its word, number, "du"/"of") is a date of the
        # text, but the narrative is not of its year: the year-less date after it takes the
        # year the text's own date makes plain (guidelines §2)
        (
            "fr",
            "Le décret du 27 mars 2026 modifiant l'arrêté du 11 septembre 2013 relatif à la "
            "sûreté a été publié au Journal officiel du 31 mars.",
            "2026-04-20",
            ["2026-03-27", "2013-09-11", "2026-03-31"],
        ),
        (
            "en",
            "Operators have no duty under the Security of Critical Infrastructure Act 2018. "
            "The Department told a Senate hearing on 26 May that a framework was coming.",
            "2026-06-11",
            ["2018", "2026-05-26"],
        ),
        # the same year-less date after a narrative's own year keeps that year
        (
            "fr",
            "Le préfet a fermé la mosquée le 11 septembre 2013. Le tribunal l'a rouverte le 31 "
            "octobre.",
            "2026-04-20",
            ["2013-09-11", "2013-10-31"],
        ),
        (
            "en",
            "The Department first spoke of drones in 2018. It told a Senate hearing on 26 May "
            "that a framework was coming.",
            "2026-06-11",
            ["2018", "2018-05-26"],
        ),
        # "act" in lower case is a deed, no instrument: its date dates the narrative
        (
            "en",
            "Report, 2 June 2026. The terrorist act of 22 March 2016 killed 32 people. On 24 "
            "March, police arrested two suspects.",
            "2026-06-02",
            ["2026-06-02", "2016-03-22", "2016-03-24"],
        ),
        (
            "fr",
            "Rapport, le 2 juin 2026. L'attentat du 22 mars 2016 a fait 32 morts. Le 24 mars, la "
            "police a arrêté deux suspects.",
            "2026-06-02",
            ["2026-06-02", "2016-03-22", "2016-03-24"],
        ),
        # an instrument's date dates a past date of its sentence that the own date's year
        # would put after the own date
        (
            "en",
            "Report, 2 June 2026. Under the Regulation (EU) 2021/784 of 29 April 2021, on 7 "
            "June platforms had to remove content.",
            "2026-06-02",
            ["2026-06-02", "2021-04-29", "2021-06-07"],
        ),
        (
            "fr",
            "Rapport, le 2 juin 2026. Par un décret du 5 mai 2019, puis le 7 juin, le "
            "gouvernement a agi.",
            "2026-06-02",
            ["2026-06-02", "2019-05-05", "2019-06-07"],
        ),
    ],
)
def test_an_instruments_date_dates_no_narrative(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a year-less stretch joined by a joining word to the year-less one before it takes
        # the year that one took, however far back its year was written
        (
            "fr",
            "Les Jeux se sont tenus à Paris en juillet 2024. Les forces de sécurité intérieure, "
            "appuyées par les armées et les polices municipales, ont intercepté 55 drones en "
            "zone interdite de survol pendant toute la durée des Jeux, du 26 juillet au 11 août "
            "puis du 28 août au 8 septembre.",
            "2026-10-31",
            ["2024-07", "2024-07-26/2024-08-11", "2024-08-28/2024-09-08"],
        ),
        (
            "en",
            "The Games were held in Paris in July 2024. The internal security forces, deployed "
            "across the whole country and supported by the armed forces and by the municipal "
            "police, intercepted 55 drones in the no-fly zones throughout, from 26 July to 11 "
            "August then from 28 August to 8 September.",
            "2026-10-31",
            ["2024-07", "2024-07-26/2024-08-11", "2024-08-28/2024-09-08"],
        ),
    ],
)
def test_a_series_keeps_its_first_dates_year(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # "recently" before a year-less month: the latest such month on or before the own
        # date, not the year of a point of origin written before it
        (
            "en",
            "The state of emergency in force since June 2022 was renewed most recently in March.",
            "2026-05-10",
            ["2022-06", "2026-03"],
        ),
        (
            "fr",
            "L'état d'urgence en vigueur depuis juin 2022 a été prorogé récemment en mars.",
            "2026-05-10",
            ["2022-06", "2026-03"],
        ),
    ],
)
def test_recently_is_the_latest(lang: str, text: str, own: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values
