"""A name found by shape in a table row (extract/_unlinked_cells.py): a person named in
a cell written as prose is kept (a judgment's composition and parties), a name that is a
cell's label is not. Texts written for these tests in the styles of a French-language
and an English-language judgment; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_cells import in_table_row


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        (
            "fr",
            "| | |\n|---|---|\n| Composition | Les juges Nathalie Perret-Monnier, juge "
            "présidente, et Fabienne Aebischer-Dupraz, la greffière Sarah Jaquier-Rossel |\n\n"
            "Le tribunal a statué sur la demande.\n",
            {"Nathalie Perret-Monnier", "Fabienne Aebischer-Dupraz", "Sarah Jaquier-Rossel"},
        ),
        (
            "en",
            "| | |\n|---|---|\n| Counsel | Mr Daniel Okafor-Reid, instructed by the "
            "solicitors for the applicant |\n\nThe court heard the application.\n",
            {"Daniel Okafor-Reid"},
        ),
    ],
)
def test_a_person_in_a_prose_cell_is_kept(lang: str, text: str, persons: set[str]) -> None:
    assert persons <= _persons(text, lang)


@pytest.mark.parametrize(
    ("text", "name", "person", "yields"),
    [
        ("| Juge | Nathalie Perret-Monnier |", "Nathalie Perret-Monnier", True, True),
        ("| Judge | Daniel Okafor-Reid |", "Daniel Okafor-Reid", True, True),
        ("| Composition | la juge Nathalie Perret-Monnier, présidente |", "Nathalie", True, False),
        ("| Counsel | Daniel Okafor-Reid, instructed by the firm |", "Daniel", True, False),
        # a body in a table row yields, prose or not
        ("| Reports | agreed by the Working Group in June |", "Working Group", False, True),
        ("| Rapports | adoptés par le Groupe de travail en juin |", "Groupe", False, True),
        # not in a table
        ("La juge Nathalie Perret-Monnier préside.", "Nathalie", True, False),
    ],
)
def test_which_names_in_a_table_row_yield(text: str, name: str, person: bool, yields: bool) -> None:
    start = text.index(name)
    assert in_table_row(text, start, start + len(name), person=person) is yields
