"""A web address alone at a page's edge (src/ctdocs/layout/_edgesites.py): the print's own
site in a page's foot (before the form feed or the text's end) or at a page's top is page
furniture; the same address inside a page, or cited in a sentence, stays. Hand-written
pages, French and English side by side, of publishers the corpora do not hold.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": [
        "Les exploitants des sites sensibles désignent un référent pour la sûreté du site.",
        "Le référent transmet chaque année un rapport au préfet du département concerné.",
        "Le préfet peut prescrire des mesures complémentaires en cas de menace avérée.",
    ],
    "en": [
        "Operators of sensitive sites shall appoint a security officer for each of their sites.",
        "The officer shall report every year to the regional security authority on the site.",
        "The authority may require further measures where the threat level rises in the area.",
    ],
}
SITE = {"fr": "https://rapports.senat-regional.fr", "en": "https://reports.regional-assembly.org"}
CITED = {
    "fr": "Le rapport complet est publié sur https://rapports.senat-regional.fr",
    "en": "The full report is published at https://reports.regional-assembly.org",
}


def reasons(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_address_closing_a_page_before_the_form_feed_is_furniture(lang: str) -> None:
    """Page 1 ends on the site; page 2 goes on with the text, which stays open."""
    p = PROSE[lang]
    got = reasons(f"{p[0]}\n\n{p[1]}\n\n{SITE[lang]}\n\f{p[2]}\n")
    assert got[SITE[lang]] == "page-footer"
    assert all(got[x] is None for x in p)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_address_with_its_report_code_at_the_text_end_is_furniture(lang: str) -> None:
    """The last page's foot: the report's number beside the site, then nothing."""
    p = PROSE[lang]
    foot = f"IF12937 {SITE[lang]}"
    got = reasons(f"{p[0]}\n\n{p[1]}\n\n{foot}\n")
    assert got[foot] == "page-footer"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_address_inside_a_page_stays(lang: str) -> None:
    """Between two paragraphs of one page the address is no edge of it."""
    p = PROSE[lang]
    got = reasons(f"{p[0]}\n\n{SITE[lang]}\n\n{p[1]}\n\n{p[2]}\n")
    assert got[SITE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_address_cited_in_a_sentence_stays(lang: str) -> None:
    """A sentence naming the site is the text's pointer, even as the page's last line."""
    p = PROSE[lang]
    got = reasons(f"{p[0]}\n\n{p[1]}\n\n{CITED[lang]}\n\f{p[2]}\n")
    assert got[CITED[lang]] is None
