"""Furniture of printed pages (ctdocs.layout._furniture, _segment): page feet in columns,
running heads over several pages or glued to a paragraph, a diagram's labels, an act's
arrangement of sections, and a journal's issue line.

Hand-written pages, French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

from ._furniturepages import PROSE, PROSE2, units

# A PDF's page foot copied as one line of columns: every column is furniture on its own.
COLUMN_FEET = [
    ("24-01876" + " " * 30 + "3/3", "page-footer"),
    ("2/2" + " " * 40 + "23-12709", "page-footer"),
    ("MC28FJ08" + " " * 30 + "- 2 -", "page-footer"),
    ("*2312709*" + " " * 30 + "Merci de recycler", "page-footer"),
    ("*2312709*" + " " * 30 + "Please recycle", "page-footer"),
    ("INTENTIONALLY BLANK", "page-footer"),
    ("Page laissée intentionnellement en blanc", "page-footer"),
    ("15893/10" + " " * 30 + "GdK-OR/kve" + " " * 10 + "1", "page-footer"),
    # a table's row or a heading in columns is not
    ("2016" + " " * 30 + "718", None),
    ("Article 3" + " " * 30 + "- 2 -", None),
    ("Merci de recycler les documents" + " " * 10 + "3/3", None),
]


@pytest.mark.parametrize(("line", "reason"), COLUMN_FEET)
def test_a_page_foot_in_columns(line: str, reason: str | None) -> None:
    page = f"{PROSE['fr']}\n\n{line}\n\n{PROSE2['en']}"
    got = segment(normalise(page, markdown=False))
    foot = next(u for u in got if u.text.split()[0] == line.split()[0])
    assert foot.noise == reason


# A diagram's labels read across by a PDF's text layer; a line of the text stays.
SHATTERED = [
    ("Pr év Ci enir r bl e es Ag ir l e s r é ac ti on", "markup"),
    ("Pre ve nt r e p Ta r g ets Pro te ct s e c u re", "markup"),
    ("Il a dit à la presse qu'il y a eu de la pluie en mai.", None),
    ("He is to go as he is in a bad way to do so.", None),
    ("PR EM I ER M I N IST R E", None),  # a title in spaced capitals
    ("S. 5; R.S., c. E-15, s. 12; 1993, c. 32, s. 4", None),  # figures: credits, a table
]


@pytest.mark.parametrize(("line", "reason"), SHATTERED)
def test_a_diagrams_labels_read_across(line: str, reason: str | None) -> None:
    prose = PROSE["en"] if line.isascii() else PROSE["fr"]
    got = units(f"{prose}\n\n{line}\n\n{PROSE2['fr']}\n")
    assert got[line].noise == reason


DIVISIONS = {
    "fr": [
        ("TITRE II", "Infrastructures critiques et mesures aux frontières"),
        ("TITRE III", "Dispositions finales et transitoires"),
    ],
    "en": [
        ("PART 2", "Critical Infrastructure and Border Measures"),
        ("PART 3", "Final and Transitional Provisions"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_divisions_title_printed_in_the_arrangement_and_the_text_stays(lang: str) -> None:
    # an act's arrangement of sections lists each division's number over its title; the
    # text prints them again over the division: titles, not running lines
    (n2, t2), (n3, t3) = DIVISIONS[lang]
    arrangement = [n2, t2, n3, t3]
    text = [n2, t2, f"1. {PROSE[lang]}", f"2. {PROSE2[lang]}", n3, t3, f"3. {PROSE[lang]}"]
    every = segment(normalise("\n\n".join(arrangement + text), markdown=False))
    titles = [u for u in every if u.text in (t2, t3)]
    assert len(titles) == 4 and all(u.noise is None for u in titles)
    # the same title printed over every page, with no division above it, is a running line
    pages = [[f"{n}.", PROSE[lang], f"{n + 1}.", PROSE2[lang], t2] for n in (1, 3, 5)]
    page = "\n\n".join(p for lines in pages for p in lines)
    every = segment(normalise(page, markdown=False))
    assert [u.noise for u in every if u.text == t2] == ["page-header"] * 3


ISSUE = {
    "fr": ("JORF n° 0289 du 6 décembre 2024, texte n° 97", "ECLI : FR:CC:2024:2024.97.DC"),
    "en": ("OG No 289 of 6 December 2024, text No 97", "ECLI: EU:C:2024:97"),
}
HEAD = {
    "fr": ("Avis sur la surveillance algorithmique", "Assemblée plénière du 28 novembre 2024"),
    "en": ("Opinion on algorithmic surveillance", "Plenary Assembly of 28 November 2024"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_journal_issue_line_in_the_documents_head_stays(lang: str) -> None:
    """Between two lines of the document's head, the journal issue it was published in is
    its own publication line; beside a database's identifiers it is their record."""
    issue, ecli = ISSUE[lang]
    title, meeting = HEAD[lang]
    got = units("\n\n".join([title, meeting, issue, "A - 2024 - 9", PROSE[lang], PROSE2[lang]]))
    assert got[issue].noise is None
    got = units("\n\n".join([title, ecli, issue, PROSE[lang], PROSE2[lang]]))
    assert got[ecli].noise == "metadata" and got[issue].noise == "metadata"


ARRANGEMENT = {
    "fr": [
        "TABLE DES ARTICLES",
        "Titre 1",
        "Dispositions générales",
        "Article",
        "1. Objet",
        "2. Définitions",
    ],
    "en": [
        "ARRANGEMENT OF SECTIONS",
        "Part 1",
        "Preliminary and General",
        "Section",
        "1. Short title",
        "2. Interpretation",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_acts_arrangement_of_sections_is_a_contents_list(lang: str) -> None:
    """An act's own list of its divisions and sections (numbered entries under a column's
    head) is a contents list; the sections it lists, printed below, stay."""
    _head, div, title, _column, e1, e2 = ARRANGEMENT[lang]
    body = [
        PROSE2[lang],  # the long title ends the list
        div.upper(),
        title,
        e1[3:],
        f"1. (1) {PROSE[lang]}",
        e2[3:],
        f"2. (1) {PROSE2[lang]}",
    ]
    every = segment(normalise("\n\n".join([*ARRANGEMENT[lang], *body]), markdown=False))
    n = len(ARRANGEMENT[lang])
    assert [u.noise for u in every[:n]] == ["toc"] * n
    assert all(u.noise is None for u in every[n:])


LONG_HEAD = {
    "fr": "Loi n° 9 de 2026 PORTANT DEUXIÈME MODIFICATION DE LA LOI RELATIVE À LA PROTECTION "
    "DE LA DÉMOCRATIE CONSTITUTIONNELLE CONTRE LE TERRORISME",
    "en": "Counter-Terrorism and Border Security Act 2019 (c. 3) PART 1 — COUNTER-TERRORISM "
    "OFFENCES AND POWERS OF THE POLICE AT PORTS AND BORDERS",
}
OPENER = {
    "fr": "La présente loi modifie la loi relative à la lutte contre le terrorisme.",
    "en": "This Act amends the law on the fight against terrorism.",
}


def _pages(lang: str, head: str, times: int) -> tuple[list[Unit], list[str]]:
    paras = [PROSE[lang], PROSE2[lang], PROSE[lang][:60] + " " + PROSE2[lang][60:]][:times]
    page = "\n\n".join(
        [OPENER[lang]]  # the text opens before the first page's head
        + [
            p
            for n, para in enumerate(paras, 1)
            for p in (f"{n}/3", head, para, f"{n}. {PROSE[lang]}")
        ]
    )
    return segment(normalise(page, markdown=False)), paras


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_running_head_on_three_pages(lang: str) -> None:
    # more than fifteen words: a running line only when printed on three pages or more
    every, paras = _pages(lang, LONG_HEAD[lang], 3)
    heads = [u for u in every if u.text == LONG_HEAD[lang]]
    assert len(heads) == 3 and all(u.noise == "page-header" for u in heads)
    assert all(u.noise is None for u in every if u.text in paras)
    twice, _ = _pages(lang, LONG_HEAD[lang], 2)
    assert all(u.noise is None for u in twice if u.text == LONG_HEAD[lang])


SHORT_HEAD = {
    "fr": "LOI PORTANT MODIFICATION DE LA LOI RELATIVE À LA LUTTE CONTRE LE TERRORISME",
    "en": "PROTECTION OF CONSTITUTIONAL DEMOCRACY AGAINST TERRORIST ACTIVITIES AMENDMENT ACT",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_head_glued_to_a_paragraph_is_cut_off(lang: str) -> None:
    head = SHORT_HEAD[lang]
    pages = [
        ("1/3", head, PROSE[lang], f"1. {PROSE2[lang]}"),
        ("2/3", head, PROSE2[lang], f"2. {PROSE[lang]}"),
        ("3/3", f"{head} {OPENER[lang]}", f"3. {PROSE[lang]}"),
    ]
    every = segment(normalise("\n\n".join(p for page in pages for p in page), markdown=False))
    heads = [u for u in every if u.text == head]
    # (the first print stands in the document's head, where it is the title)
    assert len(heads) == 3 and all(u.noise == "page-header" for u in heads[1:])
    rest = [u for u in every if u.text == OPENER[lang]]
    assert len(rest) == 1 and rest[0].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_buttons_label_before_a_glued_running_head_goes_with_it(lang: str) -> None:
    head, label = SHORT_HEAD[lang], {"fr": "Transcription", "en": "Transcript"}[lang]
    pages = [
        ("1/3", head, PROSE[lang], f"1. {PROSE2[lang]}"),
        ("2/3", head, PROSE2[lang], f"2. {PROSE[lang]}"),
        ("3/3", f"{label} {head}", OPENER[lang], f"3. {PROSE[lang]}"),
    ]
    every = segment(normalise("\n\n".join(p for page in pages for p in page), markdown=False))
    assert [u.noise for u in every if u.text == f"{label} {head}"] == ["page-header"]
    assert all(u.noise is None for u in every if u.text == OPENER[lang])
