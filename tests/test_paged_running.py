"""Running lines that number their page, French and English side by side: each print
carries its own page number, so a print glued to the next page's first line is cut off it
by its shape with the number blanked, and a print that stands above an item (the page
broke inside a section) is still the page's line. A statute's lead-in or a run of repealed
items printed alike stays the document's."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ctdocs import parse_document
from ctdocs.layout._running import mark_running_lines
from ctdocs.layout._segment import _units, segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

PARA = {
    "fr": "Le service compétent transmet sans délai les informations recueillies aux "
    "autorités de contrôle, qui les conservent pendant la durée fixée par décret.",
    "en": "The competent service shall forward the information it gathers without delay "
    "to the supervisory authorities, which shall keep it for the period set by order.",
}
HEAD = {
    "fr": "Page {n}                                GAO-26-107388 Autorités de lutte anti-drones",
    "en": "Page {n}                                GAO-26-107388 Counter-Drone Authorities",
}
GLUED = {
    "fr": "et la police aux frontières, la gendarmerie nationale et le service des douanes ; au "
    "sein du ministère",
    "en": "and Border Protection, the U.S. Secret Service, and the U.S. Coast Guard; within",
}


def _glued_page(lang: str) -> str:
    head = HEAD[lang]
    return (
        f"{PARA[lang]}\n\n{head.format(n=22)}\n\f{PARA[lang]}\n\n{head.format(n=24)}\n\f"
        f"{PARA[lang]}\n\n{head.format(n=1)}\n\f{GLUED[lang]}\n{PARA[lang]}\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_foot_glued_to_the_next_page_is_cut_off_whatever_its_number(
    lang: str,
) -> None:
    got = segment(normalise(_glued_page(lang), markdown=False))
    feet = [u for u in got if u.text.startswith("Page ")]
    assert [u.text.split()[1] for u in feet] == ["22", "24", "1"]
    assert all(u.noise is not None for u in feet), [(u.noise, u.text) for u in feet]
    assert any(u.noise is None and u.text.startswith(GLUED[lang][:20]) for u in got)


RUNNING = {
    "fr": "A {n}     2026 n° 14   Loi relative à la lutte antiterroriste (modification), 2026",
    "en": "A {n}     2026 No. 14   Terrorism (Prevention and Prohibition) (Amendment) Act, 2026",
}
ITEMS = {
    "fr": "(2) Le prestataire qui manque à l'obligation prévue au paragraphe (1) commet une "
    "infraction et encourt :\n(a) pour une personne morale, une amende ;\n",
    "en": "(2) A provider that fails to comply with subsection (1) commits an offence and is "
    "liable on conviction—\n(a) in the case of a body corporate, to a fine;\n",
}


def _pages(lang: str, first: str, second: str, items: str) -> str:
    """Six paragraphs (past the head), the first page's line, items, the next page's."""
    paras = [f"{i}. {PARA[lang]}" for i in range(1, 7)]
    return "\n\n".join([*paras, first, items, paras[0].replace("1.", "7."), second, PARA[lang]])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_paged_running_head_above_an_item_is_furniture(lang: str) -> None:
    run = RUNNING[lang]
    text = _pages(lang, run.format(n=247), run.format(n=248), ITEMS[lang])
    got = segment(normalise(text, markdown=False))
    heads = [u for u in got if u.text.startswith("A 24")]
    assert len(heads) == 2 and all(u.noise == "page-header" for u in heads)


LEAD_IN = {
    "fr": "Il est interdit à toute personne de sciemment",
    "en": "It is prohibited for any person to knowingly",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lead_in_printed_alike_above_items_is_text(lang: str) -> None:
    lead = LEAD_IN[lang]
    items = (
        "(a) fournir des biens ;\n(b) fournir des services."
        if lang == "fr"
        else "(a) provide goods;\n(b) provide services."
    )
    text = _pages(lang, lead, lead, items) + f"\n\n{items}\n"
    got = segment(normalise(text, markdown=False))
    assert [u.noise for u in got if u.text == lead] == [None, None]


# A running head of two lines: the publisher's name after the form feed, then a
# classification mark and a reference; the page goes on with a sentence in lower case.
TWO_LINE_HEAD = {
    "fr": ("OCSM – Cellule d'analyse", "DIFFUSION:LIBRE                 Réf. : OCSM/NS/26/0101-F"),
    "en": ("CTAU – Analysis Unit", "TLP:CLEAR                 Ref.: CTAU/NS/26/0101-E"),
}
GOES_ON = {
    "fr": "    des attaques contre des infrastructures énergétiques observées en Europe.",
    "en": "    of attacks against energy infrastructure observed in Europe.",
}


def _two_line_heads(lang: str, pages: int) -> str:
    first, second = TWO_LINE_HEAD[lang]
    out = f"{first}\n{second}\n\n{PARA[lang]}\n"
    for _ in range(pages - 1):
        out += f"\f    {first}\n{second}\n\n{GOES_ON[lang]}\n\n{PARA[lang]}\n"
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_heads_second_line_is_not_joined_to_the_page_going_on(lang: str) -> None:
    got = normalise(_two_line_heads(lang, 3), markdown=False).text.split("\n")
    second = " ".join(TWO_LINE_HEAD[lang][1].split())
    # printed alone on each page, never glued to the sentence the page goes on with
    assert got.count(second) == 3
    assert sum(1 for x in got if x.startswith(GOES_ON[lang].strip())) == 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_under_the_head_on_one_page_only_is_joined_as_usual(lang: str) -> None:
    # two pages: the second line stands under the head once after a form feed (a
    # heading or a paragraph's end), not a running line
    got = normalise(_two_line_heads(lang, 2), markdown=False).text.split("\n")
    second = " ".join(TWO_LINE_HEAD[lang][1].split())
    assert any(x.startswith(second + " " + GOES_ON[lang].strip()[:10]) for x in got)


# A gazette's running foot, long (two printed lines joined), under two pages; its first
# print opens the document, where an earlier pass has set it aside already.
LONG_FOOT = {
    "fr": "Supplément officiel au « Journal de la République de Ruritanie », vol. 12, n° 40, "
    "du mardi 3 mars 2026, partie A",
    "en": 'Official Supplement to the "Gazette of the Republic of Ruritania", Vol. 12, No. 40, '
    "3rd March, 2026",
}


def _footed(lang: str) -> list[Unit]:
    foot = LONG_FOOT[lang]
    words = PARA[lang].split()
    paras = [f"{i}. {' '.join(words[i:] + words[:i])}" for i in range(1, 8)]  # each its own
    text = "\n\n".join([foot, *paras[:3], foot, *paras[3:6], foot, paras[6]])
    return _units(normalise(text, markdown=False), ())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_foot_counts_its_print_set_aside_in_the_head(lang: str) -> None:
    units = _footed(lang)
    units[0].noise = "metadata"  # the head's print, taken as the masthead's stamp
    mark_running_lines(units, lambda u: False)
    feet = [u.noise for u in units if u.text == LONG_FOOT[lang]]
    assert feet == ["metadata", "page-header", "page-header"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_line_printed_twice_only_is_text(lang: str) -> None:
    units = _footed(lang)[1:]  # no print in the head: two prints of a long line
    mark_running_lines(units, lambda u: False)
    assert [u.noise for u in units if u.text == LONG_FOOT[lang]] == [None, None]


# A judgment copied from its PDF, three pages: part A and part B each open a sub-heading
# per plea; the sub-heading is printed twice, once in the middle of page 2 and once right
# under page 3's number. A running head is printed at the top of pages 2 and 3.
PLEA = {
    "fr": ("Quant au premier moyen", "Cour constitutionnelle – Arrêt n° 131/2026"),
    "en": ("As to the first plea", "Constitutional Court – Judgment No. 131/2026"),
}


def _judgment(lang: str, plea_on_top: bool) -> str:
    """Page 2: the head, a paragraph, the sub-heading (or, ``plea_on_top``, the head, the
    sub-heading, a paragraph); page 3: its number, the head, the sub-heading."""
    plea, head = PLEA[lang]
    para = f"A.1. {PARA[lang]}"
    page2 = [head, plea, para] if plea_on_top else [head, para, plea, para]
    pages = [
        "\n\n".join([para] * 6),  # past the document's head
        "\n\n".join(["2", *page2]),
        "\n\n".join(["3", head, plea, para.replace("A.1.", "B.1.")]),
    ]
    return "\n\f".join(pages) + "\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("plea_on_top", "plea_noise"), [(False, None), (True, "page-header")], ids=["mid", "top"]
)
def test_a_line_printed_inside_an_inner_page_is_no_running_line(
    lang: str, plea_on_top: bool, plea_noise: str | None
) -> None:
    """Printed in the middle of a page the form feeds close on both sides, the sub-heading
    is the text's own line, on both prints; at the top of both pages, a running line."""
    plea, head = PLEA[lang]
    got = segment(normalise(_judgment(lang, plea_on_top), markdown=False))
    assert [u.noise for u in got if u.text == plea] == [plea_noise, plea_noise]
    assert [u.noise for u in got if u.text == head] == ["page-header", "page-header"]


# The same judgment typeset as a PDF, four pages: a PDF's text has no form feeds, its
# pages are the reader's, known before the running-line pass all the same.
_WORDS = ("compétent", "régional", "national", "fédéral", "militaire", "judiciaire")


def _judgment_pdf(lang: str, plea_on_top: bool) -> bytes:
    """Page 1: paragraphs; pages 2 and 3: the running head, then the sub-heading between
    two paragraphs (or, ``plea_on_top``, right under the head); page 4: paragraphs. Each
    paragraph is worded apart (a line printed alike on each page is a running line)."""
    plea, head = PLEA[lang]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for page in range(1, 5):
        lines = [head] if page > 1 else []
        paras = [f"{k}.{page} {_WORDS[k]} {PARA[lang]}" for k in range(4)]
        if page in (2, 3):
            paras.insert(0 if plea_on_top else 2, plea)
        lines += paras
        for n, line in enumerate(lines):
            c.setFont("Helvetica", 9)
            c.drawString(40, 790 - 40 * n, line[:110])
            if len(line) > 110:
                c.drawString(40, 778 - 40 * n, line[110:])
        c.drawString(290, 40, str(page))
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("plea_on_top", "kept"), [(False, 2), (True, 0)], ids=["mid", "top"])
def test_a_pdfs_pages_tell_a_line_inside_an_inner_page(
    lang: str, plea_on_top: bool, kept: int
) -> None:
    """In a PDF the sub-heading printed inside pages 2 and 3 is the text's own line on
    both prints (it was set aside as a running line while the pages came after the
    pass); printed right under the running head of both pages, it is the head's line."""
    plea, head = PLEA[lang]
    doc = parse_document(_judgment_pdf(lang, plea_on_top), name="judgment.pdf")
    assert sum(b.text == plea for b in doc.blocks()) == kept
    assert sum(n.text == plea for n in doc.noise) == 2 - kept
    assert [n.page for n in doc.noise if n.text == head] == [2, 3, 4]


FOOT = {
    "fr": "Autorité de contrôle – Lignes directrices gel des avoirs – juin 2026"
    + " " * 20
    + "{n}/5",
    "en": "Supervisory Authority – Guidelines on asset freezing – June 2026" + " " * 20 + "{n}/5",
}
SHORT_PAGE = {
    "fr": "SOMMAIRE",
    "en": "CONTENTS",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_foot_over_a_short_page_is_furniture(lang: str) -> None:
    """A contents page of one line puts two prints of the foot three lines apart; each
    numbers its own page across a page break, so both are the page's line, not a label
    the text repeats."""
    foot = FOOT[lang]
    pages = [
        f"{PARA[lang]}\n{foot.format(n=1)}\n",
        f"{SHORT_PAGE[lang]}\n{foot.format(n=2)}\n",
        f"{PARA[lang]}\n{foot.format(n=3)}\n",
        f"{PARA[lang]}\n{foot.format(n=4)}\n",
        f"{PARA[lang]}\n{foot.format(n=5)}\n",
    ]
    got = segment(normalise("\f".join(pages), markdown=False))
    feet = [u for u in got if u.text.startswith(foot[:12])]
    assert len(feet) == 5
    assert all(u.noise is not None for u in feet), [(u.noise, u.text) for u in feet]
    assert all(u.noise is None for u in got if u.text in (PARA[lang], LAST[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_printed_again_on_the_same_page_stays(lang: str) -> None:
    """Two prints a few lines apart on one page, no page break between them: the text's."""
    foot = FOOT[lang]
    text = (
        f"{PARA[lang]}\n{foot.format(n=1)}\n{SHORT_PAGE[lang]}\n{foot.format(n=2)}\n{PARA[lang]}\n"
    )
    got = segment(normalise(text, markdown=False))
    feet = [u for u in got if u.text.startswith(foot[:12])]
    assert feet and all(u.noise is None for u in feet), [(u.noise, u.text) for u in feet]


LAST = {
    "fr": "Le présent arrêté sera publié au Journal officiel et prendra effet le lendemain.",
    "en": "This order shall be published in the Gazette and take effect on the next day.",
}
JOURNAL = {
    "fr": ("JOURNAL OFFICIEL DE LA RÉPUBLIQUE", "1er octobre 2026"),
    "en": ("OFFICIAL GAZETTE OF THE REPUBLIC", "9th October 2026"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_facing_heads_that_swap_date_and_folio_are_one_running_line(lang: str) -> None:
    """A journal's heads on facing pages set the issue's date and the folio at opposite
    ends ("7814   JOURNAL …   9 octobre 2026", "9 octobre 2026   JOURNAL …   7815"): one
    running line, printed on three pages, furniture even in the document's head, where
    two of its prints stand in a row."""
    name, date = JOURNAL[lang]
    gap = " " * 12
    heads = [f"{name}{gap}7813", f"7814{gap}{name}{gap}{date}", f"{date}{gap}{name}{gap}7815"]
    # the copy opens on the foot of the previous page: two heads in a row
    text = f"{heads[0]}\n\f{heads[1]}\n\n{PARA[lang]}\n\f{heads[2]}\n\n{LAST[lang]}\n"
    got = segment(normalise(text, markdown=False))
    printed = [u for u in got if name in u.text]
    assert len(printed) == 3
    assert all(u.noise is not None for u in printed), [(u.noise, u.text) for u in printed]
    assert all(u.noise is None for u in got if u.text in (PARA[lang], LAST[lang]))


MINUTES = {
    "fr": "Communiqué du comité des finances –",
    "en": "Statement of the finance committee –",
}
MINUTES_BODY = {
    "fr": [
        "Le comité a examiné les comptes de l'exercice {k} et les propositions de budget"
        " présentées par le secrétariat.",
        "Les membres ont débattu des orientations du programme de travail et adopté les"
        " conclusions du point {k}.",
    ],
    "en": [
        "The committee examined the accounts for financial year {k} and the budget proposals"
        " submitted by the secretariat.",
        "The members discussed the work programme and adopted the conclusions on item {k}.",
    ],
}
MINUTES_DATES = {
    "fr": (
        ["3 mars 2026", "14 avril 2026", "9 juin 2026", "2 juillet 2026"],
        ["3 mars 2026", "10 mars 2026", "17 mars 2026", "24 mars 2026"],
    ),
    "en": (
        ["3 March 2026", "14 April 2026", "9 June 2026", "2 July 2026"],
        ["3rd March 2026", "10th March 2026", "17th March 2026", "24th March 2026"],
    ),
}


@pytest.mark.parametrize("pages", ["\n\n", "\n\f"])
@pytest.mark.parametrize("series", [0, 1])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_that_end_on_different_dates_stay(lang: str, series: int, pages: str) -> None:
    """Headings with the same words that end on different days ("Communiqué … – 3 mars
    2026", "… – 14 avril 2026"), each over its own paragraphs, are the text's sections: a
    journal's running head prints one issue's date on every page (guidelines §5)."""
    parts = [
        "\n\n".join([f"{MINUTES[lang]} {day}", *(p.format(k=k) for p in MINUTES_BODY[lang])])
        for k, day in enumerate(MINUTES_DATES[lang][series])
    ]
    got = segment(normalise(pages.join(parts) + "\n", markdown=False))
    heads = [u for u in got if u.text.startswith(MINUTES[lang])]
    assert len(heads) == 4
    assert all(u.noise is None for u in heads), [(u.noise, u.text) for u in heads]
