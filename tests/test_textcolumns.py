"""A page set in two columns and copied as text (``readers._textcolumns``), French and English
side by side: an official journal's decree and a law report's judgment, each written for
this test in the style of a PDF's text layer (every physical line a left-column fragment,
a run of spaces, a right-column fragment). They are read as the whole left column, then
the right one, with no character lost and every span mapped back to the input. A table,
a contents list in two columns, a margin of labels and a text with double spaces after
its full stops are not columns of prose and are left as they are.

The expected clauses were worked out by hand from the annotation guidelines (§1, §1a).
"""

from __future__ import annotations

import re

import pytest

from ctdocs import parse_text
from ctdocs._offsets import OffsetMap
from ctdocs.readers._textcolumns import decolumnise, physical_lines

_AT = 44  # where the right column starts in the pages below


def _page(left: list[str], right: list[str]) -> str:
    """Two columns side by side, as a text copy of a PDF page sets them."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return "".join(f"{a.ljust(_AT)}{b}".rstrip() + "\n" for a, b in zip(left, right, strict=True))


JOURNAL_LEFT = [
    "Article 1er. Il est créé auprès du Premier",
    "ministre un centre national de",
    "coordination du renseignement, ci-après",
    "dénommé « le Centre ». Le Centre est",
    "chargé de l'analyse de la menace",
    "terroriste.",
    "",
    "Article 2. Le Centre a pour missions :",
    "1° de centraliser les informations",
    "relatives aux menaces ;",
    "2° d'établir chaque semaine une",
    "synthèse de la menace.",
]
JOURNAL_RIGHT = [
    "Article 3. Le Centre est dirigé par un",
    "directeur général nommé par décret pris",
    "en Conseil des ministres. Il est assisté",
    "d'un secrétaire permanent.",
    "",
    "Article 4. Le ministre de l'intérieur et",
    "le ministre de la défense sont chargés,",
    "chacun en ce qui le concerne, de",
    "l'exécution du présent décret, qui sera",
    "publié au Journal officiel.",
]
REPORT_LEFT = [
    "1. The appellant was convicted of",
    "collecting funds for a terrorist",
    "organisation contrary to section 4 of",
    "the Anti-Terrorism Act. He appeals",
    "against his conviction only.",
    "",
    "2. The prosecution relied on records",
    "of transfers made between March and",
    "June 2024 to accounts held abroad by",
    "a person listed by the Security Council.",
]
REPORT_RIGHT = [
    "3. The judge directed the jury that",
    "the offence required proof that the",
    "appellant knew of the purpose of the",
    "funds. That direction was correct.",
    "",
    "4. For these reasons the appeal is",
    "dismissed and the conviction of the",
    "appellant by the High Court is affirmed.",
]

PAGES = {
    "fr": (
        "DÉCRET N° 2026-0418 portant création du Centre national de coordination\n\n"
        + _page(JOURNAL_LEFT, JOURNAL_RIGHT)
    ),
    "en": "JUDGMENT\n\n" + _page(REPORT_LEFT, REPORT_RIGHT),
}
# (number, first four words of its text), in column order
CLAUSES = {
    "fr": [
        ("Article 1", "Il est créé auprès"),
        ("Article 2", "Le Centre a pour"),
        ("Article 2(1°)", "de centraliser les informations"),
        ("Article 2(2°)", "d'établir chaque semaine une"),
        ("Article 3", "Le Centre est dirigé"),
        ("Article 4", "Le ministre de l'intérieur"),
    ],
    "en": [
        ("1", "The appellant was convicted"),
        ("2", "The prosecution relied on"),
        ("3", "The judge directed the"),
        ("4", "For these reasons the"),
    ],
}
# a sentence cut by the gutter, whole once the columns are read apart
WHOLE = {
    "fr": "Le Centre est dirigé par un directeur général nommé par décret pris en Conseil",
    "en": "relied on records of transfers made between March and June 2024 to accounts",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_columns_are_read_left_then_right(lang: str) -> None:
    doc = parse_text(PAGES[lang], lang)  # type: ignore[arg-type]
    got = [(c.number, " ".join(c.text.split()[:4])) for c in doc.clauses()]
    assert got == CLAUSES[lang]
    assert WHOLE[lang] in " ".join(doc.text.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_character_is_lost_and_each_maps_back(lang: str) -> None:
    page = PAGES[lang]
    out, anchors, blocks = decolumnise(page)
    assert blocks == 1 and anchors is not None
    assert sorted(re.sub(r"\s", "", out)) == sorted(re.sub(r"\s", "", page))
    back = OffsetMap(anchors)
    assert all(page[back.input_at(k)] == ch for k, ch in enumerate(out) if not ch.isspace())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_clause_spans_point_into_the_input(lang: str) -> None:
    page = PAGES[lang]
    doc = parse_text(page, lang)  # type: ignore[arg-type]
    for c in doc.clauses():
        at = doc.input_offset(c.start)
        assert page[at : at + 3] == doc.text[c.start : c.start + 3], c.number


NOT_COLUMNS = {
    "table": _page(
        [
            "Item   Substance",
            "1      Hydrogen peroxide",
            "2      Nitromethane",
            "3      Nitric acid",
            "4      Potassium chlorate",
            "5      Acetone",
            "6      Urea",
        ],
        ["Limit (% w/w)", "12", "16", "3", "40", "-", "16"],
    ),
    "contents": _page(
        [
            "PART I",
            "PRELIMINARY",
            "1.  Title",
            "2.  Interpretation",
            "PART II",
            "LICENCES",
            "3.  Restricted precursors",
            "4.  Licence to possess",
        ],
        [
            "5.  Conditions",
            "6.  Register",
            "PART III",
            "GENERAL",
            "7.  Offences",
            "8.  Revocation",
            "SCHEDULE",
        ],
    ),
    "labels": _page(
        ["Short title", "", "", "Interpretation", "", "", "Application", ""],
        [
            "1. This Act may be cited as the Counter-",
            "Terrorism (Amendment) Act, 2026, and comes",
            "into force on its publication.",
            "2. In this Act, unless the context otherwise",
            "requires, words have the meaning given to",
            "them in the principal Act.",
            "3. This Act applies to every person in",
            "Zambia and to every citizen abroad.",
        ],
    ),
    "spaced": (
        "The Committee met in Geneva.  It heard the reports of the States that had\n"
        "submitted them.  It adopted its conclusions on the second day.  The next\n"
        "session will open in June.  The Chair thanked the Secretariat for its work.\n"
        "The reports of Ghana and Jamaica were heard.  Both described new laws on\n"
        "the financing of terrorism.  The Committee welcomed them.  It asked both\n"
        "States to report again.  The session closed on Friday.  A summary of the\n"
    ),
}


@pytest.mark.parametrize("kind", sorted(NOT_COLUMNS))
def test_what_is_not_two_columns_of_prose_is_left_alone(kind: str) -> None:
    text = NOT_COLUMNS[kind]
    assert decolumnise(text) == (text, None, 0)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Article premier\nLe Conseil décide.\n", "Section 1\nThe Council decides.\n"),
        ("Titre\r\n\r\nAlinéa\rfin", "Title\r\n\r\nParagraph\rend"),
        ("Page 1\fPage 2\x85suite\u2028", "Page 1\fPage 2\x85next\u2028"),
        ("", "\n"),
    ],
)
def test_physical_lines_are_the_lines_and_their_offsets(fr: str, en: str) -> None:
    """Each line at its offset, its line end gone but a separator other than CR or LF kept
    (a form feed opens the next page of the line it ends); the decolumnised text is the same
    from the lines handed over as from the text alone."""
    for text in (fr, en):
        expected: list[tuple[int, str]] = []
        pos = 0
        for raw in text.splitlines(keepends=True):
            expected.append((pos, raw.rstrip("\r\n")))
            pos += len(raw)
        lines = physical_lines(text)
        assert lines == expected
        assert all(text.startswith(line, at) for at, line in lines)
        assert decolumnise(text, lines) == decolumnise(text)
