"""Patterns opening on a line's start tried at the line starts only
(ctdocs.extract._line_starts) give the matches a scan of the whole text gives.

The texts are written for the edge cases, French and English side by side: an empty
line, a text opening or closing on a line break, blanks before a line's words, a match
running over two lines; expected starts counted by hand."""

from __future__ import annotations

import re

import pytest

from ctdocs.extract._line_starts import (
    line_starts,
    lines_opening,
    match_at_lines,
    release_lines,
)

TEXTS = [
    ("Article 1\nLe Ministre\n\n  Jean DUPONT\n", [0, 10, 22, 23, 37]),
    ("Article 1\nThe Minister\n\n  John SMITH\n", [0, 10, 23, 24, 37]),
    ("\nSigné : le Président", [0, 1]),
    ("\nSigned: the President", [0, 1]),
    ("une seule ligne", [0]),
    ("one line only", [0]),
]


@pytest.mark.parametrize(("text", "starts"), TEXTS)
def test_line_starts_are_where_a_line_opens(text: str, starts: list[int]) -> None:
    assert list(line_starts(text)) == starts
    assert list(line_starts(text)) == [m.start() for m in re.finditer(r"(?m)^", text)]


PATTERNS = [
    re.compile(r"(?m)^[ \t]*([A-Z][a-z]+)[ \t]+([A-Z]{2,})"),
    re.compile(r"(?m)^\w+[ \t]+\d+\n\w+"),  # a match running over two lines
    re.compile(r"(?m)^[ \t]*$\n?(?=.)"),  # an empty line (and its break)
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize(("text", "_starts"), TEXTS)
def test_the_matches_are_the_scans(pattern: re.Pattern[str], text: str, _starts: object) -> None:
    want = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in match_at_lines(pattern, text)] == want


def test_each_text_has_its_own_starts() -> None:
    """Texts read in turn (the fold, the text as written) keep their own starts, and a
    text equal to another but not the same object is found again, not mixed up."""
    release_lines()
    fr, en = "a\nb\nc", "one\ntwo"
    assert line_starts(fr) == (0, 2, 4)
    assert line_starts(en) == (0, 4)
    assert line_starts(fr) == (0, 2, 4)
    other = "".join(["x\n", "y"])
    assert line_starts(other) == (0, 2)
    release_lines()
    assert line_starts(en) == (0, 4)


# the lines whose first character past their blanks is a capital (or a bracket), counted
# by hand: not the empty line, not the line the text ends on, not a line of lower case
OPENING = [
    ("Article 1\nle Ministre\n\n  Jean DUPONT\n", "A-Z", [0, 23]),
    ("Article 1\nthe Minister\n\n  John SMITH\n", "A-Z", [0, 24]),
    ("\t(Signé) JEAN DUPONT\nfait à Paris", "A-Z(", [0]),
    ("\t(Signed) JOHN SMITH\ndone at London", "A-Z(", [0]),
    ("une ligne\n| cellule |\n|x|", "|", [10, 22]),
    ("a line\n| cell |\n|x|", "|", [7, 16]),
]


@pytest.mark.parametrize(("text", "opens", "starts"), OPENING)
def test_lines_opening_on_a_character(text: str, opens: str, starts: list[int]) -> None:
    assert lines_opening(text, opens) == starts


@pytest.mark.parametrize("pattern", PATTERNS[:1])
@pytest.mark.parametrize(("text", "_starts"), TEXTS)
def test_the_matches_on_the_lines_opening_are_the_scans(
    pattern: re.Pattern[str], text: str, _starts: object
) -> None:
    """A pattern whose line opens on a capital past its blanks, tried on those lines only."""
    want = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in match_at_lines(pattern, text, "A-Z")] == want
