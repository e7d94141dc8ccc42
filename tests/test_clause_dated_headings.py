"""A heading that is only a date (``<h3>11 June 2026</h3>`` over an update, ``#### 3 July
2026`` or ``<h3>3 Juillet 2026</h3>`` in a timeline) opens with no clause number: the day
is no paragraph's number (guidelines §1: dates at line start in a timeline are not clause
numbers), so the items of the update below keep their own citation (``(a)``, not
``11(a)``). A numbered heading whose title holds a year or a month's name (``2 Budget
2026``, ``3 Mai 2026 en chiffres``, ``3 March on the capital``) is no date and stays a
clause.

Each text is written for the test in a shape no batch has (HTML and Markdown headings,
French and English); the expected values were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

DATED = [
    (
        "<html><body><h1>Investigation into a video-sharing service</h1><h2>Updates</h2>"
        "<h3>11 June 2026</h3><p>Ofcom has issued a provisional notice. The provider has: "
        "(a) failed to assess the risk; (b) failed to remove terrorist content; and (c) "
        "failed to report to the police.</p><h3>19 March 2026</h3><p>We have issued a "
        "second information notice.</p><h3>3 February 2026</h3><p>We opened this "
        "investigation.</p></body></html>",
        ["(a)", "(b)", "(c)"],
    ),
    (
        "<html><body><h1>Chronologie de l'enquête</h1><h3>1er Juillet 2026</h3><p>Le "
        "parquet a ouvert une information judiciaire pour : a) association de malfaiteurs "
        "terroriste ; b) financement du terrorisme.</p><h3>3 Juillet 2026</h3><p>Deux "
        "suspects ont été mis en examen.</p></body></html>",
        ["(a)", "(b)"],
    ),
]


@pytest.mark.parametrize(("html", "numbers"), DATED)
def test_a_dated_heading_numbers_no_clause(html: str, numbers: list[str]) -> None:
    clauses = parse_text(html, layout="html").clauses()
    assert [c.number for c in clauses] == numbers


MARKDOWN = [
    (
        "# Timeline of the inquiry\n\n#### 12 June 2026\n\nThe prosecutor opened an "
        "inquiry into: (a) terrorist conspiracy; (b) terrorist financing.\n\n"
        "#### 3 July 2026\n\nTwo suspects were charged.\n"
    ),
    (
        "# Chronologie de l'enquête\n\n#### 2 Juin 2026\n\nLe parquet a ouvert une "
        "information pour : a) association de malfaiteurs terroriste ; b) financement du "
        "terrorisme.\n\n#### 3 Juillet 2026\n\nDeux suspects ont été mis en examen.\n"
    ),
]


@pytest.mark.parametrize("text", MARKDOWN)
def test_a_dated_markdown_heading_numbers_no_clause(text: str) -> None:
    clauses = parse_text(text, layout="markdown").clauses()
    assert [c.number for c in clauses] == ["(a)", "(b)"]


NUMBERED = [
    (
        "<html><body><h1>Rapport annuel</h1><h3>2 Budget 2026</h3><p>Le budget a "
        "augmenté d'un dixième.</p><h3>3 Mai 2026 en chiffres</h3><p>Le mois a été "
        "calme.</p></body></html>",
        [("2", "Budget 2026"), ("3", "Mai 2026 en chiffres")],
    ),
    (
        "<html><body><h1>Annual report</h1><h3>2 Budget 2026</h3><p>The budget rose by a "
        "tenth.</p><h3>3 March on the capital</h3><p>The march was peaceful.</p>"
        "</body></html>",
        [("2", "Budget 2026"), ("3", "March on the capital")],
    ),
]


@pytest.mark.parametrize(("html", "clauses"), NUMBERED)
def test_a_numbered_heading_with_a_year_stays_a_clause(
    html: str, clauses: list[tuple[str, str]]
) -> None:
    got = parse_text(html, layout="html").clauses()
    assert [(c.number, c.title) for c in got] == clauses
