"""The look-ahead that guards a role cue's regex (``_domain_index.first_chars`` and
``opening_guard``): French and English side by side. Expected values read off the
patterns by hand."""

from __future__ import annotations

import re

import pytest

from ctdocs.extract._domain_index import first_chars, opening_guard
from ctdocs.extract._domain_roles import roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a head word of a body, capitalised or not
        ("([Mm]inistre|[Ss]ecretariat) (de|du)", "MSms"),
        ("(Minister|Ministry|Office) (of|for)", "MO"),
        # cue words of a citation
        ("(?:rappelant)|(?:vu)", "rv"),
        ("(?:recalling)|(?:bearing in mind)", "br"),
        # a repeat of at least one opens on what it repeats
        ("(loi )+sur", "l"),
        ("(act )+respecting", "a"),
    ],
)
def test_first_chars_of_branches_and_classes(body: str, expected: str) -> None:
    assert first_chars(body, 0) == expected


@pytest.mark.parametrize(
    "body",
    [
        "(?<!de la )loi",  # a look-behind opens it: anything may stand there
        "(?<!by )means",
        "(le )?decret",  # an optional opening
        "(the )?act",
        "\\w+ relatif",  # a category
        "\\w+ respecting",
    ],
)
def test_first_chars_unknown_gives_no_guard(body: str) -> None:
    assert first_chars(body, 0) is None
    assert opening_guard(body) == ""


@pytest.mark.parametrize("body", ["(loi|decret) sur", "(act|code) respecting"])
def test_case_blind_patterns_get_no_guard(body: str) -> None:
    assert first_chars(body, re.IGNORECASE) is None


@pytest.mark.parametrize(
    ("text", "hit", "named"),
    [
        # the hit is the subject of a body's name: "Ministere de la ... Securite"
        ("le Ministere de la Securite publique", "Securite", True),
        ("the Minister of Public Safety", "Public Safety", True),
        # glued to the word before at a change of case (cells run together)
        ("xyzMinistere de la Securite publique", "Securite", True),
        ("PreparednessMinister of Public Safety", "Public Safety", True),
        # inside a word, no change of case: no head
        ("leministere de la securite publique", "securite", False),
        ("theminister of public safety", "public safety", False),
    ],
)
def test_guarded_name_before_finds_the_same_heads(text: str, hit: str, named: bool) -> None:
    start = text.index(hit)
    guarded = roles().name_before
    assert guarded.pattern.startswith("(?=[")  # the guard is there
    unguarded = re.compile(guarded.pattern[guarded.pattern.index("])") + 2 :])
    assert (guarded.search(text, 0, start) is not None) is named
    assert (unguarded.search(text, 0, start) is not None) is named
