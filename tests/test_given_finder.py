"""The given-name finder gives the hits one regex of every given name gave.

The reference below is that regex, built the way the cues built it before the finder
(an alternation of the names, then the name words after them); the finder must find the
same spans, in the same order, on French and English lines written for the edge cases:
a name glued after capitals, an initial before a name on its own line, names that are
not one plain word, hits that would overlap.
"""

from __future__ import annotations

import re

import pytest

from ctdocs.extract._given_finder import GivenFinder
from ctdocs.extract._shape_regex import _alt

NAMES = ["Jean", "Jeanne", "Claire", "Olivier", "Ndung'u", "Henrik", "Musa", "Oeyvind"]
WORDS = r"(?:[ \t]{1,2}(?![ \t])(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][^\W\d_]+(?:'[^\W\d_]+)?)){1,2}"
RUNNING = rf"{WORDS}(?![\w'])(?![ \t]{{1,2}}(?![ \t])[A-Z])"
ON_LINE = rf"{WORDS}(?=\.?[ \t]*$|[ \t]+[a-z])"

TEXTS = [
    # French and English side by side
    ("Le rapport de Claire Bousquet a été remis à Jean Dupont le 3 mai.", "en"),
    ("The report by Henrik Aalto Berg was sent to Jeanne Moreau on 3 May.", "en"),
    ("Signé : McJean Dupont et Jean Dupont Martin", "fr"),
    ("Signed: McHenrik Aalto and Henrik Aalto Berg", "en"),
    ("S. Marcillac\nC. Olivier Castagnet\n  Musa Ibrahim Danladi\n", "fr"),
    ("J. Henrik Aalto\nThe Chair, Ndung'u Kamau\nNdung'u Kamau said", "en"),
    ("Jean Jeanne Claire Olivier Musa\nOeyvind Berg a parlé", "fr"),
    ("Claire  Bousquet   Navarre and Olivier A.B. Smith", "en"),
    # a name's first letter twice in one run, and a run opening after a digit
    ("Signé : JeanJean Dupont et 2Claire Bousquet", "fr"),
    ("Signed: HenrikHenrik Aalto and 2Musa Ibrahim", "en"),
]


def _reference(rest: str, *, line: bool) -> re.Pattern[str]:
    head = r"(?m)^[ \t]*(?:[A-Z]\.[ \t]+)?" if line else "(?m)"
    return re.compile(rf"{head}(?:{_alt(NAMES)}){rest}")


@pytest.mark.parametrize(("text", "lang"), TEXTS)
@pytest.mark.parametrize("line", [False, True])
def test_finder_gives_the_spans_of_the_one_regex(text: str, lang: str, line: bool) -> None:
    rest = ON_LINE if line else RUNNING
    finder = GivenFinder(NAMES, _alt, rest, at_line_start=line)
    want = [(m.start(), m.end()) for m in _reference(rest, line=line).finditer(text)]
    got = [(h.start(), h.end()) for h in finder.finditer(text)]
    assert got == want, lang


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_a_name_of_letters_in_lower_case_takes_the_path_of_every_capital(
    text: str, lang: str
) -> None:
    """A name of letters alone that opens in lower case ("ndung") may run on into more
    letters, as no plain name does: the finder then tries every first letter, and gives
    the one regex's spans all the same."""
    names = [*NAMES, "ndung"]
    finder = GivenFinder(names, _alt, RUNNING)
    assert not finder._by_runs
    ref = re.compile(rf"(?m)(?:{_alt(names)}){RUNNING}")
    want = [(m.start(), m.end()) for m in ref.finditer(text)]
    assert [(h.start(), h.end()) for h in finder.finditer(text)] == want, lang


def test_the_edge_cases_are_hit() -> None:
    """The rows above would pass vacuously if nothing matched: spot the hits by hand."""
    finder = GivenFinder(NAMES, _alt, RUNNING)
    text = "Signé : McJean Dupont et Jean Dupont Martin"
    spans = [text[h.start() : h.end()] for h in finder.finditer(text)]
    assert spans == ["Jean Dupont", "Jean Dupont Martin"]  # the first inside "McJean"
    on_line = GivenFinder(NAMES, _alt, ON_LINE, at_line_start=True)
    text = "J. Henrik Aalto\nThe Chair, Ndung'u Kamau\nNdung'u Kamau said"
    assert [text[h.start() : h.end()] for h in on_line.finditer(text)] == [
        "J. Henrik Aalto",
        "Ndung'u Kamau",
    ]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_a_name_holding_a_capital_past_its_first_letter_reads_every_suffix(
    text: str, lang: str
) -> None:
    """A name that holds a first letter further in ("DeJean") may open inside a run at a
    capital that is not the run's last: the finder then reads every suffix of a run, not
    the last only, and gives the one regex's spans all the same."""
    names = [*NAMES, "DeJean", "McHenrik"]
    finder = GivenFinder(names, _alt, RUNNING)
    assert finder._by_runs and finder._last_runs is None
    ref = re.compile(rf"(?m)(?:{_alt(names)}){RUNNING}")
    want = [(m.start(), m.end()) for m in ref.finditer(text)]
    assert [(h.start(), h.end()) for h in finder.finditer(text)] == want, lang


def test_the_last_capital_of_a_run_opens_a_name() -> None:
    """Names written as names are ("Jean", not "JeAn"): the run's suffix from its last
    capital is read, and a name glued after capitals is found there (by hand)."""
    finder = GivenFinder(NAMES, _alt, RUNNING)
    assert finder._last_runs is not None
    for text, name in [
        ("Signé : MMcJean Dupont", "Jean Dupont"),
        ("Signed: UNHenrik Aalto", "Henrik Aalto"),
    ]:
        assert [text[h.start() : h.end()] for h in finder.finditer(text)] == [name]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
@pytest.mark.parametrize("extra", [[], ["DeJean", "McHenrik"]])
def test_runs_read_in_the_distinct_words_give_the_spans_read_in_the_text(
    text: str, lang: str, extra: list[str]
) -> None:
    """The runs of letters read in the text's distinct words (the tokenizer's set, a blank
    between them) are those read in the text: the one regex's spans either way, on both
    the last-capital path and the every-suffix one (``extra``)."""
    names = [*NAMES, *extra]
    finder = GivenFinder(names, _alt, RUNNING)
    words = frozenset(re.findall(r"\w+|[^\s\w]", text))
    ref = re.compile(rf"(?m)(?:{_alt(names)}){RUNNING}")
    want = [(m.start(), m.end()) for m in ref.finditer(text)]
    assert [(h.start(), h.end()) for h in finder.finditer(text, words)] == want, lang


def test_the_distinct_words_find_a_name_glued_after_capitals() -> None:
    """By hand: ``McJean`` is one word, its run's last capital opens ``Jean``."""
    finder = GivenFinder(NAMES, _alt, RUNNING)
    for text, name in [
        ("Signé : McJean Dupont, 2026", "Jean Dupont"),
        ("Signed: UNHenrik Aalto, 2026", "Henrik Aalto"),
    ]:
        words = frozenset(re.findall(r"\w+|[^\s\w]", text))
        assert [text[h.start() : h.end()] for h in finder.finditer(text, words)] == [name]
