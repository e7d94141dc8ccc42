"""The line patterns of normalisation open on a character class (so that the regex
engine skips ahead to where they can match); each is checked against the plainer
definition it replaces, on French and English lines and on random ones."""

from __future__ import annotations

import random
import re

import pytest

from ctdocs.normalise._bareline import dirty
from ctdocs.normalise._joins import _WIDE
from ctdocs.normalise._markdown import _ITALIC_RE, _MD_TOKEN_RE
from ctdocs.normalise._text import _LONG_LINE_RE, _ODD_SPACE_RE

_S = r"[ \t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v]"
_O = r"[\t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v]"
PLAIN = {
    "md_token": (
        _MD_TOKEN_RE,
        re.compile(
            r"\*\*|__(?=\S)|(?<=\S)__|</?(?:sup|sub|em|strong|b|i|u|span|small|br)\b[^>\n]{0,200}>",
            re.IGNORECASE,
        ),
    ),
    "italic": (_ITALIC_RE, re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")),
    "odd_space": (_ODD_SPACE_RE, re.compile(_S + "{2,}|" + _O)),
}
DIRTY = re.compile(_O[:-1] + r"\u200b\u200c\u200d\u2060\ufeff\u00ad\ufb00-\ufb06]|  |^ | $")

LINES = [
    ("fr", "Le **Conseil** de sécurité, *agissant* en vertu du __chapitre VII__ :"),
    ("en", "The **Security Council**, *acting* under __Chapter VII__:"),
    ("fr", "  article\u00a012\t\u2009 alinéa  2 <b>gras</b> <SPAN class='x'>texte</span> "),
    ("en", "  section\u00a012\t\u2009 paragraph  2 <b>bold</b> <SPAN class='x'>text</span> "),
    ("fr", "snake_case__ et __ et 2*3*4 et *l'État* et x*y*"),
    ("en", "snake_case__ and __ and 2*3*4 and *the State* and x*y*"),
]


def _same(name: str, line: str) -> None:
    fast, plain = PLAIN[name]
    for pos in (0, 1, 4):
        assert [m.span() for m in fast.finditer(line, pos)] == [
            m.span() for m in plain.finditer(line, pos)
        ], (name, line, pos)


@pytest.mark.parametrize(("lang", "line"), LINES)
@pytest.mark.parametrize("name", sorted(PLAIN))
def test_line_patterns_equal_their_plain_definitions(lang: str, line: str, name: str) -> None:
    _same(name, line)
    assert dirty(line) == (DIRTY.search(line) is not None)


def test_line_patterns_find_what_they_are_for() -> None:
    line = LINES[1][1]
    assert [m.group() for m in _MD_TOKEN_RE.finditer(line)] == ["**", "**", "__", "__"]
    assert [m.group() for m in _ITALIC_RE.finditer(line)] == ["*acting*"]
    assert [m.group() for m in _ODD_SPACE_RE.finditer(LINES[3][1])] == [
        "  ",
        "\u00a0",
        "\t\u2009 ",
        "  ",
    ]
    assert not dirty("a clean line")
    odd = (
        " lead",
        "trail ",
        "trail \n",
        "two  spaces",
        "soft\u00adhyphen",
        "Dé\ufb01nitions",
        "O\ufb03ce",
    )
    assert all(map(dirty, odd))


@pytest.mark.parametrize("seed", range(3))
def test_line_patterns_equal_their_plain_definitions_on_random_lines(seed: int) -> None:
    rng = random.Random(seed)
    chars = "ab _*<>/\t\u00a0 \u200b\u00ad\ufb01"  # a ligature too
    alphabet = [*chars, "<b>", "</strong>", "<br/>", "__", "**", "é"]
    for _ in range(5000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
        for name in PLAIN:
            _same(name, line)
        assert dirty(line) == (DIRTY.search(line) is not None), repr(line)


@pytest.mark.parametrize("seed", range(3))
def test_long_lines_pattern_equals_its_plain_definition(seed: int) -> None:
    """Whole lines of _WIDE characters or more, whatever ends the lines (\\n, \\r, both)."""
    plain = re.compile(rf"[^\r\n]{{{_WIDE},}}")
    rng = random.Random(seed)
    lengths = [0, 1, _WIDE - 1, _WIDE, _WIDE + 1, 3 * _WIDE]
    ends = ["\n", "\r", "\r\n", "\n\n"]
    for _ in range(300):
        text = "".join(
            "é" * rng.choice(lengths) + rng.choice(ends) for _ in range(rng.randrange(1, 8))
        )
        assert [m.span() for m in _LONG_LINE_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert any(m for m in _LONG_LINE_RE.finditer(text)) == any(
            len(line) >= _WIDE for line in re.split(r"[\r\n]", text)
        )
