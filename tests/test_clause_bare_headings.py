"""A report whose section headings and paragraphs are both numbered with no dot, French and
English side by side (a government web page's annual report: headings ``## 1 Introduction``,
``### 2.1 Listing``, and paragraphs ``1 The Program …`` running 1, 2, 3 … across them).

The two sequences collide: heading 2 and paragraph 2 cannot both be clause ``2``. The
paragraphs' run is what the report is cited by (guidelines §1a: paragraph numbers run
across sections and keep their own number), so a bare-numbered heading standing before
the run's end is an unnumbered heading, the section of what follows (its words without
the number); a decimal heading collides with no paragraph and stays a clause titled by
its text. A list ``1.``–``2.`` that a paragraph's colon leads in holds that paragraph's
items (``4(1)``), and no longer hides the bare run as dotted paragraphs would.

A circular's paragraphs 1 to 3 followed by an annex whose own outline opens at
``### 1 INTRODUCTION`` are no collision: the heading stands past the run.

Each text is written for the test; expectations worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import Document, parse_text

Row = tuple[str, str | None, str | None, str]


def _rows(doc: Document) -> list[Row]:
    """(number, title, section, first four words of the text) of every clause."""
    return [(c.number, c.title, c.section, " ".join(c.text.split()[:4])) for c in doc.clauses()]


REPORT = {
    "en": """# Annual Report on the Watch List Program

## 1 Introduction

1 The Watch List Program is the country's aviation security program and is run by the Department.

2 The Act requires the Minister to table a report each year on the administration of the Act.

## 2 How the Program works

### 2.1 Listing

3 The Minister may list a person where there are reasonable grounds to suspect a threat.

4 The Agency made two recommendations to the Department in its review:

1. that the Program record the reasons for each decision;
2. that the Department publish the number of persons removed.

## 3 Looking ahead

5 In the coming year the Department will review its screening rules with the carriers.
""",
    "fr": """# Rapport annuel sur le Programme de liste de surveillance

## 1 Introduction

1 Le Programme de liste de surveillance est le programme de sûreté aérienne du pays.

2 La Loi exige que le ministre dépose chaque année un rapport sur son application.

## 2 Fonctionnement du Programme

### 2.1 Inscription

3 Le ministre peut inscrire une personne s'il a des motifs raisonnables de soupçonner une menace.

4 L'Office a formulé deux recommandations au Ministère dans son examen :

1. que le Programme consigne les motifs de chaque décision ;
2. que le Ministère publie le nombre de personnes radiées.

## 3 Perspectives

5 Au cours de l'année à venir, le Ministère examinera ses règles de contrôle avec les transporteurs.
""",
}

EXPECTED = {
    "en": [
        ("1", None, "Introduction", "The Watch List Program"),
        ("2", None, "Introduction", "The Act requires the"),
        ("2.1", "Listing", "How the Program works", ""),
        ("3", None, "How the Program works", "The Minister may list"),
        ("4", None, "How the Program works", "The Agency made two"),
        ("4(1)", None, "How the Program works", "that the Program record"),
        ("4(2)", None, "How the Program works", "that the Department publish"),
        ("5", None, "Looking ahead", "In the coming year"),
    ],
    "fr": [
        ("1", None, "Introduction", "Le Programme de liste"),
        ("2", None, "Introduction", "La Loi exige que"),
        ("2.1", "Inscription", "Fonctionnement du Programme", ""),
        ("3", None, "Fonctionnement du Programme", "Le ministre peut inscrire"),
        ("4", None, "Fonctionnement du Programme", "L'Office a formulé deux"),
        ("4(1)", None, "Fonctionnement du Programme", "que le Programme consigne"),
        ("4(2)", None, "Fonctionnement du Programme", "que le Ministère publie"),
        ("5", None, "Perspectives", "Au cours de l'année"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bare_headings_give_way_to_the_paragraph_run(lang: str) -> None:
    assert _rows(parse_text(REPORT[lang], lang, layout="markdown")) == EXPECTED[lang]  # type: ignore[arg-type]


CIRCULAR = {
    "en": """# Guidance on unmanned aircraft near ports

1 The Committee, at its session in May 2026, approved the guidance set out in the annex.

2 The Committee noted that attacks using unmanned aircraft against ships have increased.

3 Member Governments are invited to bring the annexed guidance to the attention of all parties.

## ANNEX

### 1 INTRODUCTION

1.1 This guidance is intended to assist Governments and port facilities.
""",
    "fr": """# Directives sur les aéronefs sans équipage près des ports

1 Le Comité, à sa session de mai 2026, a approuvé les directives figurant en annexe.

2 Le Comité a noté que les attaques de navires au moyen d'aéronefs sans équipage augmentent.

3 Les Gouvernements membres sont invités à porter les directives annexées à l'attention de tous.

## ANNEXE

### 1 INTRODUCTION

1.1 Les présentes directives visent à aider les Gouvernements et les installations portuaires.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_annex_outline_past_the_run_keeps_its_numbers(lang: str) -> None:
    rows = _rows(parse_text(CIRCULAR[lang], lang, layout="markdown"))  # type: ignore[arg-type]
    titled = [r for r in rows if r[1] == "INTRODUCTION"]
    assert len(titled) == 1, rows
    assert [r[0] for r in rows][:3] == ["1", "2", "3"]
