"""One alternation of cue words (:func:`ctdocs._knowledge.alternation`), the builder every
matcher of a data file's word list uses: longest first, escaped, blanks as ``gap``; and
matchers of ``structure`` that build with it (annex headings, joined items, dated lines)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from ctdocs._knowledge import NEVER, alternation, any_of, longest_first
from ctdocs.structure._lineshapes import holds_date, joined_item_re
from ctdocs.structure._sequences import _annex_space


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


@pytest.mark.parametrize(
    ("patterns", "text", "found"),
    [
        # in the file's order, not longest first: the first pattern that matches wins
        (["mis", "mis à jour"], "mis à jour le 3 mai", "mis"),
        (["last", "last updated"], "last updated 3 May", "last"),
    ],
)
def test_any_of_keeps_the_files_order(patterns: list[str], text: str, found: str | None) -> None:
    m = re.compile(any_of(patterns)).search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize(
    ("patterns", "alternation_"),
    [
        (["modifiée? par|abrogée?", "^mis à jour"], "(?:modifiée? par|abrogée?)|(?:^mis à jour)"),
        (["amended by|repealed", "^last updated"], "(?:amended by|repealed)|(?:^last updated)"),
    ],
)
def test_any_of_keeps_each_pattern_in_a_group_of_its_own(
    patterns: list[str], alternation_: str
) -> None:
    assert any_of(patterns) == alternation_


def test_any_of_an_empty_list_matches_nothing_or_gives_the_callers_empty() -> None:
    assert any_of([]) == NEVER and re.search(any_of([]), "anything") is None
    assert any_of([], empty="") == ""


@pytest.mark.parametrize(
    ("words", "order"),
    [
        (["à l'", "dès l'", "au", "dès le"], ["dès l'", "dès le", "à l'", "au"]),
        (["in the", "by the", "this", "during the"], ["during the", "by the", "in the", "this"]),
    ],
)
def test_longest_first_is_the_order_of_the_alternation(words: list[str], order: list[str]) -> None:
    # for a matcher that writes each word's pattern itself (what follows "à l'" is not
    # what follows "au")
    assert longest_first(words) == longest_first(reversed(words)) == order
    assert alternation(words) == "|".join(map(re.escape, order))


# The matchers of structure/ and extract/ that build their cue alternation with
# ``alternation``: each printed by its pattern, in a fresh process.
_PATTERNS = """
from ctdocs.extract._datecalendar import calendar_knowledge
from ctdocs.extract._datemode import _following_re, _reference_point_re
from ctdocs.structure._lineshapes import _dated_re, joined_item_re
from ctdocs.structure._sequences import _annex_re
from ctdocs.structure._spaces import _range_joiner_re
from ctdocs.structure._titlelines import _citing, title_words
w = title_words()
for p in (w.document, w.by, w.part, _citing(), _dated_re(), joined_item_re(), _annex_re(),
          _range_joiner_re(), _reference_point_re(), _following_re(),
          calendar_knowledge().season_cue):
    print(p.pattern)
"""


def test_the_matchers_patterns_do_not_change_with_the_hash_seed() -> None:
    # a list read into a set and sorted by length alone kept the set's order among
    # words of one length, which the hash seed changes from one process to the next
    outs = {
        subprocess.run(
            [sys.executable, "-c", _PATTERNS],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outs) == 1
    assert len(outs.pop().splitlines()) == 11


@pytest.mark.parametrize(
    ("heading", "space"),
    [
        # the longer word of the list, not its own start ("annex" + "e")
        ("ANNEXE II", "Annex II"),
        ("ANNEX II", "Annex II"),
        # a phrase of two words, with a link of two words ("de la") after it
        ("Note interprétative de la Recommandation 5", "INR.5"),
        ("Interpretive Note to Recommendation 5", "INR.5"),
        ("Pièce jointe", "Attachment"),
        ("Attachment", "Attachment"),
    ],
)
def test_annex_headings_read_by_their_whole_word(heading: str, space: str) -> None:
    assert _annex_space(heading) == space


@pytest.mark.parametrize(
    ("line", "joiner"),
    [("et/ou (c) dans les autres cas ;", "et/ou "), ("and/or (c) in any other case;", "and/or ")],
)
def test_a_joined_item_opens_after_its_whole_joiner(line: str, joiner: str) -> None:
    m = joined_item_re().match(line)
    assert m is not None and m.group() == joiner


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Berne, sept. 2026", True),
        ("Ankara, Sept. 8, 2026", True),
        ("Berne, septembre", False),
        ("Ankara, September", False),
    ],
)
def test_a_month_abbreviation_and_a_year_date_a_line(line: str, dated: bool) -> None:
    assert holds_date(line) is dated
