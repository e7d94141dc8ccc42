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
        ("en", "Mohamed v Republic [2019] eKLR and Muruatetu v Republic [2017] eKLR.", []),
        ("fr", "voir Mohamed c. Republic [2019] eKLR, cité par la Cour", []),
        ("en", "the list [2019] e Members signed", ["2019"]),
        ("fr", "la liste [2019] eMembres l'ont signée", ["2019"]),
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


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # a volume, a report's name with its full stops, a page (and a pinpoint), then the
        # court and the year in parentheses: the cited decision's year, no date (§2)
        ("en", "United States v. Mensah, 719\nF.3d 88, 97 (2d Cir. 2013).", []),
        ("fr", "voir United States c. Mensah, 719 F.3d 88, 97 (2d Cir. 2013).", []),
        ("en", "Holder v. Humanitarian Law Project, 561 U.S. 1, 21\n(2010).", []),
        ("fr", "arrêt Holder, 561 U.S. 1 (2010), cité plus haut", []),
        ("en", "Pub. L. 115-254, 132 Stat. 3186, 3522 (2018)", []),
        ("fr", "loi publique, 132 Stat. 3186 (2018)", []),
        # a resolution's number, a symbol's, a numbered part with no volume: years still
        ("en", "resolution 1373 (2001) and UNSCR 2178 (2014)", ["2001", "2014"]),
        ("fr", "la résolution 1373 (2001) et la RCSNU 2178 (2014)", ["2001", "2014"]),
        ("en", "Crim. 5 (2020) and Doc. 12 (2019)", ["2020", "2019"]),
        ("fr", "voir Doc. 12 (2019) et page 12 (2020)", ["2019", "2020"]),
        ("en", "9.  In its resolution 2178 (2014), the Council", ["2014"]),
        ("fr", "9.  Dans sa résolution 2178 (2014), le Conseil", ["2014"]),
        ("en", "See 9. Its Resolution 2178 (2014)", ["2014"]),
        ("fr", "Voir 9. Sa Résolution 2178 (2014)", ["2014"]),
        ("en", "Annex 2 to Part 3 (2019)", ["2019"]),
        ("fr", "Annexe 2 de la Partie 3 (2019)", ["2019"]),
        # a year before a numbered document is no report's volume (three digits at most)
        ("en", "In 2021 U.N. Doc. 12 (2019) was cited", ["2021", "2019"]),
        ("fr", "En 2020 la Loi No. 15 (2019) a été modifiée", ["2020", "2019"]),
    ],
)
def test_a_report_citations_year(lang: str, text: str, values: list[str]) -> None:
    assert [h.value for h in find_dates(text, lang)] == values
