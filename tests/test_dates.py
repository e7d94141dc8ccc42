"""The date extractor (ctdocs.extract._dates) against the annotation guidelines, section 2.

Every expected value below was worked out by hand from the guidelines' rules
(shared/spec/annotation-guidelines.md §2 and tests/gold), not copied from output.
French and English rows stand side by side.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json
from pathlib import Path

import pytest

from ctdocs._knowledge import load_dates
from ctdocs.extract import _dateanchors, _dategrammar, _dateparse, _dates, _datescan
from ctdocs.extract._dates import DateHit, find_dates, own_date_of

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
RAW_DIR = ROOT / "data" / "raw"


def _only(text: str, language: str, **kw: str) -> DateHit:
    hits = find_dates(text, language, **kw)
    assert len(hits) == 1, f"{text!r}: expected one date, got {hits}"
    return hits[0]


def _well_formed(text: str, hits: list[DateHit]) -> None:
    last_end = -1
    for h in hits:
        assert h.text == text[h.start : h.end]
        assert h.start >= last_end, f"overlap or disorder at {h}"
        last_end = h.end


# --------------------------------------------------------------- the table
# (language, written, value, precision)
TABLE = [
    # days
    ("fr", "6 juin 2002", "2002-06-06", "day"),
    ("en", "June 6, 2002", "2002-06-06", "day"),
    ("en", "6 June 2002", "2002-06-06", "day"),
    ("fr", "28-juin-2004", "2004-06-28", "day"),
    ("en", "28-Jun-2004", "2004-06-28", "day"),
    ("fr", "15/06/2004", "2004-06-15", "day"),
    ("en", "15/06/2004", "2004-06-15", "day"),
    ("fr", "1er janvier 2015", "2015-01-01", "day"),
    ("en", "1st January 2015", "2015-01-01", "day"),
    ("en", "January 1st, 2015", "2015-01-01", "day"),
    ("fr", "13 déc. 2023", "2023-12-13", "day"),
    ("en", "Dec. 13, 2023", "2023-12-13", "day"),
    ("en", "the 25th of June 2004", "2004-06-25", "day"),
    ("fr", "2004-06-15", "2004-06-15", "day"),
    # months
    ("fr", "octobre 2004", "2004-10", "month"),
    ("en", "October 2004", "2004-10", "month"),
    ("fr", "Mi-octobre 2001", "2001-10", "month"),
    ("en", "mid-October 2001", "2001-10", "month"),
    ("fr", "début septembre 2021", "2021-09", "month"),
    ("en", "early September 2021", "2021-09", "month"),
    ("fr", "fin octobre 2004", "2004-10", "month"),
    ("en", "late October 2004", "2004-10", "month"),
    ("fr", "Mai 2012", "2012-05", "month"),
    ("en", "May 2012", "2012-05", "month"),
    # years
    ("fr", "2004", "2004", "year"),
    ("en", "2004", "2004", "year"),
    ("fr", "avant la fin 2004", "2004", "year"),
    ("en", "before the end of 2004", "2004", "year"),
    ("fr", "avant la fin de 2002", "2002", "year"),
    ("fr", "d'ici fin 2023", "2023", "year"),
    ("fr", "d\u2019ici fin 2023", "2023", "year"),
    ("en", "by the end of 2023", "2023", "year"),
    ("fr", "à la fin 2014", "2014", "year"),
    ("fr", "À la fin 2014", "2014", "year"),
    ("en", "at the end of 2014", "2014", "year"),
    ("fr", "pour 2005 et au-delà", "2005", "year"),
    ("en", "for 2005 and beyond", "2005", "year"),
    ("fr", "pour 2005-2006", "2005/2006", "year"),
    ("en", "for 2005-2006", "2005/2006", "year"),
    # day intervals
    ("fr", "12-13 février 2020", "2020-02-12/2020-02-13", "day"),
    ("en", "12-13 February 2020", "2020-02-12/2020-02-13", "day"),
    ("fr", "22 - 25 juin 2004", "2004-06-22/2004-06-25", "day"),
    ("en", "22 - 25 June 2004", "2004-06-22/2004-06-25", "day"),
    ("en", "June 22-25, 2004", "2004-06-22/2004-06-25", "day"),
    ("fr", "du 25 au 27 septembre 2002", "2002-09-25/2002-09-27", "day"),
    ("en", "from 25 to 27 September 2002", "2002-09-25/2002-09-27", "day"),
    ("fr", "9-11 juillet 2024", "2024-07-09/2024-07-11", "day"),
    ("en", "9-11 July 2024", "2024-07-09/2024-07-11", "day"),
    ("fr", "du 30 juin au 2 juillet 2004", "2004-06-30/2004-07-02", "day"),
    ("en", "from 30 June to 2 July 2004", "2004-06-30/2004-07-02", "day"),
    # year intervals
    ("fr", "2011-2014", "2011/2014", "year"),
    ("en", "2011\u20132014", "2011/2014", "year"),
    ("fr", "entre 2003 et 2014", "2003/2014", "year"),
    ("en", "between 2003 and 2014", "2003/2014", "year"),
    ("fr", "de 2003 à 2014", "2003/2014", "year"),
    ("en", "from 2003 to 2014", "2003/2014", "year"),
    # month intervals
    ("fr", "Novembre/décembre 2021", "2021-11/2021-12", "month"),
    ("en", "November/December 2021", "2021-11/2021-12", "month"),
    ("fr", "novembre-décembre 2021", "2021-11/2021-12", "month"),
    ("en", "between June and August 2004", "2004-06/2004-08", "month"),
    ("fr", "décembre-janvier 2005", "2004-12/2005-01", "month"),
    # an abbreviated month without its period, as a stamp prints it in capitals
    ("fr", "12 FEV 2026", "2026-02-12", "day"),
    ("en", "12 FEB 2026", "2026-02-12", "day"),
    ("fr", "3 JUIL 2025", "2025-07-03", "day"),
    ("en", "3 JUL 2025", "2025-07-03", "day"),
    ("fr", "AVR 2026", "2026-04", "month"),
    ("en", "APR 2026", "2026-04", "month"),
    # time of day dropped
    ("fr", "13 Dec. 2023 12:21", "2023-12-13", "day"),
    ("en", "13 Dec. 2023 12:21", "2023-12-13", "day"),
    # a year in a name, a year after a resolution number
    ("fr", "Bogorodsk 2002", "2002", "year"),
    ("en", "Bogorodsk 2002", "2002", "year"),
    ("fr", "plan de travail pour 2010", "2010", "year"),
    ("en", "work plan for 2010", "2010", "year"),
]


@pytest.mark.parametrize(("lang", "written", "value", "precision"), TABLE)
def test_table_alone(lang: str, written: str, value: str, precision: str) -> None:
    hits = find_dates(written, lang)
    _well_formed(written, hits)
    assert [h.value for h in hits] == [value], hits
    assert hits[0].precision == precision
    assert not hits[0].inferred_year


_FRAME = {
    "fr": "Comme indiqué ({}), les Alliés ont agi.",
    "en": "As stated ({}), the Allies acted.",
}


@pytest.mark.parametrize(("lang", "written", "value", "precision"), TABLE)
def test_table_in_a_sentence(lang: str, written: str, value: str, precision: str) -> None:
    text = _FRAME[lang].format(written)
    hits = find_dates(text, lang)
    _well_formed(text, hits)
    assert [h.value for h in hits] == [value], hits
    # the mention covers the whole written date (a name or a prefix may stay out)
    h = hits[0]
    assert written.endswith(h.text) or h.text == written, (h.text, written)
    assert "(" not in h.text and ")" not in h.text


@pytest.mark.parametrize(
    ("text", "lang", "expected_text"),
    [
        ("avant la fin 2004", "fr", "avant la fin 2004"),
        ("pour 2005 et au-delà", "fr", "pour 2005 et au-delà"),
        ("9-11 juillet 2024", "fr", "9-11 juillet 2024"),
        ("from 25 to 27 September 2002", "en", "from 25 to 27 September 2002"),
        ("Mis à jour le: 13 Dec. 2023 12:21", "fr", "13 Dec. 2023 12:21"),
        ("la résolution 1373 (2001) du Conseil", "fr", "2001"),
        ("resolution S/RES/1373 (2001)", "en", "2001"),
        ("le 5 juin, à savoir", "fr", "5 juin"),
    ],
)
def test_longest_expression_is_one_mention(text: str, lang: str, expected_text: str) -> None:
    assert [h.text for h in find_dates(text, lang)] == [expected_text]


def test_both_languages_month_names_in_any_text() -> None:
    assert [h.value for h in find_dates("Mis à jour le 13 Dec. 2023", "fr")] == ["2023-12-13"]
    assert [h.value for h in find_dates("Signed at Rome, 6 juin 2002.", "en")] == ["2002-06-06"]
    # accents optional
    assert [h.value for h in find_dates("le 3 fevrier 2004 et le 4 aout 2005", "fr")] == [
        "2004-02-03",
        "2005-08-04",
    ]
    assert [h.value for h in find_dates("le 24 decembre 2003", "fr")] == ["2003-12-24"]


# --------------------------------------------------------------- not dates
NOT_DATES = [
    ("fr", "conformément à la résolution 1540 du Conseil de sécurité"),
    ("en", "pursuant to Security Council resolution 1540"),
    ("fr", "la résolution 2001 du Conseil"),
    ("en", "document S/2003/82 of the Council"),
    ("fr", "le document S/2003/82 du Conseil"),
    ("en", "A/58/2003"),
    ("fr", "03-22133 (F)"),
    ("en", "03-22133 (E)"),
    ("fr", "les nouvelles menaces du XXIe siècle"),
    ("fr", "les nouvelles menaces du XXI<sup>e</sup> siècle"),
    ("en", "the threats of the 21st century"),
    ("fr", "à l'occasion du 70e anniversaire de l'OTAN"),
    ("en", "on the occasion of NATO's 70th anniversary"),
    ("fr", "aujourd'hui les 29 membres du Conseil"),
    ("en", "today the 29 members of the Council"),
    ("fr", "qui a fait 26 victimes innocentes"),
    ("fr", "l'approche à 360 degrés"),
    ("fr", "depuis 15 ans"),
    ("en", "for 15 years"),
    ("fr", "d'invoquer l'article 5 du Traité"),
    ("en", "to invoke Article 5 of the Treaty"),
    ("fr", "16.2.5 Formation et exercices."),
    ("en", "16.2.5 Training and exercises."),
    ("fr", "12:21"),
    ("en", "12:21"),
    ("en", "May we remind the Council"),
    ("en", "Section 5 may apply."),
    ("en", "They may 2 times"),
    ("fr", "la semaine dernière"),
    ("en", "last week"),
    ("en", "today"),
    ("fr", "2000 euros"),
    ("en", "2000 dollars"),
    ("fr", "une hausse de 2004 %"),
    ("en", "$2000"),
    ("fr", "1999 personnes"),
    ("fr", "2004.5"),
    ("fr", "les attentats du 11-Septembre"),
    ("en", "after 9/11"),
    ("fr", "Ce code expirera dans 30 minutes."),
    ("fr", "Le mot de passe doit comporter au moins 12 caractères, sans espaces"),
    ("en", "The password must have at least 12 characters"),
    ("fr", "la planète Mars"),
    ("fr", "Juin est un mois."),
    ("en", "in May"),
    ("en", "in mid-May"),
    ("fr", "sept pays"),
    # a weak abbreviation is a month only next to a day or a year
    ("fr", "le dossier FEV du programme"),
    ("en", "the FEB team"),
    ("fr", "une déc prise"),
    ("en", "the 1990s"),
    ("fr", "G2004"),
    ("fr", "31 février 2004 est impossible, 30 février aussi"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    hits = find_dates(text, lang)
    # "31 février 2004": the day is impossible, but "février 2004" is a month
    if text.startswith("31 février"):
        assert [h.value for h in hits] == ["2004-02"]
    else:
        assert hits == [], hits


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


def test_own_date_must_be_a_day() -> None:
    with pytest.raises(ValueError):
        find_dates("le 5 juin", "fr", own_date="2003-01")
    with pytest.raises(ValueError):
        find_dates("le 5 juin", "fr", own_date="2003-02-30")


def test_own_date_of() -> None:
    text = "Distr. générale\n24 janvier 2003\n\nLettre datée du 22 janvier 2003, le 5 juin"
    hits = find_dates(text, "fr")
    assert own_date_of(hits, 600) == "2003-01-24"
    assert own_date_of(hits, 10) is None
    # the first *day*: months and years before it are skipped
    hits = find_dates("octobre 2004 et 2005, puis le 6 juin 2002", "fr")
    assert own_date_of(hits, 600) == "2002-06-06"
    # a year-less day is no own date
    assert own_date_of(find_dates("le 5 juin", "fr"), 600) is None
    # an interval gives its first day
    assert own_date_of(find_dates("12-13 février 2020", "fr"), 600) == "2020-02-12"


# --------------------------------------------------------------- gold
def _gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_gold_dates(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (RAW_DIR / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
    lang = gold["lang"]
    own = own_date_of(find_dates(text, lang), 600)
    hits = find_dates(text, lang, own_date=own)
    _well_formed(text, hits)
    got = {h.value for h in hits}
    want = {d["value"] for d in gold["dates"]}
    missing = sorted(want - got)
    extra = sorted(got - want)
    detail = [f"{h.text!r} -> {h.value}" for h in hits if h.value in extra]
    assert not missing and not extra, f"missing {missing}; extra {extra}: {detail}"


def test_gold_own_dates() -> None:
    """The documents' own dates, read by hand from their front matter."""
    expected = {
        "000_e2138b8dcc62d837": None,
        "001_f60dafd6480beac2": "2003-01-24",
        "002_0e0ec87b08f62f20": "2023-12-13",
        "003_c8ea1d1ce7b22600": "2002-06-06",
        "004_3e9fe865cac41c11": None,
    }
    for path in _gold_files():
        text = (RAW_DIR / f"{path.stem}.txt").read_text(encoding="utf-8")
        lang = json.loads(path.read_text(encoding="utf-8"))["lang"]
        assert own_date_of(find_dates(text, lang), 600) == expected[path.stem], path.stem


# --------------------------------------------------------------- bounded by work
# Bounded by work, not by a clock (as tests/test_pathological.py): each text is some
# two million characters, which a linear scan reads in a second or two while one that
# rescans from every position (a backtracking pattern, a look-around over the rest of
# the line) would not finish in any CI run. Speed itself is measured by
# benchmarks/bench_linearity.py. What is asserted is that the scan is complete: the
# dates it finds are those the repeated unit holds, counted by hand per unit.
@pytest.mark.parametrize(
    ("unit", "per_unit", "edge"),
    [
        ("0123 45-6789 ", 0, 0),  # no year: a leading zero, and 6789 is out of range
        ("1-", 0, 0),
        ("12-13 ", 0, 0),  # a range of numbers with no month is no date
        ("10-30-24 ", 1, 0),  # month-day-two-digit year, once per unit
        ("1/2/24/", 0, 0),  # a slash after the year: part of a longer code, no date
        # every token a date word: "12" at the end of one unit and "janvier" at the start
        # of the next make "12 janvier", so one fewer than the units
        ("janvier février mars mai juin May June Dec. mi- du au entre et en in 12 ", 1, -1),
        ("2004 ", 1, 0),
        ("2011-2014 ", 1, 0),
        ("12-13 février 2020 ", 1, 0),
        # "3 mai 2004", then "in the spring" and the next unit's "au printemps", each
        # taking the year of the date before it; the text's opening season has none
        ("au printemps 3 mai 2004 in the spring ", 3, -1),
    ],
)
def test_date_scanning_is_bounded_by_work(unit: str, per_unit: int, edge: int) -> None:
    units = 2_000_000 // len(unit)
    assert len(find_dates(unit * units, "fr")) == per_unit * units + edge, unit


# --------------------------------------------------------------- data and API
def test_data_file_has_every_month_in_both_languages() -> None:
    data = load_dates()
    assert set(data.languages) >= {"fr", "en"}
    for lang in ("fr", "en"):
        numbers = sorted(m.number for m in data.languages[lang].months)
        assert numbers == list(range(1, 13)), lang
    fr_names = {n for m in data.languages["fr"].months for n in m.names}
    assert {"fevrier", "février", "aout", "août", "decembre", "décembre", "janv.", "févr."} <= (
        fr_names
    )
    en_names = {n for m in data.languages["en"].months for n in m.names}
    assert {"Jan.", "Sept.", "Dec.", "May"} <= en_names
    assert "May" in data.languages["en"].weak_months


def test_language_knowledge_lives_in_the_data_file() -> None:
    """No month name, cue word or language code in the code's string literals."""
    modules = (_dates, _dategrammar, _dateparse, _datescan, _dateanchors)
    source = "\n".join(inspect.getsource(m) for m in modules)
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    literals = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]
    data = load_dates()
    words = {"fr", "en"}
    for ld in data.languages.values():
        words |= {n.lower().rstrip(".") for m in ld.months for n in m.names}
        words |= {w.lower() for w in [*ld.by_end, *ld.month_cue, *ld.year_prefix]}
    offending = [lit for lit in literals if lit.lower().strip() in words]
    assert offending == []


def test_hit_is_frozen() -> None:
    h = _only("6 juin 2002", "fr")
    assert h == DateHit(0, 11, "6 juin 2002", "2002-06-06", "day", False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.value = "x"  # type: ignore[misc]


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
        # not in order (or the years differ): the own date rules as before
        (
            "en",
            "- April 2026: rollout.\n- 1 July: first deployments.\n- From 21 to 25 "
            "September 2025: exercise.",
            "2026-03-16",
            ["2026-04", "2025-07-01", "2025-09-21/2025-09-25"],
        ),
    ],
)
def test_year_less_dates_ahead_and_in_timelines(
    lang: str, text: str, own: str, values: list[str]
) -> None:
    assert [h.value for h in find_dates(text, lang, own_date=own)] == values


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
