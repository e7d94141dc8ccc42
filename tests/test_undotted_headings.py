"""Numbered headings printed with no dot after their number (``I Scope``, ``1 Introduction``,
``A Overview``; structure._undotted.undotted_headings): a sequence of heading-shaped lines,
each over body text, is read as the dotted headings are (guidelines §1a: a roman or
capital-letter section heading is a clause whose title is the heading's text; a numbered
heading standing alone on its line is a clause whose text is its title). A lone such line,
or a contents list whose entries follow one another, is no sequence and stays unnumbered.
The texts are our own, one per language."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ROMAN = {
    "fr": (
        "Rapport du Secrétaire général\n\n"
        "I Introduction\n\n"
        "1. Le présent rapport est soumis en application de la résolution adoptée par "
        "l'Assemblée générale.\n\n"
        "II Évaluation de la menace\n\n"
        "A Vue d'ensemble\n\n"
        "2. La menace terroriste reste élevée dans plusieurs régions du monde.\n\n"
        "B Combattants terroristes étrangers\n\n"
        "3. Les États Membres ont poursuivi le rapatriement de leurs ressortissants.\n\n"
        "III Observations\n\n"
        "4. Les États Membres doivent renforcer leur coopération judiciaire.\n"
    ),
    "en": (
        "Report of the Secretary-General\n\n"
        "I Introduction\n\n"
        "1. The present report is submitted pursuant to the resolution adopted by the "
        "General Assembly.\n\n"
        "II Threat assessment\n\n"
        "A Overview\n\n"
        "2. The terrorist threat remains high in several regions of the world.\n\n"
        "B Foreign terrorist fighters\n\n"
        "3. Member States continued to repatriate their nationals.\n\n"
        "III Observations\n\n"
        "4. Member States should strengthen their judicial cooperation.\n"
    ),
}
# by hand from the guidelines (§1a table: `A. Prévention` is `A`; paragraph numbers run
# across roman and letter sections and keep their own): romans I-III with their titles,
# the capital letters under II cited by their letter, as no other roman restarts them
ROMAN_WANT = {
    "fr": [
        ("I", "Introduction"),
        ("1", None),
        ("II", "Évaluation de la menace"),
        ("A", "Vue d'ensemble"),
        ("2", None),
        ("B", "Combattants terroristes étrangers"),
        ("3", None),
        ("III", "Observations"),
        ("4", None),
    ],
    "en": [
        ("I", "Introduction"),
        ("1", None),
        ("II", "Threat assessment"),
        ("A", "Overview"),
        ("2", None),
        ("B", "Foreign terrorist fighters"),
        ("3", None),
        ("III", "Observations"),
        ("4", None),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_undotted_roman_and_letter_headings_are_clauses(lang: str) -> None:
    doc = parse_text(ROMAN[lang])
    got = [(c.number, c.title or None) for c in doc.clauses()]
    assert got == ROMAN_WANT[lang]


LONE = {
    "fr": (
        "Déclaration finale\n\n"
        "VII Le chemin à suivre\n\n"
        "1. Les participants s'engagent à poursuivre leur coopération.\n\n"
        "2. Ils se réuniront de nouveau l'année prochaine.\n"
    ),
    "en": (
        "Final statement\n\n"
        "VII The way forward\n\n"
        "1. The participants commit to pursuing their cooperation.\n\n"
        "2. They will meet again next year.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_undotted_heading_is_no_sequence(lang: str) -> None:
    doc = parse_text(LONE[lang])
    assert [c.number for c in doc.clauses()] == ["1", "2"]


CONTENTS = {
    "fr": (
        "Guide pratique\n\n"
        "Sommaire\n"
        "1 Introduction\n"
        "2 Champ d'application\n"
        "3 Mesures de protection\n\n"
        "Le présent guide s'adresse aux exploitants des sites sensibles et aux préfectures "
        "qui les contrôlent.\n"
    ),
    "en": (
        "Practical guide\n\n"
        "Contents\n"
        "1 Introduction\n"
        "2 Scope\n"
        "3 Protective measures\n\n"
        "This guide is addressed to the operators of sensitive sites and to the authorities "
        "that inspect them.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_entries_one_under_another_are_no_headings(lang: str) -> None:
    doc = parse_text(CONTENTS[lang])
    assert [c.number for c in doc.clauses()] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wide_gap_after_the_number_reads_the_same(lang: str) -> None:
    """``II   Threat assessment``: the gap a PDF leaves after the number (the layout marks
    the line as gapped) does not hide the sequence."""
    gapped = ROMAN[lang]
    for number in ("III", "II", "I", "A", "B"):
        gapped = gapped.replace(f"\n{number} ", f"\n{number}   ")
    doc = parse_text(gapped)
    assert [(c.number, c.title or None) for c in doc.clauses()] == ROMAN_WANT[lang]


# Markdown headings led by a word no numbering data lists, then a number and a title
# (structure._undotted.worded_headings): the parts of a procedure, cited with their word
# as "Axe 1" is (guidelines §1a) and holding the items numbered under them.
WORDED = {
    "fr": (
        "# Fiche de procédure\n\n"
        "## Déroulement\n\n"
        "### Étape 1 — Alerte\n\n"
        "Le premier témoin prévient le centre de traitement des appels.\n\n"
        "### Étape 2 — Intervention\n\n"
        "1. Établir un périmètre de sécurité autour du site.\n"
        "2. Évacuer les personnes présentes vers le point de rassemblement.\n"
    ),
    "en": (
        "# Procedure sheet\n\n"
        "## Sequence\n\n"
        "### Stage 1 — Alert\n\n"
        "The first witness alerts the emergency call centre.\n\n"
        "### Stage 2 — Response\n\n"
        "1. Set up a security perimeter around the site.\n"
        "2. Evacuate the people present to the assembly point.\n"
    ),
}
WORDED_WANT = {
    "fr": [
        ("Étape 1", "Alerte", "Déroulement"),
        ("Étape 2", "Intervention", "Déroulement"),
        ("Étape 2(1)", None, "Déroulement"),
        ("Étape 2(2)", None, "Déroulement"),
    ],
    "en": [
        ("Stage 1", "Alert", "Sequence"),
        ("Stage 2", "Response", "Sequence"),
        ("Stage 2(1)", None, "Sequence"),
        ("Stage 2(2)", None, "Sequence"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_led_markup_headings_in_sequence_are_divisions(lang: str) -> None:
    doc = parse_text(WORDED[lang], layout="markdown")
    got = [(c.number, c.title or None, c.section or None) for c in doc.clauses()]
    assert got == WORDED_WANT[lang]
