"""Parts numbered in words label a strategy's sections (ctdocs.structure._locations.worded_parts,
read by ctdocs.structure._reportreading._Reports.marker).

A strategy or a report that prints ``PART ONE – CONTEXT`` / ``PART TWO – …`` over paragraphs
numbered 1, 2, 3 … across its parts labels its parts: each is an unnumbered heading, the
section of the paragraphs under it, and no clause (heldout20 gold, after the ordinal-word
parts of heldout16 and heldout18). A text that numbers articles or subsections is a
convention or an act: its ``Chapter One`` is a division, ``Chapter 1``, the parent of its
articles (heldout12 gold). Each text is written for the test, in French and in English; the
expected values were worked out by hand from the guidelines and those notes.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def outline(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.section) for c in doc.clauses()]


STRATEGY = {
    "fr": (
        "STRATÉGIE NATIONALE DE LUTTE CONTRE LE TERRORISME\n\n"
        "PARTIE UN – CONTEXTE\n\n"
        "1.   La menace s'étend depuis le Sahel vers les États côtiers du golfe.\n\n"
        "2.   Les prisons accueillent un nombre croissant de détenus radicalisés.\n\n"
        "PARTIE DEUX – MISE EN ŒUVRE\n\n"
        "3.   Le Centre national de coordination suit la mise en œuvre de la stratégie.\n"
    ),
    "en": (
        "NATIONAL STRATEGY FOR COUNTERING TERRORISM\n\n"
        "PART ONE – CONTEXT\n\n"
        "1.   The threat has spread from the Sahel towards the coastal States.\n\n"
        "2.   The prisons hold a growing number of inmates charged with terrorism.\n\n"
        "PART TWO – IMPLEMENTATION\n\n"
        "3.   The National Fusion Centre shall coordinate the implementation.\n"
    ),
}

ONE = {"fr": "PARTIE UN – CONTEXTE", "en": "PART ONE – CONTEXT"}
TWO = {"fr": "PARTIE DEUX – MISE EN ŒUVRE", "en": "PART TWO – IMPLEMENTATION"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_part_numbered_in_words_names_the_section_of_a_strategys_paragraphs(
    lang: str,
) -> None:
    assert outline(STRATEGY[lang], lang) == [
        ("1", ONE[lang]),
        ("2", ONE[lang]),
        ("3", TWO[lang]),
    ]


CONVENTION = {
    "fr": (
        "# Convention régionale sur les aéronefs sans pilote\n\n"
        "## Chapitre un – Définitions\n\n"
        "### Article 1\n\n"
        "Aux fins de la présente Convention, on entend par aéronef sans pilote tout aéronef.\n\n"
        "## Chapitre deux – Prévention\n\n"
        "### Article 2\n\n"
        "Chaque État partie prend les mesures nécessaires.\n"
    ),
    "en": (
        "# Regional convention on unmanned aircraft\n\n"
        "## Chapter One – Definitions\n\n"
        "### Article 1\n\n"
        "For the purposes of this Convention, unmanned aircraft means any aircraft.\n\n"
        "## Chapter Two – Preventive Measures\n\n"
        "### Article 2\n\n"
        "Each State Party shall take the necessary measures.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_chapter_numbered_in_words_over_articles_stays_a_division(lang: str) -> None:
    assert [n for n, _ in outline(CONVENTION[lang], lang)] == [
        "Chapter 1",
        "Article 1",
        "Chapter 2",
        "Article 2",
    ]
