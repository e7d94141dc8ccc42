"""HTML source (ctdocs._html).

List items whose text sits in a <p>, as un.org and EUR-Lex write them.
"""

from __future__ import annotations

import pytest

from ctdocs import ListItem, parse_text
from ctdocs._html import html_to_text

PAGES = [
    pytest.param(
        "fr",
        "<h1>Résolution 2396 (2017)</h1><p><em>Le Conseil de sécurité</em>,</p><ol>"
        "<li><p>1. <em>Demande</em> aux États Membres de renforcer les contrôles "
        "aux frontières ;</p></li>"
        "<li><p>2. <em>Engage</em> les États Membres à échanger des informations :</p>"
        "<p>a) en matière de sécurité aérienne ;</p><p>b) en matière de poursuites ;</p></li>"
        "<li><p>3. <em>Décide</em> de rester saisi de la question.</p></li></ol>",
        id="fr",
    ),
    pytest.param(
        "en",
        "<h1>Resolution 2396 (2017)</h1><p><em>The Security Council</em>,</p><ol>"
        "<li><p>1. <em>Calls upon</em> Member States to strengthen border controls;</p></li>"
        "<li><p>2. <em>Urges</em> Member States to share information:</p>"
        "<p>(a) on aviation security;</p><p>(b) on prosecution;</p></li>"
        "<li><p>3. <em>Decides</em> to remain seized of the matter.</p></li></ol>",
        id="en",
    ),
]


@pytest.mark.parametrize(("lang", "page"), PAGES)
def test_items_wrapped_in_paragraphs_keep_their_own_numbers(lang: str, page: str) -> None:
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "2(a)", "2(b)", "3"]
    # no bullet left over from <li>: no stray "-" block and no "-" glued to an item
    assert not any(b.text.strip() in ("-", "") for b in doc.blocks())
    assert not any(b.text.rstrip().endswith("-") for b in doc.blocks())
    assert doc.clause("2(b)") is not None and doc.clause("2(b)").text.rstrip()[-1] == ";"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "page", "text"),
    [
        (
            "fr",
            "<ul><li><p>renforcer la sécurité aérienne</p></li></ul>",
            "renforcer la sécurité aérienne",
        ),
        (
            "en",
            "<ul><li><p>strengthen aviation security</p></li></ul>",
            "strengthen aviation security",
        ),
    ],
)
def test_unnumbered_items_wrapped_in_paragraphs_are_bullets(
    lang: str, page: str, text: str
) -> None:
    conv = html_to_text(page)
    assert conv.text.strip() == f"- {text}"
    doc = parse_text("<p>Les Alliés / The Allies:</p>" + page, lang, layout="html")  # type: ignore[arg-type]
    items = [b for b in doc.blocks() if isinstance(b, ListItem)]
    assert [(i.marker, i.text) for i in items] == [("-", text)]
