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


# An order's items numbered with a bare number set apart by a wide gap, each wrapped under
# a hanging indent: the third one's wrapped line would otherwise read as a second column.
ORDER = {
    "fr": (
        "DISPOSITIF\n\n"
        "1  L'appel du premier appelant contre la déclaration de culpabilité est rejeté.\n"
        "2  L'appel de la seconde appelante est accueilli et sa déclaration de culpabilité\n"
        "   et sa peine sont annulées.\n"
        "3  L'appel du premier appelant contre la peine est accueilli dans la mesure où\n"
        "   la peine de 15 ans d'emprisonnement est remplacée par la suivante :\n"
        "4  La peine prend effet le 14 mars 2025.\n"
    ),
    "en": (
        "ORDER\n\n"
        "1  The appeal of the first appellant against conviction is dismissed.\n"
        "2  The appeal of the second appellant is upheld and her conviction and sentence\n"
        "   are set aside.\n"
        "3  The appeal of the first appellant against sentence succeeds to the extent\n"
        "   that the sentence of 15 years' imprisonment is replaced with the following:\n"
        "4  The sentence is antedated to 14 March 2025.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_paragraph_keeps_only_its_lead_gap(lang: str) -> None:
    """Item "3  The appeal … to the extent" over "   that the sentence …": the wide gap after
    the number is the paragraph's, the indent of its wrapped line a sentence's; the line is
    no running line in columns (page furniture), so item 3 stays in the text."""
    units = segment(normalise(ORDER[lang], markdown=False))
    items = {u.text[:1]: u for u in units if u.text[:1].isdigit()}
    assert sorted(items) == ["1", "2", "3", "4"]
    for u in items.values():
        assert u.noise is None
        assert u.gaps == (2,)  # "3 " then the words: the folded gap after the number
