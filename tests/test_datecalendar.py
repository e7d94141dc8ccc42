"""Fiscal years and other calendar knowledge (ctdocs.extract._datecalendar), guidelines §2.

A fiscal year written with its prefix glued (FY2025, as US and Japanese government
reports write it) is that year; a code glued to letters (JRC139012) stays none.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._datecalendar import calendar_knowledge
from ctdocs.extract._dates import find_dates


def _values(text: str, lang: str) -> list[str]:
    return [h.value for h in find_dates(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The bill would reauthorize the program through FY2031, as it stood.", ["2031"]),
        ("en", "Number of persons trained (FY2021–FY2025)", ["2021/2025"]),
        ("en", "| FY2022 | 131 |", ["2022"]),
        ("en", "to be implemented by the end of FY2028.", ["2028"]),
        # French writes the budget year apart: a year as any
        ("fr", "Les crédits de l'exercice 2025 ont été consommés.", ["2025"]),
    ],
)
def test_fiscal_years(lang: str, text: str, expected: list[str]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "JRC Technical Report JRC139012 on drones",
        "the AFY2021 code and XFY2024",
        "FY-2021 is no glued prefix",
    ],
)
def test_glued_codes_stay_codes(text: str) -> None:
    assert _values(text, "en") == []


def test_prefixes_come_from_the_model() -> None:
    assert "FY" in calendar_knowledge().glued_prefix
