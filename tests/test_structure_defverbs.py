"""``defines``: a term and its defining verb at the head of a text (guidelines §1), its
pre-test never changing what the pattern alone answers."""

from __future__ import annotations

import random
import re

import pytest

from ctdocs.structure._defverbs import defines

# the pattern as written before the pre-test (checked by hand against guidelines §1)
PLAIN = re.compile(
    r"^[\s\"«“‘'*]*[^\s.;:][^.;:]{0,80}?[\"»”’'*]*\s+(?:means|includes|has the same meaning"
    r"|désigne|désignent|s['’]entend|s['’]entendent|signifie|comprend)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", '"blasting" means the use of explosives;', True),
        ("fr", "« Acte terroriste » désigne tout acte commis …", True),
        ("en", "**Terrorist property** INCLUDES money held by a listed entity", True),
        ("fr", "Par « entité inscrite » s’entend une entité …", True),
        ("en", "The Council adopted the resolution without a vote.", False),
        ("fr", "Le Conseil a adopté la résolution sans vote.", False),
        ("en", "The meaning of this Act. It includes", False),  # a full stop ends the term
        ("fr", "Définitions ; le terme comprend", False),
    ],
)
def test_defines_reads_the_guidelines_shapes(lang: str, text: str, expected: bool) -> None:
    assert defines(text) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« x » d\u00e9\u017figne y"),  # long s: IGNORECASE reads it as "s"
        ("en", '"x" \u0130ncludes y'),
        ("fr", "« x » s\u0131gnifie y"),
    ],
)
def test_defines_keeps_the_pattern_on_odd_case_letters(lang: str, text: str) -> None:
    assert PLAIN.match(text) is not None  # IGNORECASE reads the letter as "s" or "i"
    assert defines(text)


@pytest.mark.parametrize("seed", range(2))
def test_defines_equals_the_plain_pattern_on_random_lines(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = [
        " ",
        "«",
        "»",
        '"',
        ".",
        "*",
        "x",
        "é",
        "\u0130",
        "\u017f",
        "Means",
        "désigne",
        "COMPREND",
    ]
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert defines(line) == (PLAIN.match(line) is not None), repr(line)
    long = "«x» " + "y" * 500 + " means"
    assert defines(long) == (PLAIN.match(long) is not None)
