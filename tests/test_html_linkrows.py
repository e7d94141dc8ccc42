"""A page's row of links under a short label ("Topics: <a>…</a>, <a>…</a>") is a row of
links only (``ctdocs.readers._htmlconv``), set aside as navigation with its span; a
sentence that holds links stays the text's. Expected values are read off the pages by
hand: the row's words are the page's tag chips, the sentence is the document's.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.readers.html import html_to_text

BODY = {
    "fr": "<p>Le ministre a présenté le plan national de vigilance aux préfets le 3 mai.</p>",
    "en": "<p>The Minister presented the national vigilance plan to the prefects on 3 May.</p>",
}
ROWS = {
    "fr": (
        '<p class="x">Mots-clés : <a href="/t/1">Drones</a>, <a href="/t/2">Sahel</a>, '
        '<a href="/t/3">Lutte anti-drones</a></p>',
        "Mots-clés : Drones, Sahel, Lutte anti-drones",
    ),
    "en": (
        '<div class="x">Related topics: <a href="#">Bombing Prevention</a>, '
        '<a href="#">Physical Security</a>, <a href="#">Critical Infrastructure</a></div>',
        "Related topics: Bombing Prevention, Physical Security, Critical Infrastructure",
    ),
}


def _page(*parts: str) -> str:
    return "<html><body><main>" + "".join(parts) + "</main></body></html>"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_labelled_row_of_links_is_a_line_of_links(lang: str) -> None:
    html, row = ROWS[lang]
    page = html_to_text(_page(BODY[lang], html))
    lines = [page.text[a:b].strip() for a, b in page.link_lines]
    assert lines == [row]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_labelled_row_of_links_is_noise_not_body(lang: str) -> None:
    html, row = ROWS[lang]
    doc = parse_text(_page(BODY[lang], html), layout="html")
    body = " ".join(b.text for b in doc.blocks())
    assert "anti-drones" not in body and "Physical Security" not in body
    assert any(n.text == row and n.reason == "navigation" for n in doc.noise)


SENTENCES = {
    "fr": (
        '<p>Voir : <a href="/r/1">la résolution 2178</a> et <a href="/r/2">la '
        "résolution 2396</a> du Conseil.</p>"
    ),
    "en": (
        '<p>See: <a href="/r/1">resolution 2178</a> and <a href="/r/2">resolution 2396</a> '
        "of the Council.</p>"
    ),
    "fr-long": (
        "<p>Le Conseil rappelle les résolutions suivantes : "
        '<a href="/r/1">2178</a>, <a href="/r/2">2396</a></p>'
    ),
    "en-long": (
        "<p>The Council recalls its earlier resolutions on this matter: "
        '<a href="/r/1">2178</a>, <a href="/r/2">2396</a></p>'
    ),
    "fr-pair": "<h3>Composition : <a>Mme Claire Dubois</a>, <a>M. Paul Martin</a></h3>",
    "en-pair": "<h3>Bench: <a>S. Venkataraman</a>, <a>Meera Khandelwal</a></h3>",
    "fr-signatories": (
        '<p>Signataires : <a href="/fr">France</a>, <a href="/ng">Nigeria</a>, '
        '<a href="/gh">Ghana</a>, <a href="/ne">Niger</a></p>'
    ),
    "en-signatories": (
        '<p>Signatories: <a href="/fr">France</a>, <a href="/ng">Nigeria</a>, '
        '<a href="/gh">Ghana</a>, <a href="/ne">Niger</a></p>'
    ),
    "fr-jury": (
        '<p>Membres du jury : <a href="/j/1">Amina Bello</a>, <a href="/j/2">Kwame '
        'Mensah</a>, <a href="/j/3">Nadia Haddad</a></p>'
    ),
    "en-judges": (
        '<p>Judges: <a href="/j/1">Amina Bello</a>, <a href="/j/2">Kwame Mensah</a>, '
        '<a href="/j/3">Nadia Haddad</a></p>'
    ),
}


@pytest.mark.parametrize("key", ["fr", "en", "fr-long", "en-long", "fr-pair", "en-pair"])
def test_links_inside_a_sentence_or_after_a_long_lead_stay_text(key: str) -> None:
    """Words between the links, or a lead longer than a label, make the line a sentence;
    two names after a label are a record of the text (a judgment's bench), not chips."""
    page = html_to_text(_page(SENTENCES[key]))
    assert page.link_lines == []


@pytest.mark.parametrize("key", ["fr-signatories", "en-signatories", "fr-jury", "en-judges"])
def test_a_row_under_a_label_that_is_no_chip_label_stays_text(key: str) -> None:
    """Only a label of tag chips held as data ("Topics", "Mots-clés") makes a labelled
    row of links noise; the signatories or the judges a page links are the text's own:
    the four states and the three judges are read off the row by hand."""
    doc = parse_text(_page(SENTENCES[key]), layout="html")
    body = " ".join(b.text for b in doc.blocks())
    names = ("Nigeria", "Ghana", "Niger") if "signatories" in key else ("Amina Bello",)
    assert all(name in body for name in names)
    assert not any(n.reason == "navigation" for n in doc.noise)
