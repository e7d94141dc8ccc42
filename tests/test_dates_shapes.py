"""Date shapes seen across publishers (guidelines §2): intervals whose days each take an
article, years inside identifiers, numeric days written month first, meetings still
to be held. Each expected value was worked out by hand from the guidelines; French and
English rows stand side by side, written in the styles of several publishers.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


def _values(text: str, lang: str, own: str | None = None) -> list[str]:
    return [h.value for h in find_dates(text, lang, own_date=own)]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # consecutive days of one event, each with its article: one interval
        ("fr", "M. X a été mis en examen le 27 et le 28 mai 2025.", ["2025-05-27/2025-05-28"]),
        ("en", "The panel sat on 3 and on 4 May 2025 in Geneva.", ["2025-05-03/2025-05-04"]),
        ("en", "Heard on the 3rd and the 4th of May 2025.", ["2025-05-03/2025-05-04"]),
        # days that are not consecutive stay two dates
        ("fr", "Audiences du 3 et le 9 mars 2008.", ["2008-03-03", "2008-03-09"]),
        ("en", "It met on 3 and on 9 March 2008.", ["2008-03-03", "2008-03-09"]),
    ],
)
def test_days_with_their_articles(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # an act's serial glued to its year by a hyphen (no year of a span before it)
        ("fr", "Décret 1587-2026, 10 septembre 2026", ["2026-09-10"]),
        ("fr", "Arrêté n 245-2019 du 3 mai 2019", ["2019-05-03"]),
        ("en", "Ordinance 112-2024 of 4 June 2024 entered into force.", ["2024-06-04"]),
        # a span of years stays a span
        ("fr", "la période 2010-2011 puis 2019-2020", ["2010/2011", "2019/2020"]),
        ("en", "in the 2010-2011 session", ["2010/2011"]),
        # a field of a colon-separated identifier (European Case Law Identifier)
        ("fr", "ECLI:FR:CCASS:2026:CR00842", []),
        ("en", "ECLI:EU:C:2019:1048 and ECLI:NL:HR:2021:AB1234 were cited.", []),
        # a time of day keeps its date
        ("en", "Published 13 Dec. 2023 12:21", ["2023-12-13"]),
    ],
)
def test_years_inside_identifiers(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a numeric day that can only be month first
        ("en", "Introduced 03/18/2026.", ["2026-03-18"]),
        ("fr", "Déposé le 03/18/2026 au Congrès.", ["2026-03-18"]),
        # a text that writes one so means the others so too
        ("en", "Introduced 03/18/2026; latest action 04/09/2026.", ["2026-03-18", "2026-04-09"]),
        ("fr", "Introduit le 12-15-2025, renvoyé le 01-06-2026.", ["2025-12-15", "2026-01-06"]),
        # a text with a day-first day, or none unambiguous, reads day first
        ("fr", "Publié le 18/03/2026 ; modifié le 04/09/2026.", ["2026-03-18", "2026-09-04"]),
        ("en", "Received 04/09/2026.", ["2026-09-04"]),
        # dotted days are day first everywhere
        ("en", "Filed 03/18/2026; revised 4.9.2026.", ["2026-03-18", "2026-09-04"]),
    ],
)
def test_numeric_days_month_first(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a meeting still to be held lies on or after the text's own date
        (
            "en",
            "We will invite its minister to our next meeting, to be held in Brussels on "
            "3 and 4 December.",
            "2026-07-08",
            ["2026-12-03/2026-12-04"],
        ),
        (
            "en",
            "The review conference, to take place in Vienna on 2 February, will report.",
            "2025-11-20",
            ["2026-02-02"],
        ),
        (
            "fr",
            "la prochaine réunion, devant se tenir à Bruxelles les 3 et 4 décembre.",
            "2026-07-08",
            ["2026-12-03/2026-12-04"],
        ),
    ],
)
def test_meetings_to_be_held(lang: str, text: str, own: str, values: list[str]) -> None:
    assert _values(text, lang, own) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a year of comparison or of origin is not the narrative's year
        (
            "en",
            "The group claimed 200 attacks in 2023, compared with 150 in 2022. On 4 March, "
            "it raided a village.",
            ["2023", "2022", "2023-03-04"],
        ),
        (
            "en",
            "Attacks rose in 2024. A convoy was hit, the first such attack since the road "
            "reopened in 2019. On 12 June, militants seized a port.",
            ["2024", "2019", "2024-06-12"],
        ),
        (
            "fr",
            "Le nombre d'attaques a doublé en 2025 par rapport à 2023. Le 9 mars, un convoi "
            "a été attaqué.",
            ["2025", "2023", "2025-03-09"],
        ),
        (
            "fr",
            "Les violences ont repris en 2024, pour la première fois depuis 2019. Le 3 août, "
            "un poste a été visé.",
            ["2024", "2019", "2024-08-03"],
        ),
        # a year that is the narrative's dates what follows
        ("fr", "En 2019, le groupe a grandi. Le 3 août, il a frappé.", ["2019", "2019-08-03"]),
        ("en", "In 2019, the cell was formed. On 3 August, it struck.", ["2019", "2019-08-03"]),
        # a cue far off in the clause, or joining places, governs no year
        (
            "fr",
            "Les attaques au Sahel ainsi qu'en Afrique de l'Ouest en 2025 ont augmenté, "
            "notamment le 3 mars.",
            ["2025", "2025-03-03"],
        ),
        (
            "en",
            "Since its creation, the unit arrested 40 suspects in 2025, including one on 3 March.",
            ["2025", "2025-03-03"],
        ),
        # right before the year, "qu'en" and "than in" compare
        (
            "fr",
            "Les attaques ont été plus nombreuses qu'en 2024. Le 3 mars, un poste a été visé.",
            ["2024", "--03-03"],
        ),
        (
            "en",
            "Attacks were more frequent than in 2024. On 3 March, a post was hit.",
            ["2024", "--03-03"],
        ),
    ],
)
def test_years_of_comparison_date_nothing_after(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a qualified month and the month with its year: one stretch of that year
        (
            "fr",
            "Les travaux, prévus fin mars-début avril 2025, ont été reportés.",
            ["2025-03/2025-04"],
        ),
        ("fr", "de fin mars à mi-avril 2025", ["2025-03/2025-04"]),
        ("en", "Talks ran from late March to early April 2025.", ["2025-03/2025-04"]),
        ("en", "late December to early January 2025", ["2024-12/2025-01"]),
        # a qualified month alone keeps its own year
        ("en", "in late March. April 2025 saw more attacks", ["2026-03", "2025-04"]),
    ],
)
def test_qualified_month_ranges(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang, "2026-05-10") == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # an ordinal day straight before its month, or after "of", with its year
        ("fr", "Fait à Yaoundé, le premier mars deux mille vingt-cinq.", ["2025-03-01"]),
        ("fr", "Arrêté le premier mars 2025.", ["2025-03-01"]),
        ("en", "Done on the twenty-first of January, two thousand twenty-four.", ["2024-01-21"]),
        ("en", "Signed the first of March 2025.", ["2025-03-01"]),
        # with no year, an ordinal and a month are no date
        ("en", "the first May meeting was held", []),
        ("fr", "au premier mars, la saison commence", []),
    ],
)
def test_days_in_ordinal_words(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a bare day, the connector and a full date: one interval, no opening word
        ("en", "at its 111th session (13 to 22 May 2026), having", ["2026-05-13/2026-05-22"]),
        ("fr", "lors de sa session (13 au 22 mai 2026), le Comité", ["2026-05-13/2026-05-22"]),
        ("en", "the exercise held 19 to 21 December 2018", ["2018-12-19/2018-12-21"]),
        # the end day must come after the first: no interval, the full date alone
        ("en", "items 23 to 5 May 2026", ["2026-05-05"]),
    ],
)
def test_day_to_date_without_opening_word(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a serial glued by a full stop to its kind's abbreviation (no month) is no year
        ("en", "See MSC.1/Circ.1712 and MSC.1/Circ.1711 of 12 June 2026.", ["2026-06-12"]),
        ("fr", "voir la circulaire Circ.2019 du 3 mai 2019", ["2019-05-03"]),
        # a month's abbreviation glued to its year stays a date
        ("en", "signed in Dec.2015 in Paris", ["2015-12"]),
        # an official compilation's year and page: the page is no year either
        ("fr", "message du 12 juin 2026 (FF 2026 1843)", ["2026-06-12"]),
        ("en", "published in AS 2024 1780 and OJ 2017 L 88", []),
        # a parliamentary motion's year, series letter and dotted number
        ("fr", "2023 M 23.3461 Tarir les sources de financement", []),
        ("en", "2024 P 24.4102 Intelligence and virtual assets", []),
    ],
)
def test_serials_after_abbreviations(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # "dernier" right after the date outweighs a capitalised name ending like a verb in
        # the future tense (Ferreira)
        (
            "fr",
            "Mme Amina Lozano-Ferreira a rappelé que le Conseil avait consacré, le 22 "
            "septembre dernier, une réunion",
            "2026-10-14",
            ["2026-09-22"],
        ),
        (
            "en",
            "Ms Ana Ferreira recalled that on 22 September last the Council met",
            "2026-10-14",
            ["2026-09-22"],
        ),
        # "last year" earlier in the clause: the year before the own date's
        (
            "en",
            "deployed at more than 60 events last year, including the events on 6 May.",
            "2026-11-17",
            ["2025-05-06"],
        ),
        ("fr", "l'an dernier, le dispositif a été déployé le 6 mai.", "2026-11-17", ["2025-05-06"]),
        # a verb in the future tense still puts the date ahead
        ("fr", "le Conseil se réunira le 6 mai.", "2026-11-17", ["2027-05-06"]),
        ("en", "The Committee will meet on 6 May.", "2026-11-17", ["2027-05-06"]),
    ],
)
def test_year_less_dates_last_and_next(lang: str, text: str, own: str, values: list[str]) -> None:
    assert _values(text, lang, own) == values
