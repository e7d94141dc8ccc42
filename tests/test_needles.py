"""The regex prefilter (ctdocs._needles) by its own parser, checked against ``re`` itself.

The case table must put two characters in one class exactly when ``re``'s
IGNORECASE matches one with the other; needles must be in every match, and
syntax the parser does not model must give no needles (always searched).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from ctdocs._needles import AnyOf, _case_classes, case_view, needle_sets, needles, trie

BMP = "".join(map(chr, range(0x10000)))


def test_case_classes_are_those_of_re_ignorecase() -> None:
    table = _case_classes()[0]
    classes: dict[int, list[str]] = defaultdict(list)
    for cp in range(0x10000):
        classes[table.get(cp, cp)].append(chr(cp))
    singles = [m[0] for m in classes.values() if len(m) == 1]
    # no character outside the singletons matches one of them ...
    pat = re.compile("[" + "".join(re.escape(c) for c in singles) + "]", re.IGNORECASE)
    assert len(pat.findall(BMP)) == len(singles)
    # ... and each larger class matches exactly its members
    larger = [m for m in classes.values() if len(m) > 1]
    assert len(larger) > 500  # Latin, Greek, Cyrillic, … pairs
    for members in larger:
        pat = re.compile("[" + "".join(re.escape(c) for c in members) + "]", re.IGNORECASE)
        assert pat.findall(BMP) == members


@pytest.mark.parametrize(
    ("pattern", "flags", "want"),
    [
        # French and English rows side by side
        # a literal run is joined to the branch after it: ".ca" is rarer than "." or "ca"
        ("terroris(me|te)s?", 0, ("terrorisme", "terroriste")),
        (r"\s\.(gouv|gc)\.ca$", 0, (".gc", ".gouv")),  # the run after a branch stands alone
        (r"\w\.(int|org|ca)$", re.IGNORECASE, (".ca", ".int", ".org")),
        ("x(ab|)y", 0, ("x", "xab")),  # an empty branch: the run alone also stands
        ("terroris(m|t)s?", 0, ("terroris",)),  # single characters: one class
        (
            "financement du terrorisme|terrorist financing",
            0,
            ("financement du terrorisme", "terrorist financing"),
        ),
        ("(?:ab)+c", 0, ("ab",)),  # a repeated group is a run of its own ("ab", "c")
        ("(?:ab)c", 0, ("abc",)),  # a plain group joins the run around it
        # the prefix "Co" shared by both branches moves out in front, as re does, and is
        # joined back to each branch
        ("Conseil|Council", re.IGNORECASE, ("conseil", "council")),
        ("\u212aEY|clé", re.IGNORECASE, ("clé", "key")),
        ("x{0,2}yy", 0, ("yy",)),
        ("ab{0}cd", 0, ("cd",)),
    ],
)
def test_needles_by_hand(pattern: str, flags: int, want: tuple[str, ...]) -> None:
    assert needles(pattern, flags) == want


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("(?:ab)+c", "ababc"),
        ("terroris(m|t)s?", "terrorists"),
        (r"(?P<g>nations?) unies|united (?P<h>nations?)", "united nations"),
        ("lutte (contre|against) (le )?terrorisme", "lutte contre terrorisme"),
    ],
)
def test_every_match_contains_a_needle_of_each_set(pattern: str, text: str) -> None:
    m = re.search(pattern, text)
    assert m is not None
    for found in needle_sets(pattern):
        assert any(n in m.group() for n in found), (found, m.group())


def test_ignorecase_needles_are_in_case_view_form() -> None:
    assert needles("PASSWORD", re.IGNORECASE) == ("password",)
    assert case_view("PAS\u017fWORD") == "password"
    assert needle_sets("(?-i:NATO) et OTAN", re.IGNORECASE) == (("NATO",),)


@pytest.mark.parametrize(
    "pattern",
    [r"(a)\1", "(?s)abc", "(?x)a b", "(?(1)a|b)", r"\N{EM DASH}", "(?#note)ab", "a(b"],
)
def test_syntax_not_modelled_gives_no_needles(pattern: str) -> None:
    assert needles(pattern) is None
    assert needle_sets(pattern) == ()


@pytest.mark.parametrize(
    ("words", "text", "spans"),
    [
        (
            ["comm", "commission", "commissaire", "mission"],
            "La Commission européenne et le commissaire ; la mission",
            [(6, 13), (31, 42), (48, 55)],  # "Commission": "mission" in it, not "comm"
        ),
        (
            ["means", "mean", "meaning", "an"],
            "within the meaning of: it means an end",
            [(11, 18), (26, 31), (32, 34)],
        ),
        (["vu", "vue", "au sens "], "vu la vue au sens de", [(0, 2), (6, 9), (10, 18)]),
        (["ab", "b", "bc"], "abc", [(0, 2)]),  # then on from the match's end: no "bc"
    ],
)
def test_trie_finds_what_the_alternation_longest_first_finds(
    words: list[str], text: str, spans: list[tuple[int, int]]
) -> None:
    longest_first = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    assert [m.span() for m in re.finditer(longest_first, text)] == spans
    assert [m.span() for m in re.finditer(trie(words), text)] == spans


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Partager cette page et lire la copie non officielle", 0),
        ("Share this page, an unofficial copy", 0),
        ("Recueil genevois, copie non officielle", 1),
        ("Collected laws, unofficial copy", 1),
        ("Le Conseil adopte la décision.", None),
        ("The Council adopts the decision.", None),
    ],
)
def test_first_tells_which_list_matched(text: str, want: int | None) -> None:
    """Two lists kept as one AnyOf: the lowest index that matches, in the order given."""
    cues = AnyOf(
        [r"\b(partager|share) (cette|this) page\b", r"\b(copie non officielle|unofficial copy)\b"],
        re.I,
    )
    assert cues.first(text) == want
    assert cues.search(text) == (want is not None)


@pytest.mark.parametrize(
    ("text", "compiled"),
    [
        ("Partager cette page", {0}),
        ("Share this page", {0}),
        ("Recueil genevois, copie non officielle", {1}),
        ("Collected laws, unofficial copy", {1}),
        ("Le Conseil adopte la décision.", set()),
        ("The Council adopts the decision.", set()),
    ],
)
def test_a_pattern_is_compiled_when_first_run(text: str, compiled: set[int]) -> None:
    """Only the patterns whose needles the text holds are compiled, once each (the
    cold start's saving); the others never are."""
    cues = AnyOf(
        [r"\b(partager|share) (cette|this) page\b", r"\b(copie non officielle|unofficial copy)\b"],
        re.I,
    )
    assert cues._regexes == {}
    cues.first(text)
    assert set(cues._regexes) == compiled
    kept = dict(cues._regexes)
    cues.first(text)
    assert all(cues._regexes[k] is kept[k] for k in kept)
    cues.compile_all()  # warm_up's: every one, the first ones kept
    assert set(cues._regexes) == {0, 1}
    assert all(cues._regexes[k] is kept[k] for k in kept)
