"""A chain of arrows between paragraphs of prose is the text's (src/ctdocs/layout/
_crumbtrails.py; guidelines §3: navigation stands above the text): a site's trail comes
before the first numbered line and before the first sentence, so in a text without any
numbered line, "Escalation path: Level One > Level Two > Level Three and activation of
the national crisis centre" between two paragraphs (its last step too long for a menu's
item) stays body, while the trail above the first paragraph is still navigation.
Hand-written pages, French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": "Le référent transmet chaque année au préfet un rapport sur les mesures prises par les"
    " exploitants des sites et sur les incidents survenus au cours de l'année écoulée.",
    "en": "The officer shall report every year to the authority on the measures taken by the"
    " operators of the sites and on the incidents that occurred during the year under review.",
}
CHAIN = {
    "fr": "Procédure d'alerte : Niveau un > Niveau deux > Niveau trois et activation de la"
    " cellule interministérielle de crise",
    "en": "Escalation path: Level One > Level Two > Level Three and activation of the national"
    " crisis centre",
}
TRAIL = {
    "fr": "Accueil > Publications > Notes > Note sur la sûreté des sites sensibles",
    "en": "Home > Publications > Guidance > Guidance note on the security of sensitive sites",
}


def reasons(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_chain_between_paragraphs_of_an_unnumbered_text_stays(lang: str) -> None:
    got = reasons(
        "\n\n".join(
            [
                PROSE[lang],
                CHAIN[lang],
                PROSE[lang].replace("année", "mois").replace("year", "month"),
            ]
        )
    )
    assert got[CHAIN[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_trail_above_the_first_paragraph_is_navigation(lang: str) -> None:
    got = reasons("\n\n".join([TRAIL[lang], PROSE[lang]]))
    assert got[TRAIL[lang]] == "navigation"
