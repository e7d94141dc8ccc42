"""A gazette's masthead (src/ctdocs/layout/_mastheads.py): the issue's lines round the
journal's name.

Hand-written first pages in the style of French- and English-language official journals
(an issue number and date over the name, rubrics under the state's line, a subscription
box), and what must stay the act's own: its title right under the masthead, even with a
page's running line after it.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._mastheads import mark_masthead_boxes
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PAGES = {
    "fr": [
        "N° 7123 — 71e année",
        "Samedi 14 mars 2026",
        "JOURNAL OFFICIEL",
        "DE LA REPUBLIQUE DU SENEGAL",
        "LOIS, DECRETS, ARRETES ET ANNONCES",
        "Abonnements et annonces : s'adresser au directeur de l'Imprimerie nationale à Rufisque.",
        "DECRET n° 2026-118 du 10 mars 2026 relatif au gel des avoirs des personnes désignées",
        "Article premier. — Le présent décret fixe les modalités du gel des avoirs.",
    ],
    "en": [
        "Vol. CXXVIII — No. 41",
        "Friday, 13th March, 2026",
        "OFFICIAL GAZETTE",
        "OF THE REPUBLIC OF KENYA",
        "Published by Authority of the Republic",
        "Annual subscription: KSh 27,000; single copies from the Government Printer, Nairobi.",
        "THE PREVENTION OF TERRORISM (FREEZING OF ASSETS) REGULATIONS, 2026, MADE UNDER SECTION 12",
        "1. These Regulations may be cited as the Prevention of Terrorism Regulations, 2026.",
    ],
}
# the reasons the earlier rules give the page: issue number, name, state line, box
MARKS = {0: "page-header", 2: "web-chrome", 3: "web-chrome", 5: "boilerplate"}


def marked(lines: list[str], marks: dict[int, str]) -> list[str | None]:
    got = segment(normalise("\n\n".join(lines), markdown=False))
    assert [u.text for u in got] == lines
    for i, u in enumerate(got):
        u.noise = marks.get(i)
    mark_masthead_boxes(got)
    return [u.noise for u in got]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_issues_date_and_rubric_are_the_masthead(lang: str) -> None:
    got = marked(PAGES[lang], MARKS)
    assert got[1] == "web-chrome"  # the issue's date, between its number and the name
    assert got[4] == "web-chrome"  # the rubric, between the state and the subscription box
    assert got[6:] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_acts_title_under_the_masthead_stays(lang: str) -> None:
    """A short title right under the state, a page's running line after it: no box."""
    title = {"fr": "LOI n° 2026-14 du 3 mars 2026", "en": "THE FINANCE ACT, 2026"}[lang]
    lines = [*PAGES[lang][2:4], title, "2 — 14 mars 2026", PAGES[lang][7]]
    assert marked(lines, {0: "web-chrome", 1: "web-chrome", 3: "page-footer"})[2] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_long_or_many_lines_are_no_masthead(lang: str) -> None:
    page = PAGES[lang]
    long = [page[0], page[6], *page[2:4], page[4], page[5]]  # a long line over the name
    assert marked(long, MARKS)[1] is None
    many = [*page[:5], page[4], page[4], page[4], page[5]]  # four lines under the state
    got = marked(many, {**{k: v for k, v in MARKS.items() if k < 5}, 8: "boilerplate"})
    assert got[4:8] == [None, None, None, None]
