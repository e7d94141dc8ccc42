"""Numbers that are codes, not years (ctdocs.extract._dateshapes), guidelines §2: years
inside document numbers and symbols are not dates."""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a designation, its number, "of" and the year: one symbol (Hong Kong legal
        # notices, an Australian court's file numbers, acts numbered by year)
        ("[23 August 2002] L.N. 118 of 2002", ["2002-08-23"]),
        ("File number: NSD 1187 of 2025", []),
        ("as amended by Act 18 of 2026 and Ordinance No. 9 of 2026.", []),
        # "of" and a year after no numbered designation: a date still
        ("the Boe Declaration on Regional Security of 2018", ["2018"]),
        ("In the events of 2002 and the summit of 2025", ["2002", "2025"]),
    ],
)
def test_a_numbers_year(text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, "en")] == values


@pytest.mark.parametrize(
    "text",
    [
        # a congressional bill's number is no year
        "Bills have been introduced in each Congress since, including H.R. 1849 and S. 2203.",
        "H.R. 2026 would reauthorize the program.",
    ],
)
def test_a_bills_number(text: str) -> None:
    assert [h.value for h in find_dates(text, "en")] == []


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a law report's year in brackets, its volume, then its name: one citation
        ("en", "Miller v Minister of Pensions [1947] 2 All ER 372.", []),
        ("fr", "voir Miller c. Minister of Pensions [1947] 2 All ER 372.", []),
        ("en", "the list [2019] 12 Members signed", ["2019"]),
        ("fr", "la liste [2019] 12 Membres l'ont signée", ["2019"]),
        # a neutral citation without brackets after a comma or opening its line
        ("en", "United States v. Haddou, No. 23-cr-412, 2024 WL 1187766.", []),
        ("fr", "R c. Ahmed, 2019 CSC 65, par. 3", []),
        ("en", "2026 INSC 214\nREPORTABLE", []),
        ("fr", "2026 INSC 214\nARRÊT", []),
        # an amount, a year inside a sentence, a long upper-case word: dates still
        ("en", "Budget\n2026 EUR 500 million", ["2026"]),
        ("fr", "Budget\n2026 EUR 500 millions", ["2026"]),
        ("en", "In 2026 EUR 500 was spent", ["2026"]),
        ("fr", "En 2026 EUR 500 ont été dépensés", ["2026"]),
        ("en", "2019 CHAPTER 3", ["2019"]),
        ("fr", "2019 CHAPITRE 3", ["2019"]),
    ],
)
def test_a_law_reports_year(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values
