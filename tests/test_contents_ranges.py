"""A report's contents page that lists paragraph ranges, not pages ("Introduction   01-08",
"Executive summary   I-VII"), and closes with unpaged entries over the page's number
("Annexes", "Abbreviations", then "3"), French and English side by side: all of it is the
contents list, and the headings it lists stay the text's own where they head sections."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PAGES = {
    "fr": (
        "Sommaire\n"
        "                                                  Points\n"
        "Synthèse                                          I-VII\n"
        "Introduction                                      01-08\n"
        "Attentats contre les espaces publics              01-04\n"
        "Étendue et approche de l'audit                    09-12\n"
        "Observations                                      13-41\n"
        "Annexes\n"
        "Abréviations\n"
        "Réponses de la Commission\n"
        "3\n\n"
        "Synthèse\n\n"
        "I Les espaces publics tels que les places, les gares et les stades sont ouverts par "
        "nature, ce qui les rend attrayants pour les auteurs d'attentats terroristes.\n\n"
        "Attentats contre les espaces publics\n\n"
        "01 Le 14 juillet 2016, un camion a foncé dans la foule à Nice, faisant 86 morts.\n"
    ),
    "en": (
        "Contents\n"
        "                                                  Paragraph\n"
        "Executive summary                                 I-VII\n"
        "Introduction                                      01-08\n"
        "Terrorist attacks on public spaces                01-04\n"
        "Audit scope and approach                          09-12\n"
        "Observations                                      13-41\n"
        "Annexes\n"
        "Abbreviations\n"
        "Replies of the Commission\n"
        "3\n\n"
        "Executive summary\n\n"
        "I Public spaces such as squares, transport hubs and stadiums are open by design, "
        "which makes them attractive targets for terrorists.\n\n"
        "Terrorist attacks on public spaces\n\n"
        "01 On 14 July 2016, a truck was driven into a crowd in Nice, killing 86 people.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_paragraph_ranges_and_closing_entries_are_contents(lang: str) -> None:
    got = segment(normalise(PAGES[lang], markdown=False))
    listed = [u for u in got if u.gaps or u.text in ("Annexes", "3")]
    listed += [u for u in got if u.text in ("Abréviations", "Abbreviations")]
    listed += [u for u in got if u.text.startswith(("Réponses", "Replies"))]
    assert len(listed) >= 9
    assert all(u.noise == "toc" for u in listed), [(u.noise, u.text) for u in listed]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_headings_the_contents_lists_stay_text(lang: str) -> None:
    got = segment(normalise(PAGES[lang], markdown=False))
    heading = (
        "Attentats contre les espaces publics"
        if lang == "fr"
        else ("Terrorist attacks on public spaces")
    )
    assert [u.noise for u in got if u.text == heading] == [None]
