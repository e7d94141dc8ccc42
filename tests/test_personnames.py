"""Persons' names in a field's value (src/ctdocs/layout/_personnames.py): a signature's
shape, initials before a surname, a form of address before a name; an article or a roman
numeral that opens a title is no initial. French and English rows side by side."""

from __future__ import annotations

import pytest

from ctdocs.layout._personnames import names_person


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Me R. Tipene pour le ministère public", True),
        ("R M Tipene and J Ah-Kuoi for Crown", True),
        ("Mme L. Fong", True),
        ("Ms L. Fong", True),
        ("M. Alain Dupont, président", True),
        ("Mr Alistair J. Penrose, State Coroner", True),
        ("Édith LAGUERRE", True),
        ("N Dlamini SC with T Pillay", True),
        ("Jean-Marc Dupuis", False),
        ("Niamh O'Sullivan", False),
        ("Comité des droits", False),
        ("A Study of Returnees", False),
        ("I Introduction", False),
        ("30 octobre 2026", False),
        ("30 October 2026", False),
    ],
)
def test_names_person(value: str, expected: bool) -> None:
    assert names_person(value) is expected
