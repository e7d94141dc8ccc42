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


# The same parts set as plain lines (a PDF's text, a plain-text plan): a word no data lists,
# a number and a title after a dash, the items numbered afresh under each (guidelines §1a:
# "Axe 1" form; the numbers restart, so they are cited under their part).
PLAIN_WORDED = {
    "fr": (
        "PLAN NATIONAL D'ACTION DE PRÉVENTION DE L'EXTRÉMISME VIOLENT\n\n"
        "Cadre stratégique\n\n"
        "Levier 1 — Prévention en milieu scolaire\n"
        "1. Former chaque chef d'établissement à la détection de la radicalisation.\n"
        "2. Créer une ligne d'écoute pour les familles.\n\n"
        "Levier 2 — Contenus en ligne\n"
        "1. Mettre en place une unité nationale de signalement des contenus terroristes.\n"
        "2. Publier un rapport annuel de transparence.\n"
    ),
    "en": (
        "NATIONAL ACTION PLAN ON PREVENTING VIOLENT EXTREMISM\n\n"
        "Strategic framework\n\n"
        "Lever 1 — Prevention in schools\n"
        "1. Train every head teacher in the detection of radicalisation.\n"
        "2. Create a referral line for families.\n\n"
        "Lever 2 — Online content\n"
        "1. Set up a national unit for reporting terrorist content.\n"
        "2. Publish an annual transparency report.\n"
    ),
}
PLAIN_WORDED_WANT = {
    "fr": [
        ("Levier 1", "Prévention en milieu scolaire"),
        ("Levier 1(1)", None),
        ("Levier 1(2)", None),
        ("Levier 2", "Contenus en ligne"),
        ("Levier 2(1)", None),
        ("Levier 2(2)", None),
    ],
    "en": [
        ("Lever 1", "Prevention in schools"),
        ("Lever 1(1)", None),
        ("Lever 1(2)", None),
        ("Lever 2", "Online content"),
        ("Lever 2(1)", None),
        ("Lever 2(2)", None),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_led_plain_headings_over_restarting_items_are_divisions(lang: str) -> None:
    doc = parse_text(PLAIN_WORDED[lang])
    assert [(c.number, c.title or None) for c in doc.clauses()] == PLAIN_WORDED_WANT[lang]


# A report's findings or lessons numbered with a word, the sentence run in after the number;
# the last one above a plain heading keeps its sentence as text, not as a title (§1a: a
# title names, the run-in sentence is the body).
RUN_IN_WORDED = {
    "fr": (
        "ENSEIGNEMENTS DE L'EXERCICE DU STADE\n\n"
        "Introduction\n\n"
        "L'exercice a testé la réponse des secours à un drone chargé d'un produit chimique.\n\n"
        "Enseignement 1. Le poste de commandement a été installé quarante minutes après.\n\n"
        "Enseignement 2. Les communications radio entre la police et les ambulances.\n\n"
        "Suites à donner\n\n"
        "Le groupe de travail rendra compte au ministre d'ici le 1er octobre 2026.\n"
    ),
    "en": (
        "LESSONS FROM THE STADIUM EXERCISE\n\n"
        "Introduction\n\n"
        "The exercise tested the response to a drone carrying a chemical payload.\n\n"
        "Finding 1: The command post was set up forty minutes after the first alert.\n\n"
        "Finding 2: Radio traffic between police and ambulance crews was not encrypted.\n\n"
        "Next steps\n\n"
        "The working group will report to the minister by 1 October 2026.\n"
    ),
}
RUN_IN_WORDED_WANT = {
    "fr": [
        ("Enseignement 1", None, "Le poste de commandement a été"),
        ("Enseignement 2", None, "Les communications radio entre la police"),
    ],
    "en": [
        ("Finding 1", None, "The command post was set up"),
        ("Finding 2", None, "Radio traffic between police and ambulance"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_led_run_in_paragraphs_in_sequence_are_clauses(lang: str) -> None:
    doc = parse_text(RUN_IN_WORDED[lang])
    got = [(c.number, c.title or None, " ".join(c.text.split()[:6])) for c in doc.clauses()]
    assert got == RUN_IN_WORDED_WANT[lang]


# Captions run 1, 2 … too ("Figure 1: …", "Graphique 2 : …"), and a judgment's grounds are
# headings over paragraphs that run on across them (9 under "Ground 1:", 10 under "Ground
# 2:"): neither is a labelled number space; the paragraphs keep their own numbers.
NOT_WORDED = {
    "fr": (
        "RAPPORT ANNUEL\n\n"
        "1. Le nombre de déclarations de soupçon a augmenté de 12 % en un an.\n\n"
        "Graphique 1 : Déclarations par secteur\n\n"
        "Moyen 1 : défaut de motivation\n\n"
        "2. Les établissements de crédit restent les premiers déclarants du pays.\n\n"
        "Graphique 2 : Déclarations par région\n\n"
        "Moyen 2 : erreur de droit\n\n"
        "3. Les transferts de fonds par téléphone mobile sont en forte hausse.\n"
    ),
    "en": (
        "ANNUAL REPORT\n\n"
        "1. The number of suspicious transaction reports rose by 12 per cent in a year.\n\n"
        "Figure 1: Reports by sector\n\n"
        "Ground 1: procedural fairness\n\n"
        "2. Banks remain the largest reporting entities in the country.\n\n"
        "Figure 2: Reports by region\n\n"
        "Ground 2: error of law\n\n"
        "3. Mobile money transfers are rising fast.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_captions_and_headings_over_running_paragraphs_are_no_labelled_space(lang: str) -> None:
    doc = parse_text(NOT_WORDED[lang])
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]
