"""A title in lower case after a capitalised article that opens the sentence: the name
after the title is a person's (guidelines §3: a surname alone is a named person; the
title is no part of it). ``Le juge Lachance a rappelé`` once read ``Le`` as a name the
title qualified (``Assemblée générale Distr.``: an adjective), and lost the judge.
Texts written for these tests in the styles of judgments, press releases and minutes;
expected values checked by hand against the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> set[str]:
    """The surfaces of the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "La juge Bouchard a rappelé que la détention était illégale.", {"Bouchard"}),
        ("en", "The Commissioner Okafor said that the order stood.", {"Okafor"}),
        (
            "fr",
            "Le commissaire Delacroix-Mbaye a présenté le dispositif aux préfets.",
            {"Delacroix-Mbaye"},
        ),
        (
            "en",
            "The Rapporteur Vasquez-Lindqvist presented the draft to the Committee.",
            {"Vasquez-Lindqvist"},
        ),
        (
            "fr",
            "Motifs de jugement : Le juge Lachance (avec l'accord de la Cour).",
            {"Lachance"},
        ),
    ],
)
def test_a_title_after_the_sentence_article(lang: str, text: str, want: set[str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a capitalised name before the title: the title is its adjective, no person
        ("fr", "Assemblée générale Distr. générale 12 mai 2026"),
        ("en", "General Assembly Distr. General 12 May 2026"),
    ],
)
def test_a_title_after_a_name_is_its_adjective(lang: str, text: str) -> None:
    assert _persons(text, lang) == set()
