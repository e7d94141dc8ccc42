"""The citation of capital-letter section headings under roman ones
(ctdocs.structure._capitals; guidelines §1a: ``A. Prévention`` is ``A``).

The body numbers such a heading under its roman (``II(A)``) while it reads; once the document
is read each gets its letter alone, or ``II.A`` where the document's letters start again
under each roman or a bare letter is already another clause's number. French and English
titles side by side; the expected numbers were worked out by hand from §1a and the held-out
gold's form for a collision (``II.A``), never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs.structure._blocks import RawBlock
from ctdocs.structure._capitals import cite_capital_sections

TITLES = {
    "fr": ["Introduction", "Évolution de la menace", "Aperçu", "Financement", "Action menée"],
    "en": ["Introduction", "Evolution of the threat", "Overview", "Financing", "Action taken"],
}


def _blocks(outline: list[tuple[str, int | None, str]], lang: str) -> list[RawBlock]:
    """Clause blocks (number, parent index, family) as the body leaves them, titled."""
    names = TITLES[lang]
    blocks: list[RawBlock] = []
    for k, (number, parent, family) in enumerate(outline):
        b = RawBlock("clause", k, k + 1, "", number=number, parent=parent, family=family)
        b.title = names[k % len(names)]
        b.parent_number = blocks[parent].number if parent is not None else None
        blocks.append(b)
    return blocks


def _cited(blocks: list[RawBlock]) -> list[tuple[str, str | None]]:
    cite_capital_sections(blocks)
    return [(b.number, b.parent_number) for b in blocks]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_letters_that_do_not_repeat_are_cited_alone(lang: str) -> None:
    blocks = _blocks(
        [
            ("I", None, "roman"),
            ("I(A)", 0, "capital"),
            ("1", 1, ""),
            ("I(B)", 0, "capital"),
            ("I(B)(1)", 3, "number"),  # a heading numbered afresh under B
            ("I(B)(1)(a)", 4, "alpha"),
            ("II", None, "roman"),
            ("II(C)", 6, "capital"),
        ],
        lang,
    )
    assert _cited(blocks) == [
        ("I", None),
        ("A", "I"),
        ("1", "A"),
        ("B", "I"),
        ("B(1)", "B"),
        ("B(1)(a)", "B(1)"),
        ("II", None),
        ("C", "II"),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_letters_that_start_again_under_each_roman_keep_it(lang: str) -> None:
    blocks = _blocks(
        [
            ("I", None, "roman"),
            ("I(A)", 0, "capital"),
            ("I(A)(1)", 1, "number"),
            ("II", None, "roman"),
            ("II(A)", 3, "capital"),
            ("2", 4, ""),
            ("II(B)", 3, "capital"),
        ],
        lang,
    )
    assert _cited(blocks) == [
        ("I", None),
        ("I.A", "I"),
        ("I.A(1)", "I.A"),
        ("II", None),
        ("II.A", "II"),
        ("2", "II.A"),
        ("II.B", "II"),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_letter_another_clause_holds_keeps_the_roman(lang: str) -> None:
    # an EU resolution's recital A before a report's roman part: a bare A would collide
    blocks = _blocks(
        [("A", None, ""), ("I", None, "roman"), ("I(A)", 1, "capital"), ("I(B)", 1, "capital")],
        lang,
    )
    assert _cited(blocks) == [("A", None), ("I", None), ("I.A", "I"), ("I.B", "I")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_capital_heading_in_an_annex_stays_in_its_space(lang: str) -> None:
    blocks = _blocks(
        [
            ("Annex(II)", None, "roman"),
            ("Annex(II)(A)", 0, "capital"),
            ("Annex(2)", 1, ""),
        ],
        lang,
    )
    assert _cited(blocks) == [
        ("Annex(II)", None),
        ("Annex(A)", "Annex(II)"),
        ("Annex(2)", "Annex(A)"),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lettered_item_under_a_paragraph_is_no_capital_section(lang: str) -> None:
    # "II(A)" here is an item (A) under paragraph II of an act, not a heading: left alone
    blocks = _blocks([("II", None, "roman"), ("II(A)", 0, "upper-alpha")], lang)
    assert _cited(blocks) == [("II", None), ("II(A)", "II")]
