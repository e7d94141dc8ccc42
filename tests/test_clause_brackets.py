"""Judgments that number their paragraphs in square brackets (guidelines §1a: a numbered
paragraph, cited ``12``): the courts of New Zealand, Canada, Ireland, the Caribbean and
South Africa print ``[1]``, ``[2]`` … at each paragraph's start. The same shape opens a
page's notes (called in the text before them), a standard's bibliography and a line that a
wrapped cross-reference begins: none of those is a paragraph of the text.

Each text is written for the test in a court's or a publisher's style; the expected
numbers were worked out by hand from the guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._numbering import find_marker

# A New Zealand Court of Appeal judgment (plain text) and a Supreme Court of Canada
# judgment in its French version (Markdown): a contents list that refers to the paragraphs
# ("Introduction [1]", no call of a note), headings, a cross-reference "at [3]" /
# "au par. [3]", an inline list, counsel named with a form of address and an abbreviation
# ("Mr St. Clair"), and a list of orders under the last paragraph.
JUDGMENT = {
    "en": """IN THE COURT OF APPEAL OF NEW ZEALAND

REASONS OF THE COURT

Table of Contents

Introduction [1]
The grounds [3]
Result [5]

Introduction

[1] The appellant was convicted of financing a terrorist entity.

[2] He appeals against conviction only, for the reasons set out at [3] below.

The grounds

[3] Counsel advanced two grounds: (a) that the Judge misdirected the jury; and (b) that the
evidence of the bank records was wrongly admitted.

[4] Mr St. Clair KC submitted that the first ground was the stronger. We do not agree.

Result

[5] The Court orders that:

(1) The appeal is dismissed.

(2) There is no order as to costs.
""",
    "fr": """# COUR SUPRÊME DU CANADA

## Motifs de jugement

Table des matières

Introduction [1]
Les moyens [3]
Dispositif [5]

### Introduction

[1] L'appelant a été déclaré coupable de financement d'une entité terroriste.

[2] Il se pourvoit contre le verdict pour les motifs exposés au par. [3] ci-dessous.

### Les moyens

[3] L'avocat a soulevé deux moyens : a) le juge aurait donné de mauvaises directives au
jury; b) la preuve des relevés bancaires aurait été admise à tort.

[4] Me St. Pierre a soutenu que le premier moyen était le plus fort. Nous ne sommes pas d'accord.

### Dispositif

[5] La Cour ordonne ce qui suit :

(1) L'appel est rejeté.

(2) Aucuns dépens ne sont adjugés.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bracketed_paragraphs_are_numbered_paragraphs(lang: str) -> None:
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [
        "1",
        "2",
        "3",
        "3(a)",
        "3(b)",
        "4",
        "5",
        "5(1)",
        "5(2)",
    ]
    first = {"en": "The appellant was convicted", "fr": "L'appelant a été déclaré"}[lang]
    one = doc.clause("1")
    assert one is not None and one.text.startswith(first) and one.title is None
    section = {"en": "The grounds", "fr": "Les moyens"}[lang]
    three = doc.clause("3")
    assert three is not None and three.section == section
    # "Mr St." opens a name, not a run-in title closed by its full stop
    four = doc.clause("4")
    assert four is not None and four.title is None
    assert four.text.startswith({"en": "Mr St. Clair KC", "fr": "Me St. Pierre a"}[lang])


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("[12] The report was plainly hearsay.", "12"),
        ("[12] Le rapport constituait un ouï-dire.", "12"),
        ("[47]. The blanket retention went beyond the statute.", None),  # a wrapped citation
        ("[1](https://example.org) a link", None),
        ("[12]", None),  # nothing after it: no paragraph
    ],
)
def test_bracketed_number_opens_a_paragraph_only_before_its_text(
    line: str, value: str | None
) -> None:
    m = find_marker(line)
    got = m.value if m is not None and m.kind == "number" else None
    assert got == value


# A web page with its notes at the foot ("(2018)[1]" calls the first, in unnumbered prose),
# and a standard's
# bibliography: the bracketed numbers there cite other works.
NOTES = {
    "en": """Good practices on biometrics

States should collect biometric data responsibly, as the compendium recommends (2018)[1].
They should share data through INTERPOL [2].

Related documents

[1] United Nations Compendium of Recommended Practices, June 2018.

[2] INTERPOL, Biometric data, 2019.
""",
    "fr": """Bonnes pratiques en matière de biométrie

Les États devraient collecter les données biométriques avec prudence (2018)[1].
Ils devraient partager les données par l'intermédiaire d'INTERPOL [2].

Documents liés

[1] Recueil des pratiques recommandées des Nations Unies, juin 2018.

[2] INTERPOL, Données biométriques, 2019.
""",
}

BIBLIOGRAPHY = {
    "en": """# Security and resilience — Protection of critical sites against unmanned aircraft

## 1 Scope

This document gives guidelines for the protection of critical sites.

## 2 Terms

Terms are defined in the referenced standards.

## Bibliography

[1] ISO 22340, *Security and resilience — Protective security*

[2] ISO 31000:2018, *Risk management — Guidelines*
""",
    "fr": """# Sécurité et résilience — Protection des sites critiques contre les drones

## 1 Domaine d'application

Le présent document donne des lignes directrices pour la protection des sites critiques.

## 2 Termes

Les termes sont définis dans les normes citées.

## Bibliographie

[1] ISO 22340, *Sécurité et résilience — Sécurité de protection*

[2] ISO 31000:2018, *Management du risque — Lignes directrices*
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_called_notes_are_no_paragraphs(lang: str) -> None:
    doc = parse_text(NOTES[lang], language=lang)  # type: ignore[arg-type]
    assert doc.clauses() == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bibliography_entries_are_no_clauses(lang: str) -> None:
    doc = parse_text(BIBLIOGRAPHY[lang], language=lang, layout="markdown")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Conclusion\n\nThe States agreed to report by 2021.\n\n[1] A lone note.\n"),
        ("fr", "Conclusion\n\nLes États sont convenus d'un rapport en 2021.\n\n[1] Une note.\n"),
    ],
)
def test_lone_bracketed_one_is_no_paragraph(lang: str, text: str) -> None:
    assert parse_text(text, language=lang).clauses() == []  # type: ignore[arg-type]


# A converted judgment whose [3] lost its brackets ("3] …" runs into paragraph 2), and a
# wrapped cross-reference "[9] …" opening a line inside paragraph 5: the run goes on past
# the gap at [4] (which [5] continues), and [9] (which [6], not [10], follows) is none.
GAPPED = {
    "en": """[1] The appellant appeals against conviction.

[2] The grounds are set out below. 3] The first ground concerns the jury.

[4] The second ground concerns the evidence.

[5] The Judge referred to the reasoning at
[9] below, which we adopt.

[6] The appeal is dismissed.
""",
    "fr": """[1] L'appelant se pourvoit contre le verdict.

[2] Les moyens sont exposés ci-dessous. 3] Le premier moyen concerne le jury.

[4] Le second moyen concerne la preuve.

[5] Le juge a renvoyé au raisonnement exposé au par.
[9] ci-dessous, que nous adoptons.

[6] L'appel est rejeté.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_run_goes_on_past_a_lost_number_but_not_into_a_cross_reference(lang: str) -> None:
    doc = parse_text(GAPPED[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "4", "5", "6"]
