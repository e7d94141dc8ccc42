"""A byline's or a meta line's date by the title (annotation guidelines §6, :mod:`._docbyline`).

A page prints when it went out on a short line by its title, among its authors, its
kind, its reading time or a generator's badge; that date is the document's own, above a
cookie banner's "(updated 1 July 2024)" or a date of running text. A comment's date and
a related item's byline under the running text are not. A publication cue on such a line
("Published 30 June 2026 · …") keeps its low rank: a dateline or a signature the text
prints further down is the text's own (heldout3, heldout23, heldout29 gold). French and
English rows side by side; every expected value was worked out by hand from §6 before
the code ran (the texts are made up, in no one site's style).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs.extract._docbyline import byline_cell, byline_zones, in_zone

_COOKIE_EN = "This site uses cookies. See our notice (updated 1 July 2024).\n\n"
_COOKIE_FR = "Ce site utilise des cookies (politique mise à jour le 1er juillet 2024).\n\n"


def _date(tmp_path: Path, name: str, text: str) -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    d = parse_document(path).date
    return None if d is None else d.value


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        # authors, a bar or a dash, the date: the page's date, not the banner's stamp
        (
            "en.md",
            "# Drones over ports\n\nBy Jane Doe and Ali Khan | 11 June 2026\n\n"
            + _COOKIE_EN
            + "Armed groups use drones against harbours. Attacks were seen in 2019.\n",
            "2026-06-11",
        ),
        (
            "fr.md",
            "# Les drones et les ports\n\nPar Marie Dupont — 3 mars 2026\n\n"
            + _COOKIE_FR
            + "Les groupes armés utilisent des drones contre les ports depuis 2019.\n",
            "2026-03-03",
        ),
        # a generator's badge: the date alone in its brackets or its quotes
        (
            "fr.md",
            '# Note de recherche : drones\n\n:badge[Note n° 151]{color="blue"} '
            + ':badge[18 mai 2026]{color="gray"}\n\n'
            + "Le 4 février 2026, un navire a été frappé. L'incident du 12 mars 2026 a suivi.\n",
            "2026-05-18",
        ),
        (
            "en.md",
            '# Resilience of operators\n\n<Badge type="tip" text="Notebook no. 61" /> '
            + '<Badge type="info" text="April 2026" />\n\n'
            + "Attacks on hospitals (February 2021) showed how fragile networks are. "
            + "In 2024 an audit confirmed it.\n",
            "2026-04",
        ),
    ],
)
def test_byline_date_is_the_documents(tmp_path: Path, name: str, text: str, value: str) -> None:
    assert _date(tmp_path, name, text) == value


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Analysis · ", " · 6 min read", True),
        ("Analyse · ", " · 6 min de lecture", True),
        ("Kofi Mensah, Senior Researcher, Bamako ", "", True),
        ("Awa Traoré, Consultante, Bamako ", "", True),
        # an update stamp's cue right after the date opens the next field, as a bar would
        ("By Mary Smith and Tom Brown ", " Updated 5 Mar 2026 6 min read", True),
        ("Par Marie Dupont et Paul Martin ", " Mis à jour le 5 mars 2026", True),
        # other words after it still make no cell of a byline
        ("By Mary Smith and Tom Brown ", " in London", False),
        ("Par Marie Dupont et Paul Martin ", " à Paris", False),
        # alone on its line: no byline's field (a timeline's entry, a date line)
        ("", "", False),
        ("- ", "", False),
        # a sentence's words before the date, or a sentence ended before it
        ("The ministers met in Geneva on ", ".", False),
        ("Les ministres se sont réunis à Genève le ", ".", False),
        ("Insurgents struck the base. Forces left on ", "", False),
        ("Les insurgés ont frappé la base. Les forces sont parties le ", "", False),
    ],
)
def test_byline_cell(before: str, after: str, expected: bool) -> None:
    assert byline_cell(before, after) is expected


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        (
            "Menu\n\n# Returns home\n\nBy Sarah Lee · 20 May 2026\n\nReturnees pose risks to "
            + "the public that states assessed in different ways.\n\n"
            + "**John Smith** · 22 May 2026\n",
            "20 May",
            "22 May",
        ),
        (
            "Menu\n\n# Le retour\n\nPar Sophie Martin · 20 mai 2026\n\nLes États ont évalué tous "
            + "les risques de façon différente.\n\n**Jean Petit** · 22 mai 2026\n",
            "20 mai",
            "22 mai",
        ),
    ],
)
def test_zone_ends_at_running_text(text: str, inside: str, outside: str) -> None:
    title = text.split("# ", 1)[1].split("\n", 1)[0]
    zones = byline_zones(text, title, len(text))
    assert in_zone(zones, text.index(inside))
    assert not in_zone(zones, text.index(outside))
