"""A dotless i (U+0131) is no roman numeral: ``re.IGNORECASE`` matches it to ``i`` in the
numeral pattern, but it has no value; the parse went down with a ``KeyError`` on any text
holding it as a word. French and English rows side by side, with the numerals it must keep."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._numbering import roman_value

_I = "\u0131"  # the dotless i


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (f"Article {_I}", f"Section {_I}"),
        (_I, _I * 2),
        (f"Chapitre {_I * 2}\n\nLe texte.", f"Part {_I * 2}\n\nThe text."),
    ],
)
def test_dotless_i_is_no_numeral(fr: str, en: str) -> None:
    for text in (fr, en):
        for word in text.split():
            if set(word) <= {_I}:
                assert roman_value(word) is None
        assert parse_text(text).text == text


@pytest.mark.parametrize(("fr", "en"), [(("iv", 4), ("IX", 9)), (("xii", 12), ("II", 2))])
def test_roman_numerals_keep_their_value(fr: tuple[str, int], en: tuple[str, int]) -> None:
    for word, value in (fr, en):
        assert roman_value(word) == value
