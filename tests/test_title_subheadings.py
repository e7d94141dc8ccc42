"""A markup document's title is its level-1 heading, never a level-2 heading of a part
below it (ctdocs.structure._title; guidelines §5): a short case name in a '#' heading
("R v Holt", "X c. Y") has too few long words to read as a title on its own, but the
'## The facts' under it names a part of that document, not the document.

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# R v Holt\n\n## The facts\n\nThe appellant was stopped.\n", "R v Holt"),
        ("# X c. Y\n\n## Les faits\n\nLe requérant a été arrêté.\n", "X c. Y"),
        # the long heading already won: unchanged
        (
            "# Holt v The King\n\n## The facts\n\nThe appellant was stopped.\n",
            "Holt v The King",
        ),
        (
            "# Dupont contre le ministère public\n\n## Les faits\n\nLe requérant a été arrêté.\n",
            "Dupont contre le ministère public",
        ),
    ],
)
def test_level_two_heading_never_titles_under_level_one(text: str, title: str) -> None:
    assert parse_text(text, name="x.md").title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # with no level-1 heading, a level-2 heading may still be the title
        (
            "## The facts of the case of Holt\n\nThe appellant was stopped.\n",
            "The facts of the case of Holt",
        ),
        (
            "## Les faits de l'affaire Dupont\n\nLe requérant a été arrêté.\n",
            "Les faits de l'affaire Dupont",
        ),
    ],
)
def test_level_two_heading_alone_is_read_as_before(text: str, title: str) -> None:
    assert parse_text(text, name="x.md").title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a part's number in the level-1 heading ('# Chapter 4') names no document: the
        # level-2 heading under it is the protocol's title
        (
            "# Chapter 4\n\n## Additional Protocol to the Regional Convention on Terrorism\n\n"
            "### Article I\n\nThe Parties shall cooperate.\n",
            "Additional Protocol to the Regional Convention on Terrorism",
        ),
        (
            "# Chapitre 4\n\n## Protocole additionnel à la Convention régionale sur le "
            "terrorisme\n\n### Article premier\n\nLes Parties coopèrent.\n",
            "Protocole additionnel à la Convention régionale sur le terrorisme",
        ),
    ],
)
def test_level_two_heading_titles_under_a_part_number(text: str, title: str) -> None:
    assert parse_text(text, name="x.md").title == title
