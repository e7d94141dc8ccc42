"""Line-level prefilters, each checked against the search it spares: the one scan for
all of AnyOf's needles, the page-number test before a pattern anchored at a line's end,
and the count of control characters in a file's first bytes."""

from __future__ import annotations

import re

import pytest

from ctdocs._needles import AnyOf, case_view, trie
from ctdocs.layout._segment import _patterns
from ctdocs.structure._blocks import ends_on_figure
from ctdocs.structure._clausereading import _SHORT_LEADER_RE
from ctdocs.structure._sequences import _TOC_LINE_RE

from .conftest import SEEDS, TEXTS


def _union(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Needles that start alike, end alike or run into one another: the one scan for all
# needles must still see each of them (a needle inside a longer one found at the same
# place, a needle overlapping the end of another).
NESTED = ["connect\\w*", "con\\b", "connectez-vous\\d", "vous abonner", "ez-v\\d", "log ?in"]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("Connectez-vous", True),  # "connect" starts "connectez-vous", whose pattern fails
        ("Please LOGIN", True),
        ("un con", True),  # "con", where "connect" would go on
        ("reconnaissance", False),  # "con" there, but inside a word
        ("the logistics of it", False),
        ("inscrivez-vous abonner", True),  # "ez-v" fails; "vous abonner" starts inside it
        ("inscrivez-vous", False),
    ],
)
def test_anyof_sees_needles_within_and_across_one_another(text: str, union: bool) -> None:
    fast = AnyOf(NESTED, re.IGNORECASE)
    assert bool(_union(NESTED).search(text)) is union  # the row's answer, checked by hand
    assert fast.search(text) is union


def _lookahead_needles(cues: AnyOf, view: str) -> set[str]:
    """The definition the per-first-character tries replace: one trie of all the needles,
    tried at every place of the line (the longest needle starting at each)."""
    scan = re.compile(f"(?=({trie(cues._live)}))")
    return {m.group(1) for m in scan.finditer(view)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Connectez-vous", {"connectez-vous", "ez-v"}),  # one inside the longest at 0
        ("inscrivez-vous abonner", {"ez-v", "vous abonner"}),  # one across another's end
        ("Please LOGIN", {"log"}),
        ("reconnaissance", {"con"}),  # "con" there, "connect" would go on
        ("Abonnez-vous ; connexion", {"con", "ez-v"}),
    ],
)
def test_anyof_finds_the_longest_needle_at_each_place(text: str, found: set[str]) -> None:
    """The needles the tries of each first character find on a line: the longest one
    starting at each place where one starts, as the one trie tried at every place finds."""
    cues = AnyOf(NESTED, re.IGNORECASE)
    assert cues._found(case_view(text)) == found  # the row's needles, checked by hand
    assert _lookahead_needles(cues, case_view(text)) == found


def test_anyof_needles_on_the_texts_equal_the_one_trie() -> None:
    """The chrome cues' needles on every line of the texts (French and English), found by
    the tries of each first character, are those the one trie finds at every place."""
    cues = _patterns()[0]
    lines = [x for p in [*SEEDS, *TEXTS] for x in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    for line in lines:
        view = case_view(line)
        assert cues._found(view) == _lookahead_needles(cues, view), line


@pytest.mark.parametrize(
    ("text", "roman", "paged"),
    [
        ("1. Contexte ........ 3", False, True),
        ("1. Background ........ 3\n", False, True),
        ("A. AU SAHEL … PERTES .. 9 \u2003", False, True),  # an em space after the page
        ("1. Introduction          iv", True, True),
        ("1. Introduction          iv", False, False),
        ("Le Conseil a adopté la résolution 1373 (2001).", False, False),
        ("The Council adopted resolution 1373", False, True),  # a figure, if no page
        ("Note ........ \u00b9", False, False),  # a superscript is no figure of \\d
        ("Annexe ........ \u0663", False, True),  # an Arabic-Indic figure is one
        ("   ", True, False),
    ],
)
def test_ends_on_figure_never_refuses_a_page_number_at_the_end(
    text: str, roman: bool, paged: bool
) -> None:
    assert ends_on_figure(text, roman) is paged
    lines = [text]
    for p in [*SEEDS, *TEXTS]:
        lines += p.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if _TOC_LINE_RE.search(line):
            assert ends_on_figure(line, roman=True), line
        if _SHORT_LEADER_RE.search(line):
            assert ends_on_figure(line), line


@pytest.mark.parametrize(
    ("text", "controls"),
    [
        ("Le Conseil\x07 a adopté\x1b la résolution\t1373\r\n", 2),
        ("The Council\x0b adopted\x0c resolution\x1f 1373\n", 2),
        ("Résolution 2178 (2014)\f\n", 0),
        ("Resolution \x01\x02\x03 2178", 3),
    ],
)
def test_control_characters_counted_as_a_text_file_may_not_hold(text: str, controls: int) -> None:
    from ctdocs.readers._source import _CONTROL_BYTES, _CONTROL_CHARS

    def plain(t: str) -> int:  # below 32, but tab, line feed, form feed and carriage return
        return sum(1 for ch in t if ord(ch) < 32 and ch not in "\t\n\r\f")

    assert len(_CONTROL_CHARS.findall(text)) == plain(text) == controls
    data = text.encode("utf-8")
    assert len(_CONTROL_BYTES.findall(data)) == controls
    every = "".join(map(chr, range(0x3000)))
    assert len(_CONTROL_CHARS.findall(every)) == plain(every)
    assert len(_CONTROL_BYTES.findall(bytes(range(256)))) == plain(every[:256])


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        # a needle at a line's end and at the next one's start: each found in its own line
        (["Veuillez vous con", "nectez-vous", ""], [{"con"}, {"ez-v"}, set()]),
        (["Please log", "in to subscribe", "LOGIN"], [{"log"}, set(), {"log"}]),
        (["", "inscrivez-vous abonner"], [set(), {"ez-v", "vous abonner"}]),
        (["Connectez-vous"], [{"connectez-vous", "ez-v"}]),
        ([], []),
    ],
)
def test_anyof_found_each_gives_each_line_its_own_needles(
    lines: list[str], found: list[set[str]]
) -> None:
    """The lines joined for one scan: no needle found across two lines (checked by hand)."""
    cues = AnyOf(NESTED, re.IGNORECASE)
    assert cues.found_each(lines) == found
    assert [cues._found(case_view(x)) for x in lines] == found


def test_anyof_found_each_on_the_texts_equals_line_by_line() -> None:
    """The chrome cues' needles of every line of the texts (French and English), found
    page by page, are those found line by line; and each line's cue is the same."""
    cues = _patterns()[0]
    for p in [*SEEDS, *TEXTS]:
        lines = p.read_text(encoding="utf-8").splitlines()
        found = cues.found_each(lines)
        assert found == [cues._found(case_view(x)) for x in lines], p
        assert [cues.first(x, f) for x, f in zip(lines, found, strict=True)] == [
            cues.first(x) for x in lines
        ]


def test_anyof_with_a_needle_holding_a_line_break_scans_line_by_line() -> None:
    cues = AnyOf(["fin\\nde page", "abonner"], re.IGNORECASE)
    assert cues.found_each(["la fin", "de page", "s'abonner"]) == [set(), set(), {"abonner"}]
    assert cues.found_each(["fin\nde page"]) == [{"fin\nde page"}]
