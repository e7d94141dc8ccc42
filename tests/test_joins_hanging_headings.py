"""A numbered heading in capitals wrapped onto a second line set in under its first word
(a hanging indent, as a PDF copy prints ``CHAPTER 3          SURVEILLANCE …`` over
``                   AT BORDERS``) is one heading: its title is both lines' words, and the
second line opens no section of its own (guidelines §1a: a chapter's or numbered
heading's title is its heading text; heldout29 gold). A heading closed by its full stop,
or a second line in small letters, or flush with the margin, stays apart.

French and English rows side by side; the expected titles read off the texts by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.normalise._joins import hanging_capitals
from ctdocs.normalise._physline import PhysLine


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        (
            "Inter-American report on borders\n\nCHAPTER 3          BIOMETRIC DATA AND THE "
            "EXCHANGE OF PASSENGER\n                   RECORDS AT LAND BORDERS\n\nA.   "
            "Introduction\n\n1.   States have expanded the collection of biometric data at "
            "land borders since 2015.\n",
            "Chapter 3",
            "BIOMETRIC DATA AND THE EXCHANGE OF PASSENGER RECORDS AT LAND BORDERS",
        ),
        (
            "Rapport interaméricain sur les frontières\n\nCHAPITRE 3         DONNÉES "
            "BIOMÉTRIQUES ET ÉCHANGE DES DOSSIERS\n                   PASSAGERS AUX "
            "FRONTIÈRES TERRESTRES\n\nA.   Introduction\n\n1.   Les États ont étendu la "
            "collecte de données biométriques aux frontières depuis 2015.\n",
            "Chapter 3",
            "DONNÉES BIOMÉTRIQUES ET ÉCHANGE DES DOSSIERS PASSAGERS AUX FRONTIÈRES TERRESTRES",
        ),
        (
            "Annual review\n\n2.   MEASURES TAKEN BY THE GOVERNMENT TO PROTECT CROWDED\n     "
            "PLACES AND CRITICAL INFRASTRUCTURE\n\n2.1  The Government published guidance "
            "for venues in 2025.\n\n2.2  Police forces trained 4,000 staff.\n",
            "2",
            "MEASURES TAKEN BY THE GOVERNMENT TO PROTECT CROWDED PLACES AND CRITICAL "
            "INFRASTRUCTURE",
        ),
        (
            "Bilan annuel\n\nIV.  MESURES PRISES PAR LE GOUVERNEMENT POUR PROTÉGER LES\n     "
            "LIEUX DE RASSEMBLEMENT\n\n1.   Le Gouvernement a publié un guide pour les salles "
            "en 2025.\n",
            "IV",
            "MESURES PRISES PAR LE GOUVERNEMENT POUR PROTÉGER LES LIEUX DE RASSEMBLEMENT",
        ),
    ],
)
def test_a_wrapped_capital_heading_is_one_title(text: str, number: str, title: str) -> None:
    doc = parse_text(text)
    clauses = doc.clauses()
    assert clauses[0].number == number
    assert clauses[0].title == title
    assert all(c.section is None for c in clauses)


@pytest.mark.parametrize(
    ("text", "numbers", "title"),
    [
        (
            "PART II        OFFENCES\n               DIVISION 1\n\n1. A person commits an "
            "offence if the person finances terrorism.\n",
            ["Part II", "Division 1", "1"],
            "OFFENCES",
        ),
        (
            "PARTIE II      INFRACTIONS\n               CHAPITRE 1\n\n1. Est puni de dix ans "
            "d'emprisonnement le fait de financer une entreprise terroriste.\n",
            ["Part II", "Chapter 1", "1"],
            "INFRACTIONS",
        ),
    ],
)
def test_a_label_below_a_heading_is_the_next_heading(
    text: str, numbers: list[str], title: str
) -> None:
    clauses = parse_text(text).clauses()
    assert [c.number for c in clauses] == numbers
    assert clauses[0].title == title


@pytest.mark.parametrize(
    "text",
    [
        "NATIONAL CONTACT POINTS\n\nThe following authorities are designated.\n\n"
        "1.  UNITED KINGDOM      HOME OFFICE\n    FRANCE              SGDSN\n"
        "2.  GERMANY             BKA\n\n3. Each authority shall reply within ten days.\n",
        "POINTS DE CONTACT NATIONAUX\n\nLes autorités suivantes sont désignées.\n\n"
        "1.  ROYAUME-UNI         HOME OFFICE\n    FRANCE              SGDSN\n"
        "2.  ALLEMAGNE           BKA\n\n3. Chaque autorité répond sous dix jours.\n",
    ],
)
def test_a_capitals_table_keeps_its_numbered_rows(text: str) -> None:
    assert [c.number for c in parse_text(text).clauses()] == ["1", "2", "3"]


def _line(text: str) -> PhysLine:
    return PhysLine([(text.strip(), 0)], None, [], False, len(text) - len(text.lstrip()), 0)


@pytest.mark.parametrize(
    ("above", "below", "joins"),
    [
        ("CHAPTER 3          SURVEILLANCE AND DATA", "                   AT BORDERS", True),
        ("CHAPITRE 3         SURVEILLANCE ET DONNÉES", "                   AUX FRONTIÈRES", True),
        # closed by its full stop: the heading ends there
        ("4.   INTRODUCTION.", "     BACKGROUND TO THE REVIEW", False),
        ("4.   INTRODUCTION.", "     CONTEXTE DE L'EXAMEN", False),
        # the line below in small letters: a paragraph set in under the number
        ("2.   INTERPRETATION", "     In these Regulations, the Act means", False),
        ("2.   DÉFINITIONS", "     Au sens du présent décret, on entend", False),
        # flush with the margin, not under the heading's first word
        ("CHAPTER 3          SURVEILLANCE", "PART ONE", False),
        ("CHAPITRE 3         SURVEILLANCE", "PREMIÈRE PARTIE", False),
        # a structural label of its own under the title: the next heading, not its rest
        ("PART II        OFFENCES", "               DIVISION 1", False),
        ("PARTIE II      INFRACTIONS", "               CHAPITRE 1", False),
        # columns of a plain-text table in capitals: rows, not one heading
        ("1.  UNITED KINGDOM      HOME OFFICE", "    FRANCE              SGDSN", False),
        ("1.  ROYAUME-UNI         HOME OFFICE", "    FRANCE              SGDSN", False),
    ],
)
def test_hanging_capitals(above: str, below: str, joins: bool) -> None:
    assert hanging_capitals(_line(above), above, _line(below), below, 0) is joins
