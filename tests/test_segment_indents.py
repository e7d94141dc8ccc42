"""A sentence set in from the margin is no row of cells.

The normaliser joins a wrapped line to the one above and folds the indent it had; that
fold skips input spaces as a column gap does. When the only such folds of a line are
those indents and a wrapped line goes on in lower case, the line is a sentence (an
addressee block, a centred subtitle), not a menu of three items; a menu copied as text,
its items set apart by wide spaces on one physical line, is still navigation.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

ADDRESSEE_ROWS = [
    (
        "                     A Messieurs les Gouverneurs des Provinces\n"
        "                     du Nord-Kivu, du Sud-Kivu, de l'Ituri et du\n"
        "                     Haut-Uele (Tous)\n",
        "Accueil     Actualités     Contact\n",
    ),
    (
        "                     To the Governors of the Provinces\n"
        "                     of North Kivu, South Kivu, Ituri and\n"
        "                     Haut-Uele (All)\n",
        "Home     News     Contact\n",
    ),
]
BODY = {
    "fr": "\nObjet : Mesures de sécurité aux postes frontaliers et lutte contre le terrorisme.\n",
    "en": "\nSubject: Security measures at border posts and the fight against terrorism.\n",
}


@pytest.mark.parametrize(
    ("block", "menu", "lang"),
    [(*r, k) for r, k in zip(ADDRESSEE_ROWS, BODY, strict=True)],
    ids=["fr", "en"],
)
def test_indented_wrapped_sentence_stays_content(block: str, menu: str, lang: str) -> None:
    units = segment(normalise(menu + "\n" + block + BODY[lang], markdown=False))
    by_start = {u.text.split()[0]: u for u in units}
    addressee = by_start[block.split()[0]]
    assert addressee.text.endswith(")")  # the three physical lines are one unit
    assert addressee.gaps == ()
    assert addressee.noise is None
    assert by_start[menu.split()[0]].noise == "navigation"
