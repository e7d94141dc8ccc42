"""Review mends of ctdocs.extract._docstand (meta33): a tag, an ISBN or a telephone number on an
opening line does not beat a strong symbol printed lower unless that symbol is shown cited; a
long front-matter line is read in linear time; a record key names a number only with a number's
shape under it. French and English rows side by side; expected values read by hand (§6).
"""

# ruff: noqa: E501

from __future__ import annotations

import time

import pytest

from ctdocs.extract._docstand import record_number, with_acronym
from ctdocs.extract._docsymbol import own_symbol

_UN_EN = "Security Council\nDistr.: General\n21 December 2017\nOriginal: English\nS/RES/2396 (2017)\nResolution 2396 (2017) adopted by the Security Council at its 8148th meeting\n"
_UN_FR = "Conseil de sécurité\nDistr. générale\n21 décembre 2017\nOriginal : anglais\nS/RES/2396 (2017)\nRésolution 2396 (2017) adoptée par le Conseil de sécurité à sa 8148e séance\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        ("en", "COVID-19\nUnited Nations\n" + _UN_EN, "S/RES/2396 (2017)"),
        ("fr", "COVID-19\nNations Unies\n" + _UN_FR, "S/RES/2396 (2017)"),
        ("en", "978-92-1-100000-2\nUnited Nations\n" + _UN_EN, "S/RES/2396 (2017)"),
        ("fr", "978-92-1-100000-2\nNations Unies\n" + _UN_FR, "S/RES/2396 (2017)"),
        ("en", "01-45-67-89-00\nUnited Nations\n" + _UN_EN, "S/RES/2396 (2017)"),
        ("fr", "01-45-67-89-00\nNations Unies\n" + _UN_FR, "S/RES/2396 (2017)"),
    ],
)
def test_an_opening_tag_isbn_or_phone_does_not_beat_a_strong_symbol(
    lang: str, text: str, symbol: str
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize("key", ["number", "numero"])
def test_a_long_failing_record_line_is_read_in_linear_time(key: str) -> None:
    text = f"---\n{key}: " + "1" * 7900 + '"x\n---\nText.\n'
    t0 = time.process_time()
    assert record_number(text) is None
    assert time.process_time() - t0 < 0.5


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "identifier: 978-2-07-036822-8"),
        ("fr", "identifiant: 978-2-07-036822-8"),
        ("en", "code-version: 1.2.3"),
        ("fr", "code-version: 1.2.3"),
        ("en", "number-offset: 2.1"),
        ("fr", "numero-decalage: 2.1"),
        ("en", "ref: release-2024"),
        ("fr", "ref: version-2024"),
        ("en", "no_index: v2"),
        ("fr", "numero_index: v2"),
    ],
)
def test_a_record_key_names_a_number_only_over_a_numbers_shape(lang: str, line: str) -> None:
    title = "Annual report" if lang == "en" else "Rapport annuel"
    assert record_number(f"---\ntitle: {title}\n{line}\n---\n\nText.\n") is None


@pytest.mark.parametrize(
    ("lang", "line", "symbol"),
    [
        ("en", 'seriesNumber: "NCSC-GP-2026-07"', "NCSC-GP-2026-07"),
        ("fr", 'numero_fiche: "FR-VIG/2026/03"', "FR-VIG/2026/03"),
        ("en", "doc_ref: 'CT/2026/14'", "CT/2026/14"),
        ("fr", "cote: SGDSN/2026/14  ", "SGDSN/2026/14"),
    ],
)
def test_a_record_key_over_a_number_still_gives_it(lang: str, line: str, symbol: str) -> None:
    assert record_number(f"---\ntitre: Rapport\n{line}\n---\n\nTexte.\n") == symbol


@pytest.mark.parametrize(
    ("head", "symbol", "want"),
    [
        ("ANNEX 2024/17\nx", "2024/17", "2024/17"),
        ("ANNEXE 2024/17\nx", "2024/17", "2024/17"),
        ("PART 2024/17\nx", "2024/17", "2024/17"),
        ("TITRE 2024-17\nx", "2024-17", "2024-17"),
        # a body's acronym keeps its number, in either language
        ("TREVI 90/PA/3\nx", "90/PA/3", "TREVI 90/PA/3"),
        ("CP 1418\nx", "1418", "CP 1418"),
    ],
)
def test_a_part_word_before_a_number_is_no_acronym(head: str, symbol: str, want: str) -> None:
    assert with_acronym(head, symbol) == want
