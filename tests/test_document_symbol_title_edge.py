"""A number the document's title prints at its edge, set apart by a dash or a bar
(ctdocs.extract._docshape.title_symbol; guidelines, section 6): read only when the head
prints no number of a known shape.

The class: a publisher appends its document's number to the title of its page ("Résolution
sur … - CADHP/Rés. 641 (LXXXV) 2026") or opens the title with it. The variants below are
other publishers' shapes (Markdown and HTML headings, a bar or a dash, the number first or
last, in French and English); the negative rows are titles of the same shape whose part
after the dash is no number: a span of years, a fiscal year, a name with a short number, a
month, a list of cited instruments after a comma.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docshape import title_symbol

PROSE = {
    "en": (
        "The Assembly calls on member states to share passenger data with their "
        "neighbours and to train border officers in the detection of forged documents."
    ),
    "fr": (
        "L'Assemblée invite les États membres à partager les données des passagers avec "
        "leurs voisins et à former les agents aux frontières à la détection des faux documents."
    ),
}

# (language, the title line as the page prints it, the symbol)
TITLES = [
    (
        "en",
        "# Resolution on border security in the Sahel – PAP/RES/112 (VI) 2026",
        "PAP/RES/112 (VI) 2026",
    ),
    (
        "fr",
        "# Résolution sur la sécurité des frontières - UIP/Rés. 87 (CXL) 2026",
        "UIP/Rés. 87 (CXL) 2026",
    ),
    ("en", "<h1>CTC/REC/2026/07 | Recommendation on passenger data</h1>", "CTC/REC/2026/07"),
    ("fr", "<h1>AP-2026-0412 | Recommandation sur les données des passagers</h1>", "AP-2026-0412"),
    # a remark in parentheses after the number is no part of it
    ("en", "# Technical note on vehicle barriers – TN-2026-117 (updated)", "TN-2026-117"),
    ("fr", "# Note technique sur les barrières – NT-2026-117 (mise à jour)", "NT-2026-117"),
]


def _doc(lang: str, title: str) -> str:
    if title.startswith("<"):
        return f"<html><body><main>{title}<p>{PROSE[lang]}</p></main></body></html>"
    return f"{title}\n\n{PROSE[lang]}\n"


@pytest.mark.parametrize(("lang", "title", "symbol"), TITLES)
def test_a_code_at_the_titles_edge_is_the_number(lang: str, title: str, symbol: str) -> None:
    html = title.startswith("<")
    doc = parse_text(_doc(lang, title), layout="html") if html else parse_text(_doc(lang, title))
    assert doc.symbol == symbol


# titles of the same shape whose part after the dash or the bar is no number
NOT_NUMBERS = [
    ("en", "# National counter-terrorism strategy – 2026-2030"),
    ("fr", "# Stratégie nationale de lutte contre le terrorisme - 2026-2030"),
    ("en", "# Annual report on terrorist financing | FY2025/26"),
    ("fr", "# COVID-19 - La menace terroriste pendant la pandémie"),
    ("en", "# Monthly threat bulletin – 03/2026"),
    ("fr", "# Position commune - 2001/154/PESC, 2001/771/PESC et 2002/402/PESC"),
    ("en", "# Guidance note 7 – Security of Critical Infrastructure Act 2018, Part 2A"),
    # two names a slash joins, with no number or only a year: no issuer's code
    ("fr", "# Réponse à la crise – UE/Ukraine"),
    ("en", "# Security cooperation – EU/UK Trade and Cooperation Agreement"),
    ("fr", "# Sommet des chefs d'État – G7/G20 2024"),
    ("en", "# Training for border officers – UNODC/TPB"),
    # a code followed by other words: an amount, a range of articles, a named aircraft
    ("fr", "# Fonds de prévention de la radicalisation – 125.000.000 euros"),
    ("fr", "# Code de la sécurité intérieure – L225-1 à L225-8"),
    ("en", "# Airlift capacity review – EC725 Caracal"),
    # a name's short number joined to its letters
    ("en", "# Airlift capacity review – A400M"),
    ("fr", "# Capacités de transport aérien – A400M"),
]


@pytest.mark.parametrize(("lang", "title"), NOT_NUMBERS)
def test_a_titles_words_year_or_name_are_no_number(lang: str, title: str) -> None:
    assert parse_text(_doc(lang, title), layout="markdown").symbol is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Résolution sur le Sahel - CADHP/Rés. 641 (LXXXV) 2026", "CADHP/Rés. 641 (LXXXV) 2026"),
        ("HR-2026-1844-A – Participation in a terrorist organisation", "HR-2026-1844-A"),
        ("Drones", None),
        (None, None),
        ("Plan d'action - 2026-2030", None),
    ],
)
def test_title_symbol(title: str | None, expected: str | None) -> None:
    assert title_symbol(title) == expected
