"""Rows read as menus given back beside the text's own rows
(:func:`ctdocs.layout._tableruns.give_back_rows`): a glossary set in columns in a PDF's
text ("NEDEX   Neutralisation des explosifs   NRBC   Nucléaire et radiologique") cuts its
lines with wide gaps as a page's menu does, but a menu stands among the page's chrome, not
against a line of the text cut into columns too. Such rows are the document's (guidelines
§5: only site chrome is noise); a menu above prose, or beside a row with a web address,
stays aside. French and English side by side.

Each text is written for the test; the expected noise was worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

PROSE = {
    "fr": [
        "Le présent rapport décrit la menace que font peser les aéronefs sans équipage sur les "
        "sites sensibles du territoire national.",
        "Les opérateurs d'importance vitale ont signalé une hausse nette des survols non "
        "autorisés au cours de l'année écoulée.",
        "Les services compétents échangent des informations sur chaque incident signalé et en "
        "tirent des enseignements communs.",
    ],
    "en": [
        "This report describes the threat that unmanned aircraft pose to sensitive sites across "
        "the national territory.",
        "Operators of critical infrastructure reported a clear rise in unauthorised overflights "
        "during the past year.",
        "The competent services exchange information on every reported incident and draw "
        "common lessons from it.",
    ],
}
# Two rows of four short cells (a menu's shape), over a row whose second cell runs on.
ROWS = {
    "fr": [
        "NEDEX      Neutralisation des explosifs      NRBC      Nucléaire et radiologique",
        "LAD        Lutte contre les drones      PPS       Posture permanente",
        "SGDSN      Secrétariat général de la défense et de la sécurité nationale, qui "
        "coordonne la lutte",
    ],
    "en": [
        "CBRN       Chemical and biological      EOD       Explosive ordnance disposal",
        "UAS        Unmanned aircraft systems      C-UAS     Counter drone measures",
        "NCTC       National Counter Terrorism Centre, which coordinates the national response",
    ],
}
HEAD = {"fr": "Glossaire", "en": "Glossary"}
MENU = {
    "fr": "Accueil      Publications      Actualités      Contact",
    "en": "Home      Publications      News      Contact",
}


def _text(lang: str, rows: list[str], top: str = "") -> str:
    p = PROSE[lang]
    lead = f"{top}\n\n" if top else ""
    block = "\n".join(rows)
    return f"{lead}RAPPORT 2026\n\n{p[0]}\n\n{p[1]}\n\n{HEAD[lang]}\n\n{block}\n\n{p[2]}\n"


def _noise(text: str, lang: str) -> list[tuple[str, str]]:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return [(n.text, n.reason) for n in doc.noise]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_beside_the_text_s_own_row_are_text(lang: str) -> None:
    assert _noise(_text(lang, ROWS[lang]), lang) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_menu_above_prose_stays_aside(lang: str) -> None:
    noise = _noise(_text(lang, ROWS[lang], top=MENU[lang]), lang)
    assert [r for _t, r in noise] == ["navigation"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_row_with_a_web_address_stays_aside(lang: str) -> None:
    site = {"fr": "www.sgdsn.gouv.fr", "en": "www.nctc.gov"}[lang]
    rows = [f"{ROWS[lang][0]}      {site}", ROWS[lang][2]]
    noise = _noise(_text(lang, rows), lang)
    assert [r for _t, r in noise] == ["navigation"]
