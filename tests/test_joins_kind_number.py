"""A kind in capitals and its number alone on a line over the title set under it
(ctdocs.normalise._joins.numbered_kind_heading): a plain-text copy's "CIRCULAIRE N° 014/2026"
over "relative au renforcement …" is a heading and its title, two lines, not one wrapped
sentence; the number keeps its kind as printed (guidelines §6: the symbol as printed,
``CETS No. 217``, "REQUÊTE N° 014/2023"). French and English side by side; the expected
lines and symbols were worked out by hand from §6, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.normalise._joins import numbered_kind_heading
from ctdocs.normalise._text import normalise

HEADINGS = [
    ("fr", "CIRCULAIRE N° 014/2026"),
    ("en", "ACT No. 14"),
    ("fr", "                         REGLEMENT N° 04/23/CEMAC/UMAC/CM"),
    ("en", "GOVERNMENT NOTICE NO. 217"),
]


@pytest.mark.parametrize(("lang", "line"), HEADINGS)
def test_a_kind_and_its_number_alone_is_a_heading(lang: str, line: str) -> None:
    assert numbered_kind_heading(line), lang


NOT_HEADINGS = [
    # the number runs on to a date or a title's words on the same line
    ("fr", "DÉCRET N° 2026/187 DU 14 AVRIL 2026"),
    ("fr", "DECRET N° 2026-0418/PRES-TRANS/PM portant création,"),
    # a kind in small letters: a title's sentence citing the act
    ("fr", "Décret n° 2024-251 du 25 mars 2024 relatif à la"),
    ("en", "Council Decision No 14/2026 on the"),
    # no number's mark: the act's name and number, its date on the next line
    ("en", "COUNCIL DECISION (CFSP) 2019/2110"),
    # a mark with no digit after it
    ("en", "ANNEX No. A"),
]


@pytest.mark.parametrize(("lang", "line"), NOT_HEADINGS)
def test_other_lines_are_no_such_heading(lang: str, line: str) -> None:
    assert not numbered_kind_heading(line), lang


TEXTS = {
    "fr": (
        "REPUBLIQUE DU LOMBARDIE\n"
        "Le Ministre de l'Intérieur\n\n"
        "                         CIRCULAIRE N° 014/2026\n"
        "   relative au renforcement du contrôle aux frontières\n\n"
        "Monsieur le Gouverneur,\n\n"
        "Je vous demande de renforcer les contrôles aux postes frontaliers.\n"
    ),
    "en": (
        "REPUBLIC OF LOMBARDY\n"
        "Ministry of the Interior\n\n"
        "                         CIRCULAR No. 14/2026\n"
        "   on strengthening border controls in the east\n\n"
        "Dear Governor,\n\n"
        "I ask you to strengthen controls at the border posts.\n"
    ),
}
HEAD = {"fr": "CIRCULAIRE N° 014/2026", "en": "CIRCULAR No. 14/2026"}
UNDER = {
    "fr": "relative au renforcement du contrôle aux frontières",
    "en": "on strengthening border controls in the east",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_title_under_the_number_keeps_its_own_line(lang: str) -> None:
    lines = [line.strip() for line in normalise(TEXTS[lang], markdown=False).text.splitlines()]
    at = lines.index(HEAD[lang])
    assert lines[at + 1] == UNDER[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_symbol_keeps_its_kind(lang: str) -> None:
    doc = parse_text(TEXTS[lang], lang)  # type: ignore[arg-type]
    assert doc.symbol == HEAD[lang]


def test_a_line_of_small_letters_still_joins_a_wrapped_sentence() -> None:
    """The rule keeps a heading apart, not any line: prose goes on joining."""
    text = normalise(
        "Les Gouverneurs veillent au contrôle des\nfrontières de l'Est.\n", markdown=False
    ).text
    assert text.splitlines()[0] == "Les Gouverneurs veillent au contrôle des frontières de l'Est."
