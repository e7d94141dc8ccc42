"""Persons' names in a field's value (src/ctdocs/layout/_personnames.py): a signature's
shape, initials before a surname, a form of address before a name; an article or a roman
numeral that opens a title is no initial. French and English rows side by side."""

from __future__ import annotations

import pytest

from ctdocs.layout._personnames import (
    names_bench,
    names_person,
    names_person_firmly,
    record_label,
)


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
        ("B Division Papers", False),
        ("C Politique de sécurité", False),
        ("30 octobre 2026", False),
        ("30 October 2026", False),
    ],
)
def test_names_person(value: str, expected: bool) -> None:
    assert names_person(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Me R. Tipene pour le ministère public", True),
        ("R M Tipene and J Ah-Kuoi for Crown", True),
        ("J Ah-Kuoi, avocat", True),
        ("N Dlamini SC with T Pillay", True),
        ("Mme L. Fong", True),
        ("Ms R. Tamihana", True),
        ("Mr Alistair J. Penrose, State Coroner", True),
        ("M. Alain R. Dupont, président", True),
        ("Édith LAGUERRE", True),
        ("Mme Claire Dubois", False),
        ("Dr Jane Whitfield", False),
        ("M. Alain Dupont, président", False),
        ("C Politique de sécurité", False),
        ("B Division Papers", False),
    ],
)
def test_names_person_firmly(value: str, expected: bool) -> None:
    """A court's or a signature's shape; a form of address before a full given name is a
    site's author card's as much as a court's, and a capital that opens a title no initial."""
    assert names_person_firmly(value) is expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Auteur :", True),
        ("Author:", True),
        ("Contact  presse :", True),
        ("Media contact:", True),
        ("Avocat :", False),
        ("Counsel:", False),
        ("Comparutions :", False),
        ("Appearances:", False),
    ],
)
def test_record_label(label: str, expected: bool) -> None:
    assert record_label(label) is expected


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Devant :", "M. le Juge Teodor Vasilescu,", True),
        ("Before:", "Mr Justice Harrow", True),
        ("Pour l'intimé :", "Me Alice Kerr", True),
        ("For the respondent:", "Ms Alice Kerr", True),
        ("Devant :", "le tribunal correctionnel", False),
        ("Before:", "the Committee", False),
        ("Auteur :", "M. le Juge Teodor Vasilescu", False),
        ("Author:", "Mr Justice Harrow", False),
    ],
)
def test_names_bench(label: str, value: str, expected: bool) -> None:
    """A court's bench or counsel label (actor_shapes.toml's person.bench) before a name or
    a form of address; another label, or a body after the bench's, is none."""
    assert names_bench(label, value) is expected
