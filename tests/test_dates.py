"""The date extractor (ctdocs.extract._dates) against the annotation guidelines, section 2:
the table of forms, what is no date, the own date, the gold, the data file and the
scanner's bounds.

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

from ._datehits import _only

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
RAW_DIR = ROOT / "data" / "raw"


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
