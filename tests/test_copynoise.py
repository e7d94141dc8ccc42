"""Noise of plain-text and PDF copies (session 9): running lines by their page edges,
contents lists, page stamps and amendment notes, each a class written for any publisher.

The pages are hand-written in other publishers' styles than the held-out batches, French
and English side by side; each test also checks a neighbouring line that must stay.
"""

from __future__ import annotations

import pytest

from ctdocs._layout import Unit, segment
from ctdocs._normalise import normalise

GAP = " " * 30


def units(text: str) -> list[Unit]:
    return segment(normalise(text, markdown=False))


def reason(text: str, line: str) -> str | None:
    """The noise reason of the unit whose text is ``line`` (spaces folded)."""
    want = " ".join(line.split())
    got = [u for u in units(text) if u.text == want]
    assert got, f"no unit {want!r}"
    return got[0].noise


PARA = {
    "fr": [
        "Le service observe depuis deux ans une hausse des procédures ouvertes contre des "
        "mineurs radicalisés en ligne, souvent en quelques semaines seulement.",
        "Les autorités cantonales ont prononcé plusieurs mesures d'interdiction de contact "
        "et deux assignations à une zone au cours de l'année écoulée.",
        "La coopération avec les partenaires étrangers reste étroite, notamment pour "
        "l'échange d'informations sur les voyageurs à risque.",
    ],
    "en": [
        "The service has observed over two years a rise in proceedings opened against "
        "minors radicalised online, often within a few weeks only.",
        "The regional authorities imposed several contact bans and two area restrictions "
        "in the course of the past year, under the new police measures act.",
        "Cooperation with foreign partners remains close, in particular for the exchange "
        "of information on travellers at risk.",
    ],
}
HEADINGS = {
    "fr": ["3  MENACE TERRORISTE", "3.1  Situation générale", "3.2  Financement"],
    "en": ["3  TERRORIST THREAT", "3.1  Overall picture", "3.2  Financing"],
}
RUNNING = {
    "fr": ["RAPPORT ANNUEL SUR LA MENACE 2031 | OFS", "Bulletin des lois du Royaume"],
    "en": ["ANNUAL THREAT ASSESSMENT 2031 | NSO", "Gazette of the Republic of Vanuatu"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_running_head_above_a_numbered_heading_in_columns(lang: str) -> None:
    """A PDF's running head ("TITLE | SERVICE      41") stands above a numbered heading
    set in columns ("3   MENACE"): the heading is no table's row, the head is furniture,
    on each page, the first one included."""
    run = RUNNING[lang][0]
    h = HEADINGS[lang]
    p = PARA[lang]
    text = "\n\n".join(
        [f"{run}{GAP}41", h[0], p[0], h[1], p[1], f"{run}{GAP}42", h[2], p[2], f"{run}{GAP}43"]
    )
    for page in (41, 42, 43):
        assert reason(text, f"{run}{GAP}{page}") is not None
    assert reason(text, p[1]) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_journal_running_line_numbered_by_page_and_issue(lang: str) -> None:
    """A journal's running line with the page ("Page 88") at one edge and the issue
    ("N° 7") at the other, printed at the top of each page, is furniture; a line of the
    text naming the same journal stays."""
    name = RUNNING[lang][1]
    p = PARA[lang]
    first = f"Page 88{GAP}{name} — 3 mai 2031{GAP}N° 7"
    second = f"N° 7{GAP}{name} — 3 mai 2031{GAP}Page 89"
    text = "\n\n".join([first, p[0], p[1], second, p[2]])
    assert reason(text, first) is not None
    assert reason(text, second) is not None
    assert reason(text, p[2]) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rule_over_a_running_foot_is_not_joined_to_it(lang: str) -> None:
    """A drawn rule fills a hard-wrapped text's width but is never joined to the running
    foot printed under it: the foot stays a line of its own, furniture."""
    name = RUNNING[lang][1]
    p = PARA[lang]
    width = "_" * 80
    foot = f"12{GAP}{name}{GAP}15.03.2031"
    body = [
        "\n".join(
            [p[k][i : i + 78] for i in range(0, len(p[k]), 78)]
            + [p[(k + 1) % 3][i : i + 78] for i in range(0, len(p[(k + 1) % 3]), 78)]
        )
        for k in range(3)
    ]
    text = "\n\n".join([body[0], body[1], width + "\n" + foot, body[2]])
    assert reason(text, foot) is not None
