"""Triggers added in session 33: terrorist financing named after terrorism by a
possessive ("le terrorisme et son financement"), which four blind batches of four
publishers wrote and the gold tagged FINANCING each time. French and English side by
side, each row read by hand against the guidelines (section 4): a commitment against
terrorism and its financing addresses the financing; terrorism with another
possessive noun does not."""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        ("fr", "Coopération en matière de lutte contre le terrorisme et son financement.", True),
        ("en", "Cooperation in the fight against terrorism and its financing.", True),
        ("fr", "La loi vise à réprimer le terrorisme, son financement et ses relais.", True),
        ("en", "The law aims to suppress terrorism, its funding and its networks.", True),
        ("fr", "Les renseignements relatifs au terrorisme, à son financement.", True),
        ("fr", "Le Comité de lutte contre le terrorisme et de son financement.", True),
        # terrorism's other possessions are no financing
        ("fr", "Le terrorisme et son évolution au Sahel inquiètent le Conseil.", False),
        ("en", "Terrorism and its evolution in the Sahel worry the Council.", False),
        ("fr", "Les groupes terroristes et leur recrutement en ligne.", False),
        ("en", "Terrorist groups and their recruitment online.", False),
    ],
)
def test_terrorism_and_its_financing(language: str, text: str, tagged: bool) -> None:
    assert ("FINANCING" in tag_text(text, language)) is tagged
