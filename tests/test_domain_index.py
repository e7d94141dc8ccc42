"""How a trigger's source is prepared (``ctdocs.extract._domain_index.prepare``):
French and English side by side. Expected values read off the patterns by hand.
"""

from __future__ import annotations

import re

import pytest

from ctdocs._vocab import Language
from ctdocs.extract._domain_index import prepare
from ctdocs.extract._domains import score_text

# "crypto ?(monnaies?|actifs?)" and "crypto ?(currenc\w+|assets?)" in domains.toml:
# a space where a hyphen may stand, so the closed, the hyphenated and the spaced
# forms are all one trigger
OPTIONAL_SPACE = {
    "fr": ["des versements en cryptomonnaies", "des crypto-actifs", "des crypto actifs"],
    "en": ["donations in cryptocurrency", "crypto-assets", "crypto assets"],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_optional_space_matches_the_closed_form_too(language: Language) -> None:
    for text in OPTIONAL_SPACE[language]:
        assert "FINANCING" in score_text(text, language), text


@pytest.mark.parametrize(
    ("pattern", "closed", "spaced"),
    [
        ("contre ?discours", "contrediscours", "contre  discours"),
        ("counter ?narratives?", "counternarratives", "counter\nnarrative"),
    ],
)
def test_prepare_writes_an_optional_space_as_any_white_space(
    pattern: str, closed: str, spaced: str
) -> None:
    regex = re.compile(prepare(pattern, lower=True))
    assert regex.fullmatch(closed)
    assert regex.fullmatch(spaced)


@pytest.mark.parametrize(
    ("pattern", "closed", "spaced"),
    [
        ("gardes? frontieres?", "gardesfrontieres", "gardes frontieres"),
        ("border guards?", "borderguards", "border guards"),
    ],
)
def test_a_plain_space_still_asks_for_white_space(pattern: str, closed: str, spaced: str) -> None:
    regex = re.compile(prepare(pattern, lower=True))
    assert regex.fullmatch(closed) is None
    assert regex.fullmatch(spaced)
