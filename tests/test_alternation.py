"""One alternation of cue words (:func:`ctdocs._knowledge.alternation`), the builder every
matcher of a data file's word list uses: longest first, escaped, blanks as ``gap``."""

from __future__ import annotations

import re

import pytest

from ctdocs._knowledge import NEVER, alternation


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        # a longer cue wins over its own start
        ({"par", "par exemple"}, "par exemple, le 3 mai", "par exemple"),
        ({"for", "for example"}, "for example, on 3 May", "for example"),
        # a cue is literal text: its dot is a dot, not any character
        ({"n°", "réf."}, "réfs 12", None),
        ({"no.", "ref."}, "refs 12", None),
    ],
)
def test_longest_cue_first_and_escaped(words: set[str], text: str, found: str | None) -> None:
    m = re.match(rf"(?:{alternation(words)})", text)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("au plus tard le", "au plus\n  tard le"),
        ("by the end of", "by  the\nend of"),
    ],
)
def test_gap_spans_the_blanks_of_a_wrapped_phrase(phrase: str, text: str) -> None:
    assert re.fullmatch(alternation([phrase], gap=r"\s+"), text)
    # without a gap, the phrase is taken to the letter
    assert not re.fullmatch(alternation([phrase]), text)
    assert re.fullmatch(alternation([phrase]), phrase)


@pytest.mark.parametrize(
    ("key", "text"),
    [("dernière modification", "dernière_modification"), ("last modified", "last_modified")],
)
def test_a_gap_may_also_be_an_underscore(key: str, text: str) -> None:
    assert re.fullmatch(alternation({key}, gap=r"[\s_]+"), text)


@pytest.mark.parametrize(
    "words", [["mai", "juin", "mars", "juillet"], ["may", "june", "march", "july"]]
)
def test_the_same_pattern_whatever_the_order_of_the_words(words: list[str]) -> None:
    # a set's order changes with the hash seed: the pattern must not
    assert alternation(words) == alternation(reversed(words)) == alternation(set(words))
    assert alternation(words).split("|")[0] == max(words, key=len)


def test_ties_in_length_in_alphabetical_order() -> None:
    assert alternation(["juin", "june", "mars", "mai", "may"]) == "juin|june|mars|mai|may"


def test_an_empty_list_matches_nothing_or_gives_the_callers_empty() -> None:
    assert alternation([]) == NEVER
    assert re.search(rf"(?:{alternation([])})", "any text") is None
    assert alternation([], gap=r"\s+", empty="") == ""


def test_duplicates_are_listed_once() -> None:
    assert alternation(["du", "of", "du", "of"]) == "du|of"
