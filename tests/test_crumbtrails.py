"""A breadcrumb trail whose last step is the page's title (src/ctdocs/layout/_crumbtrails.py):
navigation however long its last step; a chain of arrows inside the text, or below its
first article, stays. Hand-written pages, French and English side by side, of publishers
the corpora do not hold.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._crumbtrails import is_crumb_trail
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

TRAIL = {
    "fr": "Accueil > Textes officiels > Arrêtés > Arrêté portant mesures de vigilance renforcée "
    "autour des sites sensibles de Lomé",
    "en": "Home \u203a Publications \u203a Guidance \u203a Guidance note on the protection of "
    "crowded places against vehicle ramming attacks",
}
TITLE = {
    "fr": "Arrêté portant mesures de vigilance renforcée autour des sites sensibles de Lomé",
    "en": "Guidance note on the protection of crowded places against vehicle ramming attacks",
}
ITEMS = {
    "fr": [
        "1. Le survol des sites sensibles par tout aéronef sans équipage à bord est interdit.",
        "2. Les forces de sécurité sont habilitées à neutraliser tout aéronef contrevenant.",
    ],
    "en": [
        "1. Operators should assess the approaches to their site and install barriers.",
        "2. Operators should train their staff to recognise hostile reconnaissance.",
    ],
}
# a chain of arrows between two items: a scale the text sets out, shaped like a trail
CHAIN = {
    "fr": "Vigilance > Sécurité renforcée > Urgence attentat, le plus haut niveau du plan "
    "gouvernemental de vigilance",
    "en": "Moderate > Substantial > Severe, the highest level of the national scale of the threat",
}


def reasons(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_trail_ending_on_the_pages_long_title_is_navigation(lang: str) -> None:
    page = "\n\n".join([TRAIL[lang], TITLE[lang], *ITEMS[lang]])
    got = reasons(page)
    assert got[TRAIL[lang]] == "navigation"
    assert got[TITLE[lang]] is None
    assert all(got[x] is None for x in ITEMS[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_chain_of_arrows_below_the_first_item_stays(lang: str) -> None:
    page = "\n\n".join([TITLE[lang], ITEMS[lang][0], CHAIN[lang], ITEMS[lang][1]])
    assert reasons(page)[CHAIN[lang]] is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Accueil > Publications > Recommandations en urgence > Avis du 12 mars 2026", True),
        ("Home \u203a Acts \u203a 2026 \u203a Act No. 11 of 2026 on explosives precursors", True),
        ("Accueil > Publications", False),  # one arrow: two words of anything
        ("Home > Acts > The Act applies to every site. It enters into force today.", False),
        ("Les niveaux d'alerte, du plus bas au plus haut > vigilance > urgence", False),
        ("The levels rise from low to moderate and beyond > substantial > severe", False),
    ],
)
def test_the_trails_shape(line: str, expected: bool) -> None:
    """Steps before the last at most six words; no step ending like a sentence."""
    assert is_crumb_trail(line) is expected
