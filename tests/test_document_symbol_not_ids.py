"""A record's generated identifier or a file's dotted name is no document's number
(``not_symbols``, data/models/document.toml; ctdocs.extract._docshape.not_symbol; guidelines,
section 6): a finder that reads one gives no number at all.

The class: a site generator's front matter or a wiki's link prints a value of a code's
characters that no publisher prints as a number: a UUID (an author's or a record's id), a
note's dotted name ("research.gaming.2026-report"). The negative rows are numbers of the same
characters that publishers do print: codes with capitals, digits and joiners.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docshape import not_symbol


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0b5e9d21-6a3f-4c8e-8f72-91d4e0a3b6c5", True),
        ("5F0C2A9E-11B4-4D2A-9C3E-7A1B2C3D4E5F", True),
        ("research.gaming.2026-report", True),
        ("notes.securite.fiche-2026", True),
        # numbers publishers print, of the same characters
        ("ED-2026/WS/4", False),
        ("IN-2026/037", False),
        ("26.3518", False),
        ("CNB/GUIDE-LCBFT/2025", False),
        ("2026-0412-ab", False),
    ],
)
def test_not_symbol(value: str, expected: bool) -> None:
    assert not_symbol(value) is expected


PROSE = {
    "en": "The Centre asks operators to report every drone seen over a site to the police.",
    "fr": "Le Centre demande aux exploitants de signaler tout drone vu au-dessus d'un site.",
}


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        (
            "fr",
            "---\ntitle: 'Guide des sites'\nauthor: 0b5e9d21-6a3f-4c8e-8f72-91d4e0a3b6c5\n---\n",
        ),
        ("en", "---\ntitle: 'Site guide'\nowner: 9a8b7c6d-1234-4abc-8def-0123456789ab\n---\n"),
        (
            "en",
            "# Site guide\n\nSee [[research.gaming.2026-report]].\n\nresearch.gaming.2026-report\n",
        ),
    ],
)
def test_an_id_or_a_file_name_is_no_number(lang: str, head: str) -> None:
    text = f"{head}\n{PROSE[lang]}\n\n{PROSE[lang]}\n"
    assert parse_text(text, layout="markdown").symbol is None
