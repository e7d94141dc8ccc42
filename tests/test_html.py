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


# A judgment page sets its list style in CSS, not in ``type``: the browser prints the same
# labels, so the items are the paragraph's items (guidelines §1a: ``1(i)``, ``2(a)``).
STYLED = {
    "en": (
        "<p>1. The ingredients of the offence are that:</p>"
        '<ol style="margin-left:2em; list-style-type: lower-roman">'
        "<li>a device was made;</li><li>the accused took part in it.</li></ol>"
        "<p>2. I find that:</p>"
        '<ol style="list-style-type:lower-alpha"><li>the charge is proved;</li>'
        "<li>the accused is convicted.</li></ol>"
    ),
    "fr": (
        "<p>1. Les éléments de l'infraction sont les suivants :</p>"
        '<ol style="margin-left:2em; list-style-type: lower-roman">'
        "<li>un engin a été fabriqué ;</li><li>le prévenu y a pris part.</li></ol>"
        "<p>2. La cour constate que :</p>"
        '<ol style="list-style-type:lower-alpha"><li>la prévention est établie ;</li>'
        "<li>le prévenu est condamné.</li></ol>"
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ordered_list_styled_by_css_prints_its_labels(lang: str) -> None:
    doc = parse_text(STYLED[lang], language=lang, layout="html")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "1(i)", "1(ii)", "2", "2(a)", "2(b)"]


@pytest.mark.parametrize(
    ("style", "label"),
    [
        ("list-style-type:upper-roman", "(II) "),
        ("list-style: upper-latin inside", "(B) "),
        ("color:red", "2. "),
    ],
)
def test_css_list_style_gives_the_label(style: str, label: str) -> None:
    text = html_to_text(f'<ol style="{style}"><li>one</li><li>two</li></ol>').text
    assert f"{label}two" in text


def test_roman_labels_stay_short_in_long_lists() -> None:
    """Item 40 000 was labelled with 4 000 x's (a quadratic page)."""
    n = 40_000
    text = html_to_text('<ol type="i">' + "<li>x</li>" * n + "</ol>").text
    assert max(len(line) for line in text.splitlines()) <= len("(mmmdccclxxxviii) x")
    assert len(text) < 12 * n


# Codes amended in place number an inserted provision with a raised figure after the one it
# follows (guidelines §1a: the printed designation): an Estonian-style code in English, a
# Russian-style code in French translation. A footnote call raised after a word or a year
# is no such number and keeps its digits.
RAISED = [
    (
        "en",
        "<h2>Division 5 Acts of Terrorism</h2>"
        "<p><b>§ 12. Act of terrorism</b></p>"
        "<p>(1) The commission of an offence is punishable by imprisonment.</p>"
        "<p>(2) The same act, if committed by a group, is punishable by life imprisonment.</p>"
        "<p><b>§ 12<sup>1</sup>. Terrorist organisation</b></p>"
        "<p>(1) Membership of a terrorist organisation is punishable by imprisonment.</p>"
        "<p>(1<sup>1</sup>) Recruiting members for such an organisation is punishable.</p>"
        "<p>(2) An act provided for in §§ 12 to 12<sup>1</sup> in 2021<sup>2</sup> is one.</p>"
        "<p><b>§ 13. Confiscation</b></p>"
        "<p>A court may apply confiscation of the assets used in the offence.</p>",
        ["Division 5", "12", "12(1)", "12(2)", "12¹", "12¹(1)", "12¹(1¹)", "12¹(2)", "13"],
    ),
    (
        "fr",
        "<h2>Actes de terrorisme</h2>"
        "<p><b>§ 20. Acte terroriste</b></p>"
        "<p>(1) La commission d'un acte terroriste est punie de réclusion.</p>"
        "<p>(2) Le même acte commis en bande organisée est puni de la perpétuité.</p>"
        "<p><b>§ 20<sup>2</sup>. Financement du terrorisme</b></p>"
        "<p>(1) Le financement d'un acte terroriste est puni de réclusion.</p>"
        "<p>(1<sup>1</sup>) La collecte de fonds à cette fin est punie de même.</p>"
        "<p>(2) Un acte prévu aux §§ 20 à 20<sup>2</sup> en 2021<sup>3</sup> est puni.</p>"
        "<p><b>§ 21. Confiscation</b></p>"
        "<p>Le tribunal peut ordonner la confiscation des avoirs.</p>",
        ["20", "20(1)", "20(2)", "20²", "20²(1)", "20²(1¹)", "20²(2)", "21"],
    ),
]


@pytest.mark.parametrize(("lang", "page", "numbers"), RAISED)
def test_a_raised_figure_after_a_provision_number_is_part_of_it(
    lang: str, page: str, numbers: list[str]
) -> None:
    conv = html_to_text(page)
    raised = "12¹" if lang == "en" else "20²"
    first = "12" if lang == "en" else "20"
    assert (
        f"§ {raised}." in conv.text
        and f"§§ {first} {'to' if lang == 'en' else 'à'} {raised}" in conv.text
    )
    assert "2021²" not in conv.text and "2021³" not in conv.text  # a footnote call after a year
    assert len(conv.text) == len(
        html_to_text(page.replace("<sup>", "<i>").replace("</sup>", "</i>")).text
    )
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == numbers


def _in_nav(page: str, words: str) -> bool:
    """Whether the page's text of ``words`` lies inside a span the reader flags as navigation."""
    got = html_to_text(page)
    at = got.text.index(words)
    return any(a <= at and at + len(words) <= b for a, b in got.nav)


CRUMBS = [
    pytest.param(
        "<ol class=\"breadcrumb\"><li><a href='/'>Accueil</a></li>"
        "<li><a href='/c'>Salle des médias</a></li><li>Communiqués 2026</li></ol>"
        "<h1>Mise en accusation</h1><p>Le Ministère public a déposé un acte d'accusation.</p>",
        "Salle des médias",
        id="fr-ol",
    ),
    pytest.param(
        "<ol class='breadcrumbs'><li><a href='/'>Home</a></li><li>Rulings 2026</li></ol>"
        "<h1>Judgment</h1><p>The Supreme Court dismissed the appeal.</p>",
        "Rulings 2026",
        id="en-ol",
    ),
    pytest.param(
        "<p class='breadcrumbs'><a href='/'>Accueil</a> / Actualités</p>"
        "<h1>Communiqué final</h1><p>Les ministres ont adopté le plan.</p>",
        "Actualités",
        id="fr-p",
    ),
    pytest.param(
        "<p class='breadcrumbs'><a href='/'>Home</a> / News</p>"
        "<h1>Final communiqué</h1><p>The ministers adopted the plan.</p>",
        "News",
        id="en-p",
    ),
]


@pytest.mark.parametrize(("page", "crumb"), CRUMBS)
def test_a_breadcrumb_trail_is_navigation_on_whatever_element(page: str, crumb: str) -> None:
    assert _in_nav(page, crumb)


TEXT_LISTS = [
    pytest.param(
        "<h1>Décision</h1><ol><li>Le Conseil décide de renforcer les contrôles.</li></ol>",
        "renforcer les contrôles",
        id="fr",
    ),
    pytest.param(
        "<h1>Decision</h1><p class='sd-header'>Safety Directive 2026-01</p>"
        "<ol><li>The Council decides to strengthen controls.</li></ol>",
        "Safety Directive 2026-01",
        id="en",
    ),
]


PAGE_HINTS = [
    pytest.param(
        "<body class='page has-breadcrumbs'><h1>Décision</h1>"
        "<p>Le Conseil décide de renforcer les contrôles aux frontières.</p></body>",
        "renforcer les contrôles",
        id="fr-body",
    ),
    pytest.param(
        "<main class='with-breadcrumb'><h1>Decision</h1>"
        "<p>The Council decides to strengthen border controls.</p></main>",
        "strengthen border controls",
        id="en-main",
    ),
]


@pytest.mark.parametrize(("page", "words"), PAGE_HINTS)
def test_a_page_that_holds_a_breadcrumb_is_no_breadcrumb(page: str, words: str) -> None:
    """A class on the page's body or main box that says the page has a breadcrumb somewhere
    does not make the whole page navigation (review of session 27's breadcrumb rule)."""
    assert not _in_nav(page, words)


@pytest.mark.parametrize(("page", "words"), TEXT_LISTS)
def test_a_plain_list_or_a_header_paragraph_stays_text(page: str, words: str) -> None:
    assert not _in_nav(page, words)
