"""Lines a page prints apart stay apart, French and English side by side: a ``<br>``
(a Markdown hard break) between short lines (a record's fields, an address, a byline)
is a new line, inside a sentence it is a space; a run of ``Label : value`` lines keeps
each field a line of its own, never a heading; a telephone number is no symbol, and a
French court's "Lecture du" dates the decision, not its hearing."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docshape import general_symbol
from ctdocs.normalise._menulines import field_line
from ctdocs.normalise._text import normalise
from ctdocs.readers.html import html_to_text


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Date d'adoption : 17/03/2026", True),
        ("Entry into force: 01.09.2002", True),
        ("Victime(s) présumée(s) : L'auteur", True),
        ("Name (original script): na", True),
        ("Tél. : +32 2 557 77 11", True),
        ("Telephone: 613-555-0147", True),
        # a sentence's colon comes after more than five words, or in lower case
        ("Le Conseil a adopté les conclusions suivantes : il rappelle", False),
        ("The Council adopted the following conclusions on that day: it recalls", False),
        ("il a déclaré : « non »", False),
        ("the following: (a) drones", False),
        # a time and an address are no label's colon
        ("Séance de 09:30", False),
        ("Source https://example.org", False),
    ],
)
def test_a_field_line_is_a_short_label_a_colon_and_a_value(text: str, field: bool) -> None:
    assert field_line(text) is field


RECORD = {
    "fr": "Symbole du document : CCPR/C/146/D/3987/2021\nOrgane : Comité des droits de "
    "l'homme\nDate d'adoption : 17/03/2026\n\n**Constatations**\n",
    "en": "Document symbol: CCPR/C/146/D/3987/2021\nBody: Human Rights Committee\n"
    "Date of adoption: 17/03/2026\n\n**Views**\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_of_fields_keeps_one_line_each(lang: str) -> None:
    norm = normalise(RECORD[lang], markdown=True)
    lines = norm.text.split("\n")
    assert lines[0].endswith("CCPR/C/146/D/3987/2021"), lines
    assert lines[2].endswith("17/03/2026"), lines
    assert [line.field for line in norm.lines[:4]] == [True, True, True, False]


SENTENCE = {
    "fr": "Le Comité rappelle ce qui suit\nconcernant la communication.\n",
    "en": "The Committee recalls the following\nconcerning the communication.\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_soft_wrapped_sentence_is_still_joined(lang: str) -> None:
    norm = normalise(SENTENCE[lang], markdown=True)
    assert "\n" not in norm.text.strip()
    assert not any(line.field for line in norm.lines)


BROKEN = {
    # a record's fields, an address: short lines the page breaks on purpose
    "fr": (
        "<p>Relations avec les médias<br>Division C de la GRC<br>Rue de la Loi 175</p>",
        ["Relations avec les médias", "Division C de la GRC", "Rue de la Loi 175"],
    ),
    "en": (
        "<p>Passed 06.06.2001<br>RT I 2001, 61, 364<br>Entry into force 01.09.2002</p>",
        ["Passed 06.06.2001", "RT I 2001, 61, 364", "Entry into force 01.09.2002"],
    ),
}
RUN_ON = {
    # a sentence: the next line goes on in lower case, or the line ends on a comma, or
    # a line of prose is long
    "fr": (
        "<p>Pour le préfet de police,<br>le préfet, directeur de cabinet,<br>Thibault "
        "Gervais</p><p>La Cour rappelle que la mesure contestée a été prise en application"
        "<br>De l'article L. 224-1 du code de la sécurité intérieure.</p>",
        [
            "Pour le préfet de police, le préfet, directeur de cabinet, Thibault Gervais",
            "La Cour rappelle que la mesure contestée a été prise en application De "
            "l'article L. 224-1 du code de la sécurité intérieure.",
        ],
    ),
    "en": (
        "<p>Ioana Petrescu, President,<br>Henrik Aalberg,<br>Maren Koskinen</p><p>The "
        "Court recalls that the contested measure was taken under section 224-1<br>Of "
        "the Internal Security Code, as amended.</p>",
        [
            "Ioana Petrescu, President, Henrik Aalberg, Maren Koskinen",
            "The Court recalls that the contested measure was taken under section 224-1 Of "
            "the Internal Security Code, as amended.",
        ],
    ),
}


def _lines(html: str) -> list[str]:
    text = html_to_text(html).text
    norm = normalise(text, markdown=True, web=True)
    return [line for line in norm.text.split("\n") if line.strip()]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_break_between_short_lines_is_a_new_line(lang: str) -> None:
    html, expected = BROKEN[lang]
    assert _lines(html) == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_break_inside_a_sentence_is_a_space(lang: str) -> None:
    html, expected = RUN_ON[lang]
    assert _lines(html) == expected


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        ("Relations avec les médias\nDivision C de la GRC\n514-939-8400\n", None),
        ("Media Relations\nPublic Safety Canada\n613-555-0147\n", None),
        # a number of the same digits in another grouping is still read
        ("Préfecture de police\n2026-00873\n", "2026-00873"),
        ("Secretariat\nGAO-26-107412\n", "GAO-26-107412"),
    ],
)
def test_a_telephone_number_is_no_symbol(head: str, symbol: str | None) -> None:
    assert general_symbol(head, head) == symbol


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "COUR NATIONALE DU DROIT D'ASILE\n\nN° 25031876\n\nAudience du 24 mars 2026\n"
            "Lecture du 14 avril 2026\n\nLa Cour rejette le recours.\n",
            "2026-04-14",
        ),
        (
            "SUPREME COURT\n\nNo. 25-031\n\nARGUED: MARCH 24, 2026\nDECIDED: APRIL 14, 2026\n\n"
            "The appeal is dismissed.\n",
            "2026-04-14",
        ),
    ],
)
def test_a_decision_is_dated_by_its_reading_not_its_hearing(text: str, value: str) -> None:
    doc = parse_text(text)
    assert doc.date is not None and doc.date.value == value
