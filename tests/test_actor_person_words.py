"""No person named only in the words bodies' names are made of (a piece of a body's
name or a heading cut off by a line break), while real names stay persons. Texts
written for these tests; expected values checked by hand against the annotation
guidelines (§3: a person is a named person; a body's name is one surface form)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._actors import ActorHit
from ctdocs.extract._person_words import drop_body_words


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "words", "person"),
    [
        (
            "fr",
            "Le Ministre de la Défense Nationale,\nGénéral de Division Hamidou SEYNI ABDOU",
            "Défense Nationale",
            "Hamidou SEYNI ABDOU",
        ),
        (
            "en",
            "The Task Force is chaired by the Special Secretary (Internal Security), "
            "Mr Hamidou Abdou.",
            "Internal Security",
            "Hamidou Abdou",
        ),
    ],
)
def test_body_words_name_no_person(lang: str, text: str, words: str, person: str) -> None:
    found = _persons(text, lang)
    assert words not in found
    assert person in found


@pytest.mark.parametrize(
    ("surface", "kind", "kept"),
    [
        ("Défense Nationale", "person", False),  # French words of the lists
        ("Internal Affairs", "person", False),  # their English words
        ("Marine Dupont", "person", True),  # a name word outside them
        ("Paul Justice", "person", True),
        ("Internal Affairs", "organ", True),  # a body's name is left alone
    ],
)
def test_drop_body_words(surface: str, kind: str, kept: bool) -> None:
    text = f"Vu {surface}."
    hit = ActorHit(3, 3 + len(surface), "unlinked:x", "shape", 60.0)
    names = {"unlinked:x": (surface, kind)}
    assert (drop_body_words(text, [hit], names) == [hit]) is kept  # type: ignore[arg-type]
