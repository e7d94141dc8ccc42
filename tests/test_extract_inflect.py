"""A French adjective's forms built from its ending (``extract/_inflect.py``): a body's
name goes on over an adjective that agrees with its noun (``unités spéciales``), the form
no list spells. Texts and names written for these tests; expected values by hand."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._inflect import inflected

_ENDINGS = {"": ["e", "s", "es"], "e": ["es"], "s": [], "al": ["ale", "aux", "ales"]}


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        # the longest ending that fits: "-al" before the default
        ("special", {"speciale", "speciaux", "speciales"}),
        # any other ending: feminine, plural, both
        ("permanent", {"permanente", "permanents", "permanentes"}),
        # a word in the feminine takes its plural only; one in the plural nothing
        ("interieure", {"interieures"}),
        ("unis", set()),
    ],
)
def test_the_forms_come_from_the_ending(word: str, forms: set[str]) -> None:
    found = inflected([word], _ENDINGS)
    assert found.pop(word) == word
    assert set(found) == forms
    assert set(found.values()) <= {word}


def test_a_listed_word_is_its_own_not_a_form_of_another() -> None:
    # "generale" is listed: it stays itself, not the feminine of "general"
    found = inflected(["general", "generale"], _ENDINGS)
    assert found["generale"] == "generale"
    assert found["generaux"] == "general"


def _bodies(text: str, lang: str) -> dict[str, str]:
    """surface -> canonical name of every organ the text names."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions if a.kind == "organ"}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # the plural feminine "spéciales" no list spells ends the name, not "opérations"
        (
            "fr",
            "Le Commandement des opérations spéciales a déployé une équipe hier.",
            "Commandement des opérations spéciales",
            "Command of Special Operations",
        ),
        (
            "en",
            "The Special Operations Command deployed a team yesterday.",
            "Special Operations Command",
            "Special Operations Command",
        ),
        # "intérieures" after a capitalised complement; the portfolio's English name
        (
            "fr",
            "Le ministère des Affaires intérieures publie un rapport.",
            "ministère des Affaires intérieures",
            "Ministry of Home Affairs",
        ),
        (
            "en",
            "The Ministry of Home Affairs publishes a report.",
            "Ministry of Home Affairs",
            "Ministry of Home Affairs",
        ),
    ],
)
def test_a_name_goes_on_over_an_agreeing_adjective(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _bodies(text, lang) == {surface: name}
