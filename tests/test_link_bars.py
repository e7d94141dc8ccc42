"""Bars of links in Markdown copies of web pages (layout/_linkmenus.mark_link_bars): one
line of links joined by dots or pipes is a page's tools, wherever it stands. Pages written
by hand, French and English side by side, in the shapes of the bars met in the held-out
batches (previous/next links, repository tools, a footer's notice and links); the rows
marked "text" must stay the document's own."""

from __future__ import annotations

import pytest

from ctdocs.layout._linkmenus import _is_link_bar
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

from .test_noise_asides import PROSE  # the same two paragraphs of a ministry's page

TITLE = {"fr": "# Protection des grands rassemblements", "en": "# Protecting major public events"}
BARS = {
    "fr": [
        "[← Chapitre 2](../chapitre-2.md) · [Chapitre 4 →](../chapitre-4.md)",
        "[Historique](../../commits/main) | [Fichier brut](plan.md?raw=1)",
        "Copie du 3 mars 2026 · Bibliothèque des textes · [Sommaire](../index.md)",
    ],
    "en": [
        "[← Chapter 2](../chapter-2.md) · [Chapter 4 →](../chapter-4.md)",
        "[History](../../commits/main) | [Raw file](plan.md?raw=1)",
        "Copied on 3 March 2026 · Library of texts · [Contents](../index.md)",
    ],
}


def reasons(text: str) -> dict[str, str | None]:
    return {u.text.strip(): u.noise for u in segment(normalise(text, markdown=True))}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("where", ["head", "tail", "middle"])
@pytest.mark.parametrize("row", [0, 1, 2])
def test_a_bar_of_links_is_navigation(lang: str, where: str, row: int) -> None:
    bar = BARS[lang][row]
    p1, p2 = PROSE[lang]
    order = {
        "head": [bar, TITLE[lang], p1, p2],
        "tail": [TITLE[lang], p1, p2, bar],
        "middle": [TITLE[lang], p1, bar, p2],
    }[where]
    got = reasons("\n\n".join(order))
    assert got[bar] is not None, got
    assert got[p1] is None and got[p2] is None, got


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("[Plan d'action](plan.md) · [Annexe](annexe.md)", True),
        ("[Action plan](plan.md) · [Annex](annex.md)", True),
        # text: one link inside a sentence, no separator
        ("Le plan est publié sur [le site du ministère](https://example.fr/plan).", False),
        ("The plan is published on [the ministry's site](https://example.org/plan).", False),
        # text: a sentence longer than a bar's segment beside a link
        (
            "Le Conseil rappelle que les États doivent coopérer pleinement avec les autorités "
            "compétentes · [résolution 2396](https://example.org/2396)",
            False,
        ),
        (
            "The Council recalls that States must cooperate fully with the competent "
            "authorities of their neighbours · [resolution 2396](https://example.org/2396)",
            False,
        ),
        # a separator but no link; a table's row with its outer pipes
        ("Publié le 3 mars 2026 · Ministère de l'Intérieur", False),
        ("| France | [Loi n° 2026-1](https://example.fr) |", False),
    ],
)
def test_the_shape_of_a_bar(line: str, bar: bool) -> None:
    assert _is_link_bar(line) is bar


@pytest.mark.parametrize(
    ("head", "row"),
    [
        ("Pays | Texte", "France | [Loi n° 2026-1](https://example.fr/loi)"),
        ("Country | Text", "France | [Act No. 2026-1](https://example.org/act)"),
    ],
)
def test_a_table_row_without_outer_pipes_is_left_to_the_table(head: str, row: str) -> None:
    lang = "fr" if head.startswith("Pays") else "en"
    p1, p2 = PROSE[lang]
    table = "\n".join([head, "--- | ---", row])
    got = reasons("\n\n".join([TITLE[lang], p1, table, p2]))
    assert got.get(row) != "navigation", got


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kept", [False, True])
def test_only_a_bar_is_asked_whether_it_is_the_documents_own(lang: str, kept: bool) -> None:
    """The head and signature test (``protected``, a search of their cues) is asked of the
    bars only, not of every line of the page; a bar it keeps stays open, the others are
    navigation."""
    from ctdocs.layout._linkmenus import mark_link_bars

    units = segment(normalise("\n\n".join([TITLE[lang], *PROSE[lang]]), markdown=True))
    text = "\n\n".join([TITLE[lang], *PROSE[lang], BARS[lang][0], BARS[lang][1]])
    bars = [u for u in segment(normalise(text, markdown=True)) if u.text in BARS[lang]]
    for u in [*units, *bars]:
        u.noise = None
    asked: list[str] = []

    def protected(u: object) -> bool:
        asked.append(getattr(u, "text", ""))
        return kept

    mark_link_bars([*units, *bars], protected)
    assert asked == [u.text for u in bars]
    assert [u.noise for u in bars] == [None if kept else "navigation"] * 2
