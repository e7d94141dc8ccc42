"""The symbol reader's line sieve gives the answer of the pattern it replaces.

``_sieved`` blanks a head's long digit-free lines line by line, where the pattern
``_PROSE`` (``(?m)^`` opening it) was tried at every character of the head: checked
against the pattern on heads built by hand (French and English side by side), at the
edges of its length and of the text, and on random heads made of such lines.
"""

from __future__ import annotations

import random
import re

import pytest

from ctdocs._needles import needle_sets
from ctdocs.extract._docsymbol import _PROSE, _needles, _sieved

_LONG_FR = (
    "Le Conseil de sécurité rappelle ses résolutions antérieures sur la lutte contre le terrorisme"
)
_LONG_EN = (
    "The Security Council recalls its previous resolutions "
    "on countering terrorism and its financing"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a long line of running text without a digit is blanked; a short or numbered one stays
        (f"RÉSOLUTION 2462\n{_LONG_FR}\nAdoptée", "RÉSOLUTION 2462\n_\nAdoptée"),
        (f"RESOLUTION 2462\n{_LONG_EN}\nAdopted", "RESOLUTION 2462\n_\nAdopted"),
        (f"{_LONG_FR} 2019\nS/RES/2462", f"{_LONG_FR} 2019\nS/RES/2462"),
        (f"{_LONG_EN} 2019\nS/RES/2462", f"{_LONG_EN} 2019\nS/RES/2462"),
        # the first and the last line too, and a final line break kept
        (f"{_LONG_FR}\n", "_\n"),
        (f"\n{_LONG_EN}", "\n_"),
        # 79 characters stay, 80 go; an Arabic-Indic digit is a digit as ``\\d`` reads it
        ("é" * 79, "é" * 79),
        ("e" * 80, "_"),
        ("a" * 85 + "\u0663", "a" * 85 + "\u0663"),
        ("", ""),
    ],
)
def test_sieved_blanks_long_lines_without_digits(head: str, expected: str) -> None:
    assert _sieved(head) == expected
    assert _PROSE.sub("_", head) == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sieved_equals_the_pattern_on_random_heads(lang: str) -> None:
    rng = random.Random(lang)
    long = _LONG_FR if lang == "fr" else _LONG_EN
    parts = [long, long[:79], long[:80], "N° 12/2026", "\r", " ", "", "\t|", "٣", "COM(2025) 148"]
    for _ in range(300):
        head = "\n".join(
            "".join(rng.choice(parts) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(0, 8))
        )
        assert _sieved(head) == _PROSE.sub("_", head), head


@pytest.mark.parametrize(
    "pattern", [r"(?m)^[ \t]*(?P<symbol>N° \d+/\d{4})", r"COM\(\d{4}\) \d+ final"]
)
def test_needles_are_those_of_the_pattern_and_kept_per_pattern(pattern: str) -> None:
    compiled = re.compile(pattern)
    sets = needle_sets(pattern.removeprefix("(?m)"), compiled.flags)
    assert _needles(compiled) == tuple(sorted(sets, key=len))
    assert _needles(compiled) is _needles(compiled)  # worked out once for the object
    assert _needles(re.compile(pattern + "x")) != _needles(compiled) or not sets
