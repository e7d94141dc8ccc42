"""Unit rows for :mod:`ctdocs.extract._name_bounds`, French and English side by side
(expected values checked by hand: guidelines §3, titles and bodies are no part of a
person's name)."""

from __future__ import annotations

import re

import pytest

from ctdocs.extract._name_bounds import (
    after_caps_name,
    before_body,
    holds_office,
    judge_letters_close,
    person_mark,
)


def _words(s: str) -> list[tuple[str, int, int]]:
    out, at = [], 0
    for w in s.split():
        at = s.index(w, at)
        out.append((w, at, at + len(w)))
        at += len(w)
    return out


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Rossi du Secretariat", "Rossi"),  # fr: the delegate's body after "du"
        ("Rossi of the Secretariat", "Rossi of the Secretariat"),  # en: "of" is no particle
        ("Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer"),
        ("H. de La Tourrette", "H. de La Tourrette"),
        ("Jean de la Commission", "Jean"),  # the article in lower case: the body's
        ("Jean of the Commission", "Jean of the Commission"),
        ("Louis de La Commission", "Louis de La Commission"),  # a capital article: a surname
        ("Louis De La Commission", "Louis De La Commission"),
    ],
)
def test_before_body(name: str, want: str) -> None:
    heads = frozenset({"secretariat", "commission"})
    assert " ".join(w for w, _, _ in before_body(_words(name), heads)) == want


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Procureur ", True),
        ("Prosecutor ", True),
        ("Juges ", True),
        ("Judges ", True),
        ("Brigades ", False),  # a plural counts only where listed as one
        ("Divisions ", False),
        ("Rue ", False),
        ("Street ", False),
    ],
)
def test_holds_office(word: str, want: bool) -> None:
    offices = frozenset({"procureur", "prosecutor", "juge", "judge", "juges", "judges", "brigade"})
    assert holds_office(word, offices) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beach, Kaye and Niall JJA", True),
        ("Beach, Kaye et Niall JJA", True),
        ("Naidoo JA", True),
        ("Niall Ferguson", False),
        ("Sarah J", False),  # "J" alone may be an initial
    ],
)
def test_judge_letters_close(text: str, want: bool) -> None:
    assert judge_letters_close(text, len(text)) is want


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("procureur", True),
        ("prosecutor", True),
        ("juges", True),
        ("judges", True),
        ("brigade", False),  # "Général de Brigade": a unit's word
        ("division", False),
        ("state", False),  # "Secretary of State"
        ("etat", False),  # "secrétaire d'État"
        ("charge", False),  # "Special Agent in Charge"
        ("par", False),  # "rédigé par"
        ("parole", False),  # "porte-parole", read in two
        ("royale", False),
        ("signature:", False),
    ],
)
def test_office_words_hold_offices_only(word: str, want: bool) -> None:
    from ctdocs._knowledge import load_actor_shapes
    from ctdocs.extract._unlinked_cues import _office_words

    p = load_actor_shapes().person
    plural = p.bench_plural.all() if p.bench_plural else []
    assert (word in _office_words(p.offices.all(), p.titles.all(), plural)) is want


_COORDINATED = re.compile(r"[ \t]+(?:et|and)[ \t]*$")


@pytest.mark.parametrize(
    ("before", "name", "want"),
    [
        ("Martine HOFFELT NEY ", "Luc BRAUSCH", True),  # fr: a row of signatures, folded
        ("Peter OTIENO ", "Mary NAKATO", True),
        ("Aissatou Ndiaye FALL et ", "Mohamed Lemine", True),  # fr: a coordinator between
        ("Esther WANJIKU and ", "Joseph KAMAU", True),
        ("le rapport de ", "Luc BRAUSCH", False),  # a word in lower case before: mid-sentence
        ("the report by ", "Joseph KAMAU", False),
        ("la Direction de la DGSI et ", "Police NATIONALE", False),  # capitals after "la"
        ("sent to OSCE and ", "Border POLICE", False),  # no capitalised name word before
    ],
)
def test_after_caps_name(before: str, name: str, want: bool) -> None:
    assert after_caps_name(before + name, len(before), _COORDINATED) is want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Fatou DIOP-SALL", True),  # fr: a compound surname in capitals
        ("Luc BRAUSCH", True),  # fr: a known given name
        ("Mary NAKATO", True),
        ("Joseph KAMAU-NJOROGE", True),
        ("Niveau QUATRE", False),  # fr: a word over a number
        ("Tableau XIII", False),
        ("Level FOUR", False),
        ("Erasmus PLUS", False),
        ("Roissy CHARLES-DE-GAULLE", False),  # fr: a place's name of three parts
        ("Paris CHARLES-DE-GAULLE", False),
    ],
)
def test_person_mark(name: str, want: bool) -> None:
    assert person_mark(name) is want
