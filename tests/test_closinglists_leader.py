"""The leader closing a row of a closing list (``1. Jane Doe ..........``) is cut from the
line's end: same answers as the end-anchored pattern it replaces, on rows of names in both
languages and on lines that only hold dots inside."""

from __future__ import annotations

import pytest

from ctdocs.structure._closinglists import _cut_leader


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe ..........", "Jane Doe"),  # en: dots
        ("Marie Dupont ____________", "Marie Dupont"),  # fr: underscores
        ("Ministre de l'Intérieur … … ", "Ministre de l'Intérieur"),  # fr: ellipses, spaced
        ("Head of Delegation ...... ____ …", "Head of Delegation"),  # en: mixed runs
        ("Commissioner J. Smith", "Commissioner J. Smith"),  # en: an initial's dot stays
        ("M. Dupont..", "M. Dupont.."),  # fr: two dots are no leader
        ("See section 3 ... of the Act", "See section 3 ... of the Act"),  # en: dots inside
        ("Le Président ___ signé", "Le Président ___ signé"),  # fr: underscores inside
    ],
)
def test_the_leader_closing_a_row_is_cut(line: str, expected: str) -> None:
    assert _cut_leader(line) == expected
