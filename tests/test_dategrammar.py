"""Date forms and numbers that are no dates (ctdocs.extract._dategrammar, _dateparse,
_datescan; guidelines §2): statutes, declarations, numeric days, spans and seasons;
citations, identifiers and numbers built on years.

Every expected value below was worked out by hand from the guidelines' rules
(shared/spec/annotation-guidelines.md §2 and tests/gold), not copied from output.
French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates

from ._datehits import _only


# --------------------------------------------------------------- more forms (§2)
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # consecutive days of one event are one interval
        ("fr", "les 14 et 15 octobre 2009 à Paris", "2009-10-14/2009-10-15"),
        ("en", "On 11 and 12 December 2012, the centre", "2012-12-11/2012-12-12"),
        ("fr", "lundi 3, mardi 4 et mercredi 5 mars 2008", "2008-03-03/2008-03-05"),
        ("en", "Monday 3, Tuesday 4 and Wednesday 5 March 2008", "2008-03-03/2008-03-05"),
        # month ranges, even after a month cue
        ("fr", "au cours de mai-juin 2011", "2011-05/2011-06"),
        ("en", "to Turkey in March-April 2003 and", "2003-03/2003-04"),
        # two written days joined by a to-word
        ("fr", "01-03-2004 au 30-06-2005", "2004-03-01/2005-06-30"),
        ("en", "1 March 2004 to 30 June 2005", "2004-03-01/2005-06-30"),
        # dotted days, roman months
        ("fr", "Bruxelles, le 2.12.2015", "2015-12-02"),
        ("en", "Brussels, 2.12.2015", "2015-12-02"),
        ("fr", "Fait à Budapest, le 22.XI.2012", "2012-11-22"),
        ("en", "Done at Strasbourg, 8.XI.2001", "2001-11-08"),
        # days in words
        ("fr", "le dixième jour de mai 1996", "1996-05-10"),
        ("en", "the tenth day of May, 1996", "1996-05-10"),
        # two-digit years after an abbreviated month
        ("fr", "le 11 sept. 01 à New York", "2001-09-11"),
        ("en", "The 11 Sep 01 attacks", "2001-09-11"),
        # a footnote digit glued to the year
        ("fr", "CM(2005)65 27 avril 20051", "2005-04-27"),
        ("en", "Committee of 17 March 20161, having regard", "2016-03-17"),
        # a superscript ordinal, a page seam between day and month
        ("fr", "le 1^er^ mars 1991, dans sa version", "1991-03-01"),
        ("en", "resolution of 28\n\nSeptember 2001, and", "2001-09-28"),
        # the month first in a French web page; the year first in an English name
        ("fr", "Juin 20, 2017", "2017-06-20"),
        ("en", "the 2005 September World Summit", "2005-09"),
        # a span of years whose end keeps two digits
        ("fr", "le programme de travail 2011-14 du Comité", "2011/2014"),
        ("en", "the 2015-16 work programme", "2015/2016"),
    ],
)
def test_more_forms(lang: str, text: str, value: str) -> None:
    assert _only(text, lang).value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # statute citations (Canadian consolidations)
        ("fr", "L.R. (1985), ch. E-17, art. 2; 1993, ch. 32, art. 2"),
        ("en", "R.S., 1985, c. E-17, s. 2; 1993, c. 32, s. 2; 2024, c. 16, s. 96"),
        ("fr", "S.R., ch. E-15, art. 12; 1974-75-76, ch. 60, art. 6"),
        ("en", "R.S., c. E-15, s. 12; 1974-75-76, c. 60, s. 6"),
        ("fr", "chapitre 9 des Lois du Canada de 1997"),
        ("en", "chapter 9 of the Statutes of Canada, 1997"),
        # years inside document numbers and symbols
        ("fr", "Communiqué de presse (2018) 074"),
        ("en", "Press Release (2018) 074"),
        ("fr", "CM(2005)65"),
        ("en", "COM(2015) 625 final"),
        ("fr", "Règlement (CE) n° 2580/2001"),
        ("en", "Regulation (EC) No 2580/2001"),
        ("fr", "position commune 2001/931/PESC"),
        ("en", "P8_TA-PROV(2017)0046"),
        ("fr", "H (2002) 4"),
        ("en", "PR/CP(2014)0120"),
        ("fr", "Décret C.P. 2011-34"),
        ("en", "Order in Council P.C. 2011-34"),
        # a date in a language not read: its year is no bare year
        ("fr", "Gazzetta ufficiale, L 344, 28 dicembre 2001,"),
        ("en", "gedaan te Montreal op 23 september 1971"),
    ],
)
def test_citations_and_symbols_are_no_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a resolution number before its year: the year counts, the number does not
        ("fr", "ses résolutions 1624 (2005), 2083 (2012)", ["2005", "2012"]),
        ("en", "resolutions 1624 (2005), 2083 (2012)", ["2005", "2012"]),
        # a number the text uses as a resolution number is no year elsewhere
        ("fr", "la résolution 1988 (2011) ; la liste du Comité de 1988", ["2011"]),
        ("en", "Resolution 1988 (2011); the 1988 Sanctions List", ["2011"]),
        # days that are not consecutive are separate dates, each with the month
        ("fr", "les 3 et 9 mars 2008", ["2008-03-03", "2008-03-09"]),
        ("en", "on 3 and 9 March 2008", ["2008-03-03", "2008-03-09"]),
        ("fr", "les 3, 5 et 9 mars", ["--03-03", "--03-05", "--03-09"]),
        ("en", "on 3, 5 and 9 March", ["--03-03", "--03-05", "--03-09"]),
        # a connector before a year is no month of a foreign date (2003-04 and 2011)
        ("fr", "en 2003-04 et 2011-14", ["2003/2004", "2011/2014"]),
        ("en", "in 2003-04 and 2011-14", ["2003/2004", "2011/2014"]),
    ],
)
def test_numbers_around_years(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a year-less 11 September after "du" / "the" names the attacks
        ("fr", "à l'occasion du dixième anniversaire du 11 septembre", []),
        ("en", "since the September 11 attacks", []),
        # but it is a date where it dates something
        ("fr", "les attaques qui ont eu lieu le 11 septembre à New York", ["--09-11"]),
        ("en", "the attacks that took place on 11 September in New York", ["--09-11"]),
    ],
)
def test_event_days(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a year glued by a hyphen to a standard's or a series' number is no date
        ("fr", "la norme ANSI/NIST-ITL 1-2011, mise à jour 2015.", ["2015"]),
        ("en", "the ANSI/NIST-ITL 1-2011 standard, updated in 2015", ["2015"]),
        # ... but a qualifier or a year range before it stays a date
        ("fr", "entre 2010-2012 et mi-2014", ["2010/2012", "2014"]),
        ("en", "by mid-2004 and in 2010-2011", ["2004", "2010/2011"]),
        # a year between an upper-case abbreviation and a number: official compilations
        ("fr", "RO 2022 300 ; modifié par RO 2023 712 en 2023", ["2023"]),
        ("en", "see RO 2022 300, in force in June 2022", ["2022-06"]),
        # an act's number and year
        ("fr", "loi n° 12, 2004 du Parlement, votée en 2004", ["2004"]),
        ("en", "am No 40, 2004; No 82, 2023", []),
        # an abbreviation's number with its year glued in parentheses
        ("fr", "voir DC 112(2018) et la résolution 1373 (2001)", ["2001"]),
        ("en", "see DC 112(2018) and resolution 1373 (2001)", ["2001"]),
        # identifiers the grammar already leaves alone
        ("fr", "ECLI : FR:CC:2021:2021.822.DC ; Dir. (UE) 2018/1673", []),
        ("en", "DOI: 10.19165/2022.2.03; CM/Del/Dec(2018)1321/10.2; C2023C00295", []),
        # a year dashed to a long serial number (any dash): a document number
        ("fr", "décret n° 2024-588 et dossier 2024–25611 de 2024", ["2024"]),
        ("en", "[FR Doc. 2024–25611 Filed 10–30–24]", ["2024-10-30"]),
        # an official journal's year, series letter and number
        ("fr", "(JO 2017 C 88, p. 6) en 2017", ["2017"]),
        ("en", "(OJ 2017 L 88, p. 6) of 2017", ["2017"]),
        # a symbol's number glued by a full stop, with its year: no resolution's year
        ("fr", "PSC/PR/COMM.1241 (2024) et la résolution 2719 (2023)", ["2023"]),
        ("en", "PSC/PR/COMM.1241 (2024) and resolution 2719 (2023)", ["2023"]),
        # a code's section and a page's hit counter are numbers, not years
        ("fr", "Publié le 18 novembre 2024 | Vues : 1873", ["2024-11-18"]),
        ("en", "(50 U.S.C. 1701 et seq.) since 2001; Hits: 1873", ["2001"]),
    ],
)
def test_years_inside_identifiers(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a year opening a compound act number is no reference number elsewhere
        ("fr", "la loi n° 2020-1671 ; au cours de l'année 2020", ["2020"]),
        ("en", "Act No. 2020-1671; during the year 2020", ["2020"]),
        # ... where a whole reference number still makes the bare year a name
        ("fr", "la résolution 1988 ; le Comité de 1988", []),
        ("en", "resolution 1988; the 1988 Committee", []),
        # a full stop and a footnote number glued after a numeric date
        ("fr", "doc. 8868/20 du 28.5.2020.4 Suite", ["2020-05-28"]),
        ("en", "Council doc. 8868/20, 28.5.2020.4 Next", ["2020-05-28"]),
        # but a longer number after it is a code, not a note
        ("fr", "version 28.5.2020.123", []),
        ("en", "build 28.5.2020.4.1", []),
    ],
)
def test_numbers_around_numeric_dates(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a superscript footnote mark glued to a bare year (a PDF's text layer keeps it)
        ("fr", "La variole a été déclarée éradiquée en 1980¹. Le virus", ["1980"]),
        ("en", "through the Exploitation Cell in 2022¹.\n\n5. We have", ["2022"]),
        ("fr", "486 décisions en 2025, contre 512 en 2024¹. La répartition", ["2025", "2024"]),
        # ... to a whole day or month, whose value it no longer cuts to a year-less one
        ("fr", "la Convention signée le 27 avril 2005² à Varsovie", ["2005-04-27"]),
        ("en", "revised in March 2021³, the guidance", ["2021-03"]),
        ("en", "the Regulations of 14 June, 2019⁴ apply", ["2019-06-14"]),
        # two marks, or a mark after a span of years
        ("fr", "entre 2015 et 2018¹² selon le rapport", ["2015/2018"]),
        ("en", "over 2019-2021⁵ the unit grew", ["2019/2021"]),
        # no mark: a superscript in a unit or an exponent, a letter glued to a year
        ("fr", "12 500 m² de locaux inaugurés", []),
        ("en", "an area of 2 000 km² and a reach of 10⁶ users", []),
        ("fr", "la variante 2022a du logiciel", []),
        ("en", "the x²=2025 equation and code 2024b", []),
    ],
)
def test_superscript_footnote_marks(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a day above 12 says the order; the two-digit year is this century's
        ("fr", "déposé le 30–10–24 à 8 h 45", ["2024-10-30"]),
        ("en", "Filed 10–30–24; 8:45 am", ["2024-10-30"]),
        # otherwise the language's order: day first in French, month first in English
        ("fr", "signé le 10/11/24", ["2024-11-10"]),
        ("en", "signed 10/11/24", ["2024-10-11"]),
        # a year past the century's middle is the last century's
        ("fr", "le 31/12/99 à minuit", ["1999-12-31"]),
        ("en", "on 12/31/99 at midnight", ["1999-12-31"]),
        # a numbered act, clause numbers and longer groups are no dates
        ("fr", "le dahir n° 1-07-79 ; les points 16.2.24 et 1-2-3", []),
        ("en", "Order No. 1-26-08; tel. 01-45-67-89-10", []),
    ],
)
def test_numeric_days_with_two_digit_years(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # two bare years joined by a to-word are a span with no opening word
        ("fr", "les lois 2005 à 2015 et la présente loi", ["2005/2015"]),
        ("en", "the Acts 2005 to 2015 and this Act", ["2005/2015"]),
        # ... in order only
        ("fr", "en 2015 à Paris, puis 2015 à 2005", ["2015", "2015", "2005"]),
        ("en", "in 2015 to 2005", ["2015", "2005"]),
    ],
)
def test_bare_years_to_years(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a month's last day and the next month's first: one event over two days
        ("fr", "Stockholm, les 31 mai et 1er juin 2016", None, ["2016-05-31/2016-06-01"]),
        ("en", "Skopje, 30 November and 1 December 2023", None, ["2023-11-30/2023-12-01"]),
        ("en", "on May 31 and June 1, 2016", None, ["2016-05-31/2016-06-01"]),
        # over a year's end the first day takes the year before
        ("fr", "les 31 décembre et 1er janvier 2024", None, ["2023-12-31/2024-01-01"]),
        # no year written: the own date gives it
        (
            "fr",
            "la tenue à Berlin, les 31 mai et 1er juin, de la",
            "2016-12-09",
            ["2016-05-31/2016-06-01"],
        ),
        # days that do not follow each other stay two dates
        ("fr", "les 30 mai et 1er juin 2016", None, ["2016-05-30", "2016-06-01"]),
        ("en", "on 31 May and 2 June 2016", None, ["2016-05-31", "2016-06-02"]),
    ],
)
def test_consecutive_days_across_months(
    lang: str, text: str, own: str | None, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a file number built on a date, and a serial number's two halves, are no years
        ("fr", "Dossier numéro : 2019-05-05/14\nEntrée en vigueur : 30-05-2019", ["2019-05-30"]),
        ("en", "File number: 2019-05-05/14\nIn force: 30-05-2019", ["2019-05-30"]),
        ("fr", "ISSN 1977-0677 (édition électronique), 2023", ["2023"]),
        ("en", "ISSN 1977-0677 (electronic edition), 2023", ["2023"]),
        # a written day and a span of years stay dates
        ("fr", "le 2019-05-05, pour 2011-2014", ["2019-05-05", "2011/2014"]),
        ("en", "on 2019-05-05, for 2011-2014", ["2019-05-05", "2011/2014"]),
    ],
)
def test_numbers_built_on_years(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # years before 1900 are years too (guidelines §2 lists no floor)
        (
            "fr",
            "l'article 2 de la Déclaration des droits de l'homme et du citoyen de 1789",
            ["1789"],
        ),
        (
            "en",
            "article 2 of the Declaration of the Rights of Man and of the Citizen of 1789",
            ["1789"],
        ),
        # but not the second half of an act's number
        ("fr", "Décret n° 2015-1842 du 30 décembre 2015", ["2015-12-30"]),
        ("en", "Decree No 2015-1842 of 30 December 2015", ["2015-12-30"]),
    ],
)
def test_older_years(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # spans of years joined by "to": from the first year to the last
        ("fr", "versées sur les exercices financiers 2019-2020 à 2021-2022.", ["2019/2022"]),
        ("en", "paid over the fiscal years 2019-2020 to 2021-2022.", ["2019/2022"]),
        # out of order: two spans
        ("fr", "les exercices 2019-2020 à 2015-2016", ["2019/2020", "2015/2016"]),
        ("en", "the fiscal years 2019-2020 to 2015-2016", ["2019/2020", "2015/2016"]),
    ],
)
def test_spans_of_years_to_spans(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a comma between the month and the year (Indian, Nigerian statutes)
        ("en", "received the assent of the President on the 6th August, 2026, and", ["2026-08-06"]),
        ("fr", "promulguée le 6 août, 2026, et publiée", ["2026-08-06"]),
        # the same comma after a month with no day: a report's "NAIROBI. NOVEMBER, 2026"
        ("en", "Main Parliament Buildings,\nNAIROBI.      NOVEMBER, 2026\n", ["2026-11"]),
        ("fr", "Palais du Parlement,\nNAIROBI.      NOVEMBRE, 2026\n", ["2026-11"]),
        # not after a weak month name ("May, 2026" may be the verb's sentence)
        ("en", "Members may, 2026 being an election year, defer", ["2026"]),
        # a day written with its number and "day of"
        ("en", "between the 1st day of January, 2024 and the commencement", ["2024-01-01"]),
        ("fr", "à compter du 1er jour de janvier 2024", ["2024-01-01"]),
        # days of one month joined by "and", the month first: one event when consecutive
        ("en", "meeting on March 12 and 13, 2026, under the chair", ["2026-03-12/2026-03-13"]),
        ("fr", "réunis les 12 et 13 mars 2026, sous la présidence", ["2026-03-12/2026-03-13"]),
        # from a month-first day to a bare day of the same month
        ("en", "held in Kingston from October 21 to 23, 2025, and", ["2025-10-21/2025-10-23"]),
        ("fr", "tenu à Kingston du 21 au 23 octobre 2025, et", ["2025-10-21/2025-10-23"]),
        # a day-first month then a bare number is no interval
        ("en", "from 21 October to 23 delegates", ["--10-21"]),
        # a cue word between a count and a year is no foreign month name
        ("fr", "86 attentats déjoués, dont 9 en 2025", ["2025"]),
        ("en", "86 plots foiled, 9 in 2025", ["2025"]),
    ],
)
def test_more_forms_of_statutes_and_declarations(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # the same day in a second calendar: one date, its Gregorian value (guidelines
        # §2: one value per date); a Saka year is in the range of years, so it is named
        ("en", "New Delhi, the 7th August, 2026/Sravana 16, 1948 (Saka)", ["2026-08-07"]),
        ("fr", "New Delhi, le 7 août 2026/Sravana 16, 1948 (Saka)", ["2026-08-07"]),
        # a Hijri year lies below the range of years
        ("fr", "Fait à Rabat, le 5 chaabane 1447 (24 janvier 2026).", ["2026-01-24"]),
        ("en", "Done at Rabat on 5 Shaaban 1447 (24 January 2026).", ["2026-01-24"]),
        # a slash before a number is still a symbol
        ("en", "amending Council Decision 2005/671/JHA", []),
        ("fr", "modifiant la décision 2005/671/JAI du Conseil", []),
    ],
)
def test_dates_in_two_calendars(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "own", "values"),
    [
        # a season with no year: the year the text makes plain, its own date's
        ("fr", "Elle organisera une conférence à Nicosie à l'automne.", "2026-06-12", ["2026"]),
        ("en", "It will hold an open briefing in the autumn.", "2026-05-14", ["2026"]),
        # or the year of the dates just before
        (
            "fr",
            "Aucun attentat n'a été commis en 2020. Des contenus ont circulé au printemps.",
            "2021-03-10",
            ["2020", "2020"],
        ),
        (
            "en",
            "No attack was carried out in 2020. Propaganda spread in the spring.",
            "2021-03-10",
            ["2020", "2020"],
        ),
        # a written year is the season's date
        ("fr", "réunis au printemps 2021 à Lisbonne", "2022-01-10", ["2021"]),
        ("en", "met in the spring of 2021 in Lisbon", "2022-01-10", ["2021"]),
        # seasons in general (no cue, part of a word or a name) are no dates
        ("fr", "en hiver, les routes ferment ; l'université d'été", "2021-03-10", []),
        ("en", "attacks rise in summer; the Summer School; springtime", "2021-03-10", []),
    ],
)
def test_seasons(lang: str, text: str, own: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "La conférence aura lieu à l'automne."), ("en", "The conference is in the autumn.")],
)
def test_a_season_with_nothing_to_date_it_is_no_date(lang: str, text: str) -> None:
    assert find_dates(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # an ISO 8601 date and time (a page's metadata): the day, the time dropped
        ("en", "Published 2026-05-14T10:30:00Z by the Ministry", ["2026-05-14"]),
        ("fr", "Publié le 2026-05-14T10:30:00+02:00 par le ministère", ["2026-05-14"]),
        # a neutral citation's year in brackets before the court is part of its number
        ("en", "as held in [2025] UKSC 12, the court", []),
        ("fr", "voir l'arrêt [2019] EWCA Crim 123 de la cour", []),
        # a copyright notice's year is chrome, not a calendar mention
        ("en", "© 2026 OECD. All rights reserved.", []),
        ("fr", "© 2012-2026 Ministère de l'Intérieur", []),
        # two consecutive days joined by an ampersand are one event
        ("en", "on 2 & 3 March 2026 in Vienna", ["2026-03-02/2026-03-03"]),
        ("fr", "les 2 & 3 mars 2026 à Vienne", ["2026-03-02/2026-03-03"]),
        # a year in a report's name counts, before a chapter too (guidelines §2)
        ("en", "see the TE-SAT 2021 chapter on jihadism", ["2021"]),
        ("fr", "voir le chapitre du TE-SAT 2021 sur le djihadisme", ["2021"]),
    ],
)
def test_times_and_citations_of_other_publishers(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values
