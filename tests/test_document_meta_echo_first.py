"""The head's own printing of the number over a running header's longer form
(:func:`ctdocs.extract._docecho._first_printing`): a circular's head prints
"BFIU Circular No. 34" and each page's running header "BFIU Circular No. 34/2026"; the
number as the document prints it for itself is the head's (guidelines §6: the symbol as
printed, its kind kept). Rows written by hand, French and English side by side; a number
the head prints once, or a longer line that adds more than a year, keeps the echo finder's
reading.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docecho import _first_printing
from ctdocs.extract._docsymbol import own_symbol

_BODY = "The unit asks every reporting organisation to apply these rules from today on.\n"
_CORPS = "La cellule demande à chaque assujetti d'appliquer ces règles dès ce jour.\n"


def _paged(head: str, running: str, body: str) -> str:
    page = f"{body}\n1. Scope\n\n{body}\f\n{running}\n{running}\n\n{body}"
    return f"FINANCIAL INTELLIGENCE UNIT\n\n{head}\n\n31 August 2026\n\n{page}"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            _paged("BFIU Circular No. 34", "BFIU Circular No. 34/2026", _BODY),
            "BFIU Circular No. 34",
        ),
        (
            "fr",
            _paged("CRF Circulaire n° 12", "CRF Circulaire n° 12/2026", _CORPS),
            "CRF Circulaire n° 12",
        ),
    ],
)
def test_the_heads_printing_wins_over_the_running_form(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "above", "line", "first"),
    [
        ("en", ["BFIU Circular No. 34"], "BFIU Circular No. 34/2026", "BFIU Circular No. 34"),
        ("fr", ["Circulaire n° 12"], "Circulaire n° 12/26", "Circulaire n° 12"),
        # more than a year added: another number, not the same one's running form
        ("en", ["Circular No. 34"], "Circular No. 34/2026/Rev.1", None),
        ("fr", ["Circulaire n° 12"], "Circulaire n° 123/2026", None),
    ],
)
def test_first_printing(lang: str, above: list[str], line: str, first: str | None) -> None:
    assert _first_printing(above, line) == first, lang
