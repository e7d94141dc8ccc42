"""HTML source (ctdocs.readers.html).

List items whose text sits in a <p>, as un.org and EUR-Lex write them.
"""

from __future__ import annotations

import pytest

from ctdocs import ListItem, parse_text
from ctdocs.readers.html import html_to_text

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


# -- pages a browser shows whole although their markup is broken (issue 15, item 3)

BROKEN = [
    # (lang, page, words that must be in the text)
    (
        "fr",
        "<html><head><title>Décision</title><meta charset='utf-8'><body>"
        "<p>Le Conseil décide de renforcer les contrôles.</p>",
        ["Conseil", "contrôles"],
    ),
    (
        "en",
        "<html><head><title>Decision</title><meta charset='utf-8'><body>"
        "<p>The Council decides to strengthen controls.</p>",
        ["Council", "controls"],
    ),
    ("fr", "<title>Décision 6/25<body><p>Le Conseil ministériel décide.</p>", ["ministériel"]),
    ("en", "<title>Decision 6/25<body><p>The Ministerial Council decides.</p>", ["Ministerial"]),
    (
        "fr",
        "<p>Avant le logo.</p><svg><path d='M0'/><p>Le Conseil décide.</p>",
        ["Avant", "décide"],
    ),
    (
        "en",
        "<p>Before the logo.</p><svg><path d='M0'/><p>The Council decides.</p>",
        ["Before", "decides"],
    ),
    ("fr", "<p>Avant.</p><iframe src='x'><p>Le Conseil décide.</p>", ["Avant", "décide"]),
    ("en", "<p>Before.</p><iframe src='x'><p>The Council decides.</p>", ["Before", "decides"]),
    ("fr", "<p>Avant.</p><script>var x = 1;<p>Le Conseil décide.</p>", ["Avant", "décide"]),
    ("en", "<p>Before.</p><script>var x = 1;<p>The Council decides.</p>", ["Before", "decides"]),
]


@pytest.mark.parametrize(("lang", "page", "words"), BROKEN)
def test_unclosed_elements_and_omitted_head_end_keep_the_text(
    lang: str, page: str, words: list[str]
) -> None:
    conv = html_to_text(page)
    for word in words:
        assert word in conv.text
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    kept = doc.text + " ".join(n.text for n in doc.noise)
    for word in words:
        assert word in kept


@pytest.mark.parametrize(
    "page",
    [
        "<p>Le Conseil &amp; l'OTAN décident.</p><table> <tr><td>État</td></tr>"
        "texte hors cellule</table>",
        "<p>The Council &amp; NATO decide.</p><table> <tr><td>State</td></tr>"
        "text outside a cell</table>",
    ],
)
def test_every_run_of_text_points_at_its_characters_in_the_page(page: str) -> None:
    """Text moved by the algorithm (out of the table, before it) keeps its own offset."""
    conv = html_to_text(page)
    bounds = [*conv.anchors[1:], (len(conv.text), -1)]
    for (out, inp), (nxt, _) in zip(conv.anchors, bounds, strict=True):
        run = conv.text[out:nxt].split("\n")[0]  # the text, not the break a tag wrote
        if run.strip() and "&" not in page[inp : inp + 5]:
            assert page[inp : inp + len(run)] == run
    moved = "texte hors cellule" if "texte" in page else "text outside a cell"
    assert conv.text.index(moved) < conv.text.index("État" if "État" in page else "State")


@pytest.mark.parametrize(
    ("typ", "n", "label"),
    [
        ("i", 4, "(iv) "),
        ("i", 40, "(xl) "),
        ("i", 1999, "(mcmxcix) "),
        ("I", 49, "(XLIX) "),
        ("a", 3, "(c) "),
        ("A", 26, "(Z) "),
        ("a", 27, "- "),
    ],
)
def test_ordered_list_labels_as_a_browser_prints_them(typ: str, n: int, label: str) -> None:
    items = "".join(f"<li>mesure {k} / measure {k}</li>" for k in range(1, n + 1))
    text = html_to_text(f'<ol type="{typ}">{items}</ol>').text
    assert f"{label}mesure {n} / measure {n}" in text


def test_roman_labels_stay_short_in_long_lists() -> None:
    """Item 40 000 was labelled with 4 000 x's (a quadratic page)."""
    n = 40_000
    text = html_to_text('<ol type="i">' + "<li>x</li>" * n + "</ol>").text
    assert max(len(line) for line in text.splitlines()) <= len("(mmmdccclxxxviii) x")
    assert len(text) < 12 * n
