"""Where a roman outline begins (ctdocs.structure._spaces._opens_outline): the unnumbered
line above the first ``I.`` heading, before any clause, belongs to the head and names no
section of the outline (guidelines §1: the gold of 20 reports, judgments and circulars in
15 batches leaves their roman outlines without a section). French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def sections(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.section) for c in doc.clauses()]


# A report: its summary's heading, then the outline "I. Introduction" with its paragraphs.
REPORT = {
    "fr": (
        "Rapport du Secrétaire général sur la lutte contre le terrorisme\n\n"
        "Résumé\n\n"
        "Le présent rapport décrit les activités menées au cours de la période.\n\n"
        "I. Introduction\n\n"
        "1. Le terrorisme continue d'évoluer de manière préoccupante.\n\n"
        "2. L'Assemblée générale a adopté la résolution 71/291 le 15 juin 2017.\n\n"
        "II. Activités\n\n"
        "3. Le Bureau a organisé douze ateliers régionaux.\n"
    ),
    "en": (
        "Report of the Secretary-General on countering terrorism\n\n"
        "Summary\n\n"
        "The present report describes the activities carried out during the period.\n\n"
        "I. Introduction\n\n"
        "1. Terrorism continues to evolve in worrying ways.\n\n"
        "2. The General Assembly adopted resolution 71/291 on 15 June 2017.\n\n"
        "II. Activities\n\n"
        "3. The Office organised twelve regional workshops.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_line_above_the_first_roman_heading_names_no_section(lang: str) -> None:
    assert sections(REPORT[lang], lang) == [
        ("I", None),
        ("1", None),
        ("2", None),
        ("II", None),
        ("3", None),
    ]


# An opinion whose romans start again under each capitals heading: those headings are the
# outline's top level, and name the sections of the romans under them.
OPINION = {
    "fr": (
        "Arrêt de la cour d'appel\n\n"
        "CONTEXTE\n\n"
        "I. L'enquête\n\n"
        "Au printemps 2022, le service a ouvert une enquête.\n\n"
        "II. La procédure\n\n"
        "Le prévenu a été arrêté le 4 avril 2023.\n\n"
        "DISCUSSION\n\n"
        "I. Le caractère suffisant des preuves\n\n"
        "Le prévenu conteste le caractère suffisant des preuves.\n"
    ),
    "en": (
        "Opinion of the Court of Appeals\n\n"
        "BACKGROUND\n\n"
        "I. The Investigation\n\n"
        "In the spring of 2022, the Bureau opened an investigation.\n\n"
        "II. Procedural History\n\n"
        "The defendant was arrested on April 4, 2023.\n\n"
        "DISCUSSION\n\n"
        "I. Sufficiency of the Evidence\n\n"
        "The defendant challenges the sufficiency of the evidence.\n"
    ),
}
OPINION_TOP = {"fr": "CONTEXTE", "en": "BACKGROUND"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_romans_starting_again_keep_the_headings_above_them(lang: str) -> None:
    assert sections(OPINION[lang], lang)[:2] == [
        ("I", OPINION_TOP[lang]),
        ("II", OPINION_TOP[lang]),
    ]
