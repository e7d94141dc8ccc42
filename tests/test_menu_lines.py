"""Markdown-ish copies of web pages, French and English side by side: a box's heading or a
menu item on its own line ("Related Documents", "Documents connexes") stays a line of its
own though no blank line parts it from the next, so the layout stage can see it; a
sentence soft-wrapped after a short line is still one paragraph."""

from __future__ import annotations

import pytest

from ctdocs.normalise._menulines import is_title_line, stands_apart
from ctdocs.normalise._text import normalise

BOXES = {
    "fr": "**Communiqué**\n\nTexte.\n\nDocuments Connexes\nComité du Conseil de sécurité\n"
    "Liste relative aux sanctions\n",
    "en": "**Press release**\n\nText.\n\nRelated Documents\nSecurity Council Committee\n"
    "ISIL (Da'esh) and Al-Qaida Sanctions List\n",
}
WRAPPED = {
    "fr": "**Résolution**\n\n*Rappelant* sa résolution\n1373 (2001), dans laquelle il a décidé\n",
    "en": "**Resolution**\n\n*Recalling* its resolution\n1373 (2001), in which it decided\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_boxs_heading_stays_its_own_line(lang: str) -> None:
    lines = normalise(BOXES[lang], markdown=True).text.split("\n")
    assert any(x in lines for x in ("Documents Connexes", "Related Documents")), lines


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_soft_wrapped_sentence_is_one_paragraph(lang: str) -> None:
    text = normalise(WRAPPED[lang], markdown=True).text
    assert any(line.endswith(("décidé", "decided")) and "1373" in line for line in text.split("\n"))


@pytest.mark.parametrize(
    ("prev", "cur", "apart"),
    [
        ("Articles similaires", "Le Conseil adopte un plan", True),
        ("Related Posts", "The Council adopts a plan", True),
        ("ORGANISATION MARITIME INTERNATIONALE", "4 ALBERT EMBANKMENT", False),
        ("INTERNATIONAL MARITIME ORGANIZATION", "4 ALBERT EMBANKMENT", False),
        ("*Rappelant* sa résolution", "1373 (2001), dans laquelle", False),
        ("*Recalling* its resolution", "1373 (2001), in which", False),
        ("Le Conseil a examiné le rapport du", "Comité contre le terrorisme.", False),
        ("The Council examined the report of the", "Counter-Terrorism Committee.", False),
    ],
)
def test_which_lines_stand_apart(prev: str, cur: str, apart: bool) -> None:
    assert stands_apart(prev, cur) is apart


def test_a_sentence_is_no_title_line() -> None:
    assert is_title_line("Related Documents")
    assert not is_title_line("Skip to main content")
    assert not is_title_line("Voir aussi :")


RELATED = {
    "fr": (
        "Le Conseil a adopté aujourd'hui une déclaration sur la lutte contre le terrorisme, "
        "qui fixe les priorités de la coopération pour les deux prochaines années.\n\n"
        "Articles similaires\n\n"
        "- Réunion des ministres de l'Intérieur — 15 novembre 2025\n"
        "- Coopération en matière de gestion des frontières — 2 septembre 2026\n"
    ),
    "en": (
        "The Council adopted a declaration on countering terrorism today, which sets the "
        "priorities of cooperation for the next two years.\n\n"
        "Related Posts\n\n"
        "- Meeting of the Ministers of Home Affairs — 15 November 2025\n"
        "- Cooperation on border management — 2 September 2026\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_related_box_and_its_headlines_are_chrome(lang: str) -> None:
    from ctdocs.layout._segment import segment

    got = segment(normalise(RELATED[lang], markdown=False))
    assert got[0].noise is None
    assert [u.noise for u in got[1:]] == ["web-chrome"] * 3, [(u.noise, u.text) for u in got]
