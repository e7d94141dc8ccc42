"""The front matter's own date key and the shapes around it (annotation guidelines §6).

A site generator's record writes the post's date under a key of its own (``date:``,
``pubDate``, ``citation_publication_date``), beside keys that date the copy
(``updated:``); a page renders its date in a badge; a table lists sessions' dates; a
reference list ends its entries as a dateline would. Each row is a short text written by
hand in a publisher's style none of the test batches has, French and English side by side;
the expected values were worked out by hand from §6 before ctdocs was run on them: the
record's date key dates the document when nothing the text prints does, a badge's date is
printed, a table's rows and a reference's year are not the document's.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text
from ctdocs.extract._dockeys import record_dated

from ._docmeta import own_value as _own

_BODY = (
    "Port authorities reported more sightings of small drones near container terminals, "
    "and operators asked the coastguard for guidance on detection.\n"
)
_CORPS = (
    "Les autorités portuaires signalent davantage de survols de petits drones près des "
    "terminaux, et les exploitants demandent des orientations sur la détection.\n"
)


@pytest.mark.parametrize(
    ("before", "prev", "expected"),
    [
        ("date: ", "", True),
        ("date = ", "", True),  # TOML
        ("pubDate: ", "", True),
        ("date_de_publication: ", "", True),
        ("    content: ", "  - name: citation_publication_date", True),
        ("updated: ", "", False),  # the copy's stamp
        ("mis_a_jour: ", "", False),
        ("    content: ", "  - name: citation_author", False),
        ("Date: ", "", True),  # a key, whatever its case; the record's alone is asked
    ],
)
def test_record_dated(before: str, prev: str, expected: bool) -> None:
    text = (prev + "\n" if prev else "") + before + "2025-03-14\n"
    assert record_dated(text, len(text) - len("2025-03-14\n")) is expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the record's date key over its update key, listed first: neither is printed
        (
            "en",
            '---\ntitle: "Port security"\nupdated: 2025-04-02\npubDate: 2025-03-14\n---\n\n'
            "# Port security\n\n" + _BODY,
            "2025-03-14",
        ),
        (
            "fr",
            '+++\ntitle = "Sûreté portuaire"\nlastmod = 2025-05-01\ndate = 2025-03-14\n+++\n\n'
            "# Sûreté portuaire\n\n" + _CORPS,
            "2025-03-14",
        ),
        # a publication line the text prints over a table of sessions' dates
        (
            "en",
            "# Course: explosives awareness\n\nPublished: 4 January 2025\n\n" + _BODY + "\n"
            "| Session | Dates | Venue |\n|---|---|---|\n| 1 | 9-11 March 2025 | Lisbon |\n",
            "2025-01-04",
        ),
        (
            "fr",
            "# Formation : explosifs\n\nPublié le 4 janvier 2025\n\n" + _CORPS + "\n"
            "| Session | Dates | Lieu |\n|---|---|---|\n| 1 | 9-11 mars 2025 | Lisbonne |\n",
            "2025-01-04",
        ),
        # a reference list's years: none is the document's
        (
            "en",
            "# Drones and ports: a reading list\n\n" + _BODY + "\n"
            "1. Harland, P., Drones over the docks, Harbour Studies Press, Oxford, 2019.\n",
            None,
        ),
        (
            "fr",
            "# Drones et ports : bibliographie\n\n" + _CORPS + "\n"
            "1. Durand, P., Des drones sur les quais, Presses universitaires, Rennes, 2019.\n",
            None,
        ),
        # a short dateline's year still dates it
        ("en", "# Port security\n\nOttawa, 2025\n\n" + _BODY, "2025"),
        ("fr", "# Sûreté portuaire\n\nRennes, 2025\n\n" + _CORPS, "2025"),
    ],
)
def test_record_and_rows(lang: str, text: str, value: str | None) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "badges", "stamp"),
    [
        (
            "en",
            '<Pill kind="series" label="Note 12" /> <Pill kind="date" label="March 2025" />',
            "Last updated on 2 May 2025 · Edit this page",
        ),
        (
            "fr",
            ":tag[Note d'analyse n° 12]{.bleu} :tag[mars 2025]{.gris}",
            "Dernière mise à jour : 02/05/2025 · Modifier cette page",
        ),
    ],
)
def test_badge_dates_the_page(lang: Literal["fr", "en"], badges: str, stamp: str) -> None:
    """A badge's date, below the title's lines, over the footer's update stamp; the badge
    line is chrome, so its date is no date of the text."""
    body = _BODY if lang == "en" else _CORPS
    text = (
        "# Counter-drone measures\n\nA note on regional airports\n\nBy the research unit\n\n"
        "Series of notes\n\n" + badges + "\n\n" + body * 3 + "\n" + stamp + "\n"
    )
    doc = parse_text(text, language=lang)
    assert doc.date is not None and doc.date.value == "2025-03"
    assert "2025-03" not in [d.value for d in doc.dates]
