"""A letter's distribution list is the document's, not a table of contents.

A circular closes, after its signature, with the list of the offices it is sent to, each
with the number of copies it gets after dot leaders ("- Primature ........ 1"). The
leaders look like a contents list's, but the numbers count copies: under the list's
heading (``distribution_headings`` in layout.toml) the lines stay in the body, while a
contents list under its own heading is still noise.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


SIGNED_FR = (
    "Les gouverneurs veilleront à la stricte application de la présente circulaire, et "
    "toute difficulté me sera signalée sans délai.\n\n"
    "Le Ministre de la Sécurité\n\n"
)
SIGNED_EN = (
    "Governors shall see to the strict application of this circular, and report any "
    "difficulty to me without delay.\n\n"
    "The Minister of Security\n\n"
)

COPIES_ROWS = [
    (
        SIGNED_FR + "Ampliations :\n"
        "- Primature ........................................ 1\n"
        "- Ministère des Armées ............................. 1\n"
        "- Ministère de l'Administration territoriale ... 1\n"
        "- Chrono/Archives .................................. 2\n",
        ["- Primature ........................................ 1", "- Chrono/Archives"],
    ),
    (
        SIGNED_EN + "Distribution:\n"
        "- Prime Minister's Office ......................... 1\n"
        "- Ministry of Defence ............................. 1\n"
        "- Ministry of Home Affairs ... 1\n"
        "- Registry/Archives ............................... 2\n",
        ["- Prime Minister's Office ......................... 1", "- Registry/Archives"],
    ),
]


@pytest.mark.parametrize(("page", "kept"), COPIES_ROWS, ids=["fr", "en"])
def test_distribution_list_stays_in_the_body(page: str, kept: list[str]) -> None:
    got = units(page)
    for start in kept:
        line = next(t for t in got if t.startswith(start))
        assert got[line].noise is None, line


CONTENTS_ROWS = [
    "Sommaire\n- Introduction ........ 1\n- La menace ........ 2\n\n",
    "Contents\n- Introduction ........ 1\n- The threat ........ 2\n\n",
]


@pytest.mark.parametrize("head", CONTENTS_ROWS, ids=["fr", "en"])
def test_contents_list_with_copies_like_numbers_is_still_toc(head: str) -> None:
    got = units(head + SIGNED_FR)
    leaders = [u for t, u in got.items() if "...." in t]
    assert leaders and all(u.noise == "toc" for u in leaders)
