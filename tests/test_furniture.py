"""Page furniture by shape (src/ctdocs/_furniture.py and the rules of _boilerplate.py):
record boxes, fields, stamps, leaders, notes, contact boxes and signed names.

Hand-written pages, French and English side by side: a site's record box of
"Label: value" fields before the text, a running footer with a web address, a
release's date stamp with a comma and a time of day, a page's "last updated" footer.
Each must be noise; the document's own fields (language lines, "Objet :" inside the
text, two fields alone) must stay.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._furniture import (
    has_dot_leader,
    is_field,
    is_local_contact,
    is_menu,
    is_signed_name,
)
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

from ._furniturepages import PROSE, PROSE2, units

RECORD_BOX = {
    "fr": ["Type : Recommandation", "Organe d'origine : Comité d'experts", "Source : INTERIEUR"],
    "en": ["Type: Recommendation", "Originating body: Committee of Experts", "Source: Interior"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_record_box_before_the_text_is_metadata(lang: str) -> None:
    page = "\n\n".join([*RECORD_BOX[lang], PROSE[lang], PROSE2[lang]])
    got = units(page)
    for line in RECORD_BOX[lang]:
        assert got[line].noise == "metadata", line
    assert got[PROSE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_fields_are_not_a_box(lang: str) -> None:
    # two fields alone may be the document's own head ("Objet : …", "Réf. : …")
    page = "\n\n".join([*RECORD_BOX[lang][:2], PROSE[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in RECORD_BOX[lang][:2])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fields_inside_the_text_stay(lang: str) -> None:
    # between two paragraphs of prose the fields are the document's own list
    page = "\n\n".join([PROSE[lang], *RECORD_BOX[lang], PROSE2[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in RECORD_BOX[lang])


CLOSE = {
    "fr": [
        "Document original : anglais",
        "Disponible en : anglais, arabe, espagnol, français",
        "Référence : AG-2019-88-RES-05",
    ],
    "en": [
        "Text original: French",
        "Available in: English, French, Spanish",
        "Reference: AG-2019-88-RES-05",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_language_lines_of_the_close_stay(lang: str) -> None:
    # the document's own language and reference lines (front matter), not a record box
    page = "\n\n".join([PROSE[lang], *CLOSE[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in CLOSE[lang])


FIELDS = [
    ("Entrée en vigueur : 07-04-2019", True),
    ("Originating body: Committee of Experts on Terrorism (CODEXTER)", True),
    ("Renseignements :", True),
    ("Votes:", True),
    # a sentence that ends on its colon's value, a long lead-in, a clause
    ("Note : le texte est publié au Journal officiel.", False),
    ("The Council of the European Union adopted the following conclusions on terrorism:", False),
    ("1. Objet : le présent décret", False),
]


@pytest.mark.parametrize(("line", "expected"), FIELDS)
def test_is_field(line: str, expected: bool) -> None:
    assert is_field(line) is expected


FOOTER = {
    "fr": "Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27 – contact@exemple.fr",
    "en": "Place Beauvau – 75800 Paris Cedex 08 – Switchboard: 01 49 27 49 27 – info@example.org",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_long_running_footer_with_web_address(lang: str) -> None:
    # seventeen words and more: too long for a running line, unless it carries a site
    paras = [PROSE[lang], PROSE2[lang], PROSE[lang][:60] + " " + PROSE2[lang][60:]]
    page = "\n\n".join(
        [p for n, para in enumerate(paras, 1) for p in (f"{n}.", para, FOOTER[lang], f"{n}/3")]
    )
    every = segment(normalise(page, markdown=False))
    footers = [u for u in every if u.text == FOOTER[lang]]
    assert len(footers) == 3 and all(u.noise == "page-header" for u in footers)
    assert all(u.noise is None for u in every if u.text in paras)


STAMPS = [
    ("12 mars, 2019, 10:30 HE", "metadata"),
    ("12 March, 2019, 10:30 ET", "metadata"),
    ("Cette page a été mise à jour le 27 mai 2017.", "metadata"),
    ("This page was last updated May 27, 2017.", "metadata"),
    # a legal database's identifiers of the text and its version flag
    ("NOR : PRMD2405513D", "metadata"),
    ("ECLI : FR:CC:2021:2021.822.DC", "metadata"),
    ("ECLI: EU:C:2019:123", "metadata"),
    ("CELEX number i 32001E0931", "metadata"),
    ("ISSN 1977-0677 (electronic edition)", "metadata"),
    ("Version initiale", "metadata"),
    ("Initial version", "metadata"),
    # the official journal's issue the page was taken from, the page's publication stamp
    ("JORF n°0112 du 14 mai 2025", "metadata"),
    ("JORF n°0112 du 14 mai 2025, texte n° 3", "metadata"),
    ("OG No 112 of 14 May 2025", "metadata"),
    ("Published 3 March 2026", "metadata"),
    ("Première publication : 3 mars 2026", "metadata"),
    # a PDF's digital signature, a database's list of the text's languages
    ("Signé électroniquement par Jean Dupont", "web-chrome"),
    ("Digitally signed by JOHN SMITH", "web-chrome"),
    ("JO L 139 du 29.5.2002, p. 4–5 (ES, DA, DE, EL, EN, FR, IT, NL, PT, FI, SV)", "web-chrome"),
    ("OJ L 139, 29.5.2002, p. 4–5 (ES, DA, DE, EL, EN, FR, IT, NL, PT, FI, SV)", "web-chrome"),
    # the same words inside the text
    ("La loi publiée au JORF n°0112 du 14 mai 2025 est abrogée.", None),
    ("The act published in OG No 112 of 14 May 2025 is repealed.", None),
    ("Published in 2026, the strategy sets out four pillars", None),
    ("(OJ L 139, 29.5.2002, p. 4)", None),
    ("Nor shall any State be required to extradite", None),
    ("Version initiale du plan national de 2015", None),
    ("Consolidated version of the Treaty on European Union", None),
]


@pytest.mark.parametrize(("line", "reason"), STAMPS)
def test_page_stamps(line: str, reason: str | None) -> None:
    prose = PROSE["en"] if line.isascii() else PROSE["fr"]
    assert units(f"{prose}\n\n{line}\n")[line].noise == reason


LEADERS = [
    ("Introduction ........................ 4", True),
    ("Chapitre premier ..................... 12", True),
    # entries folded on one line: titles between the leaders
    ("Introduction........4 The Terrorist Threat........6 Aim and Principles........9", True),
    # a table's row: numbers between the leaders
    ("France ........ 126 ............... 94 ......... 6", False),
    ("Total ........ 254 .............. 142 ........ 14", False),
    # a record's line run to its dates, two of them: a witness heard twice (no page)
    ("Financial Intelligence Centre ............ 10 March 2026, 2 April 2026", False),
    ("Cellule de renseignement financier ......... 3 mars 2026 et 5 avril 2026", False),
    # a contents entry over two pages stays one
    ("Chapitre 2 – Les acteurs ................. 12 et 14", True),
]


@pytest.mark.parametrize(("line", "expected"), LEADERS)
def test_dot_leaders_of_contents_not_of_tables(line: str, expected: bool) -> None:
    assert has_dot_leader(line) is expected


NOTES = {
    "fr": [
        "1 Les chiffres incluent les données transmises par la Suisse.",
        "2 Eurojust, Terrorism Convictions Monitor, édition de juin 2021.",
    ],
    "en": [
        "1 Europol, European Union Terrorism Situation and Trend Report (TE-SAT) 2020.",
        "2 COM(2020) 605 final of 24.7.2020.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_footnotes_above_a_bare_folio(lang: str) -> None:
    page = "\n\n".join([PROSE[lang], "______________", *NOTES[lang], "12", PROSE2[lang]])
    got = units(page)
    assert all(got[line].noise == "page-footer" for line in NOTES[lang])
    assert got["12"].noise == "page-number"
    assert got[PROSE[lang]].noise is None and got[PROSE2[lang]].noise is None


# A star's note wrapped onto a second line with a phone number, then, after a blank
# line, the text's closing formula, then the page's folio (a treaty body's last page).
STAR_NOTE = {
    "fr": (
        "* La République du Bélarus est devenue État membre de l'Organisation le 4 juillet 2024.",
        "  Téléphone de l'officier de permanence du Comité exécutif : +998 71 233 2026.",
    ),
    "en": (
        "* The Republic of Belarus became a Member State of the Organisation on 4 July 2024.",
        "  Telephone of the duty officer of the Executive Committee: +998 71 233 2026.",
    ),
}
DONE_AT = {
    "fr": "Fait à Tachkent le seize avril deux mille vingt-six en un seul exemplaire, "
    "les deux textes faisant également foi.",
    "en": "Done at Tashkent on sixteenth April two thousand and twenty-six in a single copy, "
    "both texts being equally authentic.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_text_below_the_notes_before_the_folio_stays(lang: str) -> None:
    # the notes end at the blank line over a line opening with no note's number: it is
    # the text's (its closing formula), though the page's folio comes only after it; and
    # the notes, once set aside, keep the rule's foot from taking it for an address box
    note, wrapped = STAR_NOTE[lang]
    page = "\n\n".join([PROSE[lang], "______________", f"{note}\n{wrapped}", DONE_AT[lang], "2"])
    got = units(page)
    assert got[note].noise == got[wrapped.strip()].noise == "page-footer"
    assert got[DONE_AT[lang]].noise is None
    assert got["2"].noise == "page-number"
    assert got[PROSE[lang]].noise is None


CONTACT_BOX = {
    "fr": [
        "Renseignements :",
        "Émilie Gagnon",
        "Attachée de presse",
        "418 646-6135",
        "Source :",
        "Relations avec les médias",
        "Information :",
    ],
    "en": [
        "Contacts:",
        "Emily Gagnon",
        "Press Secretary",
        "613-990-2743",
        "Source:",
        "Media Relations",
        "Information:",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contact_box_after_the_text(lang: str) -> None:
    # three fields with the short lines between them; the line after the box stays
    after = "Autres communiqués" if lang == "fr" else "More news releases"
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *CONTACT_BOX[lang], after])
    got = units(page)
    for line in CONTACT_BOX[lang]:
        assert got[line].noise == "metadata", line
    assert got[PROSE2[lang]].noise is None


MEMO_HEAD = {
    "fr": ["NOTE de : Secrétariat général", "Aux : Délégations", "Objet : Conclusions"],
    "en": ["NOTE from: General Secretariat", "To: Delegations", "Subject: Conclusions"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_notes_own_head_is_not_a_box(lang: str) -> None:
    page = "\n\n".join([*MEMO_HEAD[lang], PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in MEMO_HEAD[lang])


@pytest.mark.parametrize(
    "title",
    [
        "Rentrer chez soi : poursuivre et réintégrer les femmes rapatriées du nord-est de la Syrie",
        "Returning Home: Prosecuting and Reintegrating Women Repatriated from North-East Syria",
    ],
)
def test_a_title_with_its_subtitle_is_not_a_field(title: str) -> None:
    assert not is_field(title)


LONG_TITLE = {
    "fr": "17 MARS 2019. - Loi relative à la protection des infrastructures critiques et des "
    "sites sensibles contre les menaces terroristes",
    "en": "Act of 17 March 2019 on the protection of critical infrastructure and of sensitive "
    "sites against the threat of terrorism",
}
ARTICLE = {
    "fr": "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution.",
    "en": "Article 1. This Act governs a matter referred to in Article 74 of the Constitution.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_record_box_under_a_long_title_before_the_first_article(lang: str) -> None:
    """A long title reads as prose; the record box under it, before the first numbered
    line, is still the site's."""
    page = "\n\n".join([LONG_TITLE[lang], *RECORD_BOX[lang], ARTICLE[lang], PROSE2[lang]])
    got = units(page)
    for line in RECORD_BOX[lang]:
        assert got[line].noise == "repository", line
    assert got[LONG_TITLE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lead_in_to_a_web_address_is_no_fields_value(lang: str) -> None:
    lead = {
        "fr": "Pour suivre l'actualité du ministère : https://www.example.org",
        "en": "To follow the ministry's news: https://www.example.org",
    }[lang]
    label = "Lien connexe :" if lang == "fr" else "Related link:"
    page = "\n\n".join([PROSE[lang], PROSE2[lang], label, lead, *RECORD_BOX[lang]])
    got = units(page)
    assert got[lead].noise is None
    assert all(got[line].noise == "metadata" for line in RECORD_BOX[lang])


CALLED = {
    "fr": (
        "Rapport fait au nom de la commission des affaires étrangères (1) sur la menace.",
        "(1) Cette commission est composée de : M. Jean Dupont, président ; Mme Anne Martin.",
    ),
    "en": (
        "Report made on behalf of the Committee on Foreign Affairs (1) on the threat.",
        "(1) The committee is composed of: Mr John Smith, chair; Ms Anne Martin.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_called_note_above_the_page_number(lang: str) -> None:
    call, note = CALLED[lang]
    page = "\n\n".join([call, note, "- 3 -", PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[note].noise == "page-footer"
    assert got[call].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_called_note_closing_the_text_under_a_rule(lang: str) -> None:
    call, note = CALLED[lang]
    got = units("\n\n".join([PROSE[lang], call, "_______________", note]))
    assert got[note].noise == "page-footer"


SUBSECTIONS = {
    "fr": (
        "(1) Le ministre peut prolonger la mesure prévue au paragraphe (2) pour six mois.",
        "(2) Le présent article cesse d'avoir effet le 7 décembre 2026.",
    ),
    "en": (
        "(1) The Minister may extend the order made under subsection (2) for six months.",
        "(2) This section ceases to have effect on 7 December 2026 unless extended.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_subsection_above_the_page_number_stays(lang: str) -> None:
    """Cited above and standing over the page's number, but under its "(1)": a list's item."""
    first, second = SUBSECTIONS[lang]
    page = "\n\n".join([PROSE[lang], first, second, "- 4 -", PROSE2[lang]])
    assert units(page)[second].noise is None


CONTACTS = [
    ("418 646-6135", True),
    ("(613) 555-0199", True),
    ("presse@example.gouv.fr – 01 71 75 80 11", True),
    ("Press office press@example.org – 01 71 75 80 11", True),
    # figures and years are no phone numbers
    ("2019 2020 2021", False),
    ("12 345 678 90", False),
    ("Le budget passe de 01 71 75 80 11 euros à zéro.", False),
]


@pytest.mark.parametrize(("line", "expected"), CONTACTS)
def test_contact_lines(line: str, expected: bool) -> None:
    assert is_local_contact(line) is expected


FIELD_OVER_LABEL = {
    "fr": (
        "Date de publication du résumé sur le site du Comité : 19 novembre 2026",
        "Motifs de l'inscription :",
    ),
    "en": (
        "Date on which the narrative summary became available on the website: 19 November 2026",
        "Reason for listing:",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_records_field_repeated_over_the_same_label_stays(lang: str) -> None:
    field, label = FIELD_OVER_LABEL[lang]
    page = "\n\n".join(
        p
        for name, para in (("QDi.447 ABDI HIRSI", PROSE[lang]), ("QDe.186 AL-NUR", PROSE2[lang]))
        for p in (name, field, label, para)
    )
    every = segment(normalise(page, markdown=False))
    fields = [u for u in every if u.text == field]
    assert len(fields) == 2 and all(u.noise is None for u in fields)


SIGNED_BOX = {
    "fr": [
        "Le Président : Jean-Baptiste MOREAU",
        "Membres : Claire DUVAL, Paul LEMAIRE",
        "Le Rapporteur : Anne-Sophie KERGOAT",
    ],
    "en": [
        "Chair: Margaret O'NEILL",
        "Members: Thomas WHITFORD, Ruth ABERNETHY",
        "Judgment of: CALLOWAY J",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_naming_its_signatories_stays(lang: str) -> None:
    # office over holder after the operative text: the document's own close, its names kept
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *SIGNED_BOX[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in SIGNED_BOX[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_named_contact_box_with_a_phone_is_still_a_box(lang: str) -> None:
    phone = "Tél. : 01 44 55 66 77" if lang == "fr" else "Tel.: 020 7946 0958 12"
    box = [*SIGNED_BOX[lang][:2], phone]
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *box])
    got = units(page)
    assert all(got[line].noise == "metadata" for line in box)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marc-Antoine DUPRÉ", True),
        ("Édith LAMARRE, Fritz DELORME", True),
        ("CALLOWAY J", True),
        ("Ms R HENDRY SC", True),
        ("General Division", False),
        ("12 May 2026", False),
        ("Margaret Hendry", False),
        ("INTERIEUR", False),
    ],
)
def test_is_signed_name(value: str, expected: bool) -> None:
    assert is_signed_name(value) is expected


SIGNATURE_COLUMNS = {
    "fr": ("ÉLODIE M. RAKOTO-BERNARD,", "Ministre de l'Intérieur et", "de la Sécurité"),
    "en": ("CHARLES T. MWALE-OKAFOR,", "Minister of Home Affairs and", "Internal Security"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("comma", [True, False])
def test_a_signature_in_columns_is_no_menu(lang: str, comma: bool) -> None:
    # a right-aligned signature folded to one line with wide gaps: the name's comma runs
    # on into the office under it; without it the three cells read as a menu
    cells = list(SIGNATURE_COLUMNS[lang])
    if not comma:
        cells[0] = cells[0].rstrip(",")
    text = " ".join(cells)
    gaps = (len(cells[0]) + 1, len(cells[0]) + len(cells[1]) + 2)
    assert is_menu(text, gaps) is not comma


HOSTILE_LEADERS = {  # a long leader run, then a long run of dates that closes on none
    "fr": "." * 80000 + "1 mars 2026 et " * 20000,
    "en": "." * 80000 + "1 March 2026 and " * 20000,
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_leader_run_before_many_dates_is_read_in_linear_work(lang: str) -> None:
    """Leaders before a page number ("1 …") are a contents entry's; the dates after them
    end on a conjunction, no record's closing date. Bounded by work, not by a clock (as
    tests/test_pathological.py): the date is looked for after the last leader only, so
    this line is read in milliseconds; the search from every leader it replaced took 2.7 s
    on a twentieth of it (4 000 leaders, 1 000 dates) and, quadratic in both, would not
    finish in any CI run on this one."""
    assert has_dot_leader(HOSTILE_LEADERS[lang]) is True
