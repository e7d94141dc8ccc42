"""Tool rows and breadcrumbs the separator rule reads (src/ctdocs/layout/_chromelines.py),
French and English side by side: a row of bracketed links ("[Imprimer] [Version PDF]") and
a breadcrumb cut by spaced arrows ("Conseil de sécurité > Couverture des réunions") are
a page's chrome; a text's own bracketed matter, one group to its line, a row with figures,
and a comparison's "> 3 %" stay the document's."""

from __future__ import annotations

import pytest

from ctdocs.layout._chromelines import split_pieces
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": "Le Comité des Ministres recommande aux gouvernements des États membres de prendre "
    "en compte les lignes directrices sur la prévention du terrorisme.",
    "en": "The Committee of Ministers recommends that the governments of member States take "
    "into account the guidelines on the prevention of terrorism.",
}
CHROME = {
    "fr": [
        "[Imprimer] [Version PDF] [Copier le lien permanent]",
        "[ Accueil ] [ Communiqués ] [ Recherche ]",
        "Conseil de sécurité > Couverture des réunions",
        "Accueil \u203a Publications \u203a Avis",
    ],
    "en": [
        "[Print] [PDF version] [Copy the permanent link]",
        "[ NATO Homepage ] [ Press Communiques ] [ Search ]",
        "Security Council > Meetings Coverage",
        "Home \u203a Publications \u203a Opinions",
    ],
}
OWN = {
    "fr": [
        "[Abrogé]",  # an editor's mark, one group to its line
        "[RT I, 10.03.2022, 2] [RT I, 20.01.2026, 7]",  # credits with figures
        "Acide nitrique (concentration > 3 %)",  # a comparison inside a line
    ],
    "en": [
        "[Repealed]",
        "[RT I, 10.03.2022, 2] [RT I, 20.01.2026, 7]",
        "Nitric acid (concentration > 3 %)",
    ],
}


def _units(lang: str, line: str) -> dict[str, Unit]:
    page = f"{PROSE[lang]}\n\n{line}\n\n{PROSE[lang]}\n"
    return {u.text: u for u in segment(normalise(page, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("n", range(4))
def test_a_bracket_row_or_a_breadcrumb_is_chrome(lang: str, n: int) -> None:
    line = CHROME[lang][n]
    got = _units(lang, line)
    key = " ".join(line.split())
    assert got[key].noise is not None, got[key]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("n", range(3))
def test_a_texts_own_brackets_and_comparisons_stay(lang: str, n: int) -> None:
    line = OWN[lang][n]
    assert _units(lang, line)[line].noise is None


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("[Imprimer] [Télécharger (PDF)]", ["Imprimer", "Télécharger (PDF)"]),
        ("[ Print ] [ Download (PDF) ]", ["Print", "Download (PDF)"]),
        ("Accueil > Recherche > Arrêts", ["Accueil", "Recherche", "Arrêts"]),
        ("Home \u203a Library \u203a Reports", ["Home", "Library", "Reports"]),
        ("[Abrogé] suivi du texte", None),  # words after the group: a sentence
        ("[Repealed] followed by text", None),
    ],
)
def test_the_pieces_of_a_row(line: str, pieces: list[str] | None) -> None:
    assert split_pieces(line) == pieces
