"""Running lines in columns (src/ctdocs/_columns.py) and boxes under the text
(src/ctdocs/_tailboxes.py).

Hand-written pages in the publishers' styles, French and English side by side: a
journal's running head copied as one line of columns (number, date, journal's name,
page), a release's press contacts and a page's record of its updates under the last
paragraph. Each must be noise (guidelines §5: repeated page headers and footers, page
stamps, chrome); a table's row, a section's number before its heading, the document's
own symbol in its head, a chronology in the text and a contact point inside the text
must stay.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._tailboxes import is_contact_line
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": (
        "Le Conseil invite les États membres à renforcer la coopération entre les services "
        "chargés de la lutte contre le terrorisme et les autorités judiciaires."
    ),
    "en": (
        "The Council invites the Member States to strengthen the cooperation between the "
        "services in charge of countering terrorism and the judicial authorities."
    ),
}
PROSE2 = {
    "fr": (
        "Les mesures prévues par le présent plan feront l'objet d'une évaluation par les "
        "inspections générales dans un délai de deux ans."
    ),
    "en": (
        "The measures set out in this plan will be evaluated by the inspectorates within a "
        "period of two years from their adoption by the government."
    ),
}
GAP = " " * 24


def units(text: str) -> list[Unit]:
    return segment(normalise(text, markdown=False))


def by_text(got: list[Unit]) -> dict[str, Unit]:
    return {u.text: u for u in got}


# A journal's or a resolution's running head: an edge numbers or dates the page.
RUNNING = [
    f"N° 512 – 3 ramadan 1446 (3-3-2025){GAP}BULLETIN DES LOIS{GAP}88",
    f"89{GAP}BULLETIN DES LOIS{GAP}N° 512 – 3 ramadan 1446 (3-3-2025)",
    f"No. 512 (3-3-2025){GAP}LAW GAZETTE{GAP}88",
    f"2024/1187{GAP}12.6.2024",
    f"FR{GAP}JO L du 12.6.2024",
    f"EN{GAP}OJ L, 12.6.2024",
    f"S/RES/2799 (2025){GAP}Menaces contre la paix et la sécurité internationales",
    f"A/RES/80/12{GAP}Measures to eliminate international terrorism",
]


@pytest.mark.parametrize("line", RUNNING)
def test_a_running_line_in_columns(line: str) -> None:
    page = f"{PROSE['fr']}\n\n{line}\n\n{PROSE2['en']}"
    head = " ".join(line.split())
    got = by_text(units(page))
    assert got[head].noise == "page-footer"


# Not running lines: a table's rows (rows under each other), a row of figures, a
# section's number before its heading, a sentence in a column.
KEPT = [
    f"Belgique{GAP}12.3.2004\n\nFrance{GAP}15.6.2005\n\nItalie{GAP}2.2.2006",
    f"Belgium{GAP}12.3.2004\n\nFrance{GAP}15.6.2005\n\nItaly{GAP}2.2.2006",
    f"2016{GAP}718",
    f"21{GAP}Criminal Code provisions apply",
    f"12{GAP}Dispositions pénales applicables",
    f"Le texte a été publié au journal officiel.{GAP}12.6.2024",
    f"The text was published in the journal.{GAP}12.6.2024",
]


@pytest.mark.parametrize("lines", KEPT)
def test_tables_and_headings_in_columns_stay(lines: str) -> None:
    page = f"{PROSE['fr']}\n\n{lines}\n\n{PROSE2['en']}"
    got = units(page)
    assert all(u.noise is None for u in got), [u.text for u in got if u.noise]


@pytest.mark.parametrize(
    "line", [f"Nations Unies{GAP}S/RES/2799 (2025)", f"United Nations{GAP}A/RES/80/12"]
)
def test_the_documents_own_symbol_in_its_head_stays(line: str) -> None:
    page = f"{line}\n\n{PROSE['fr']}\n\n{PROSE2['en']}"
    assert units(page)[0].noise is None


CONTACTS = {
    "fr": ["Contacts presse", "Claire Dumont", "Attachée de presse", "+33 1 49 27 00 00"],
    "en": ["Press contacts", "Claire Dumont", "Press officer", "+44 20 7946 0000"],
}
CONTACTS_EMAIL = {
    "fr": ["CONTACT PRESSE", "Service de presse du ministère", "presse@ministere.example"],
    "en": ["MEDIA ENQUIRIES", "Press office of the ministry", "press@ministry.example"],
}


@pytest.mark.parametrize("box", [CONTACTS, CONTACTS_EMAIL])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_under_the_text(lang: str, box: dict[str, list[str]]) -> None:
    page = "\n\n".join([PROSE[lang], PROSE2[lang], "\n".join(box[lang])])
    got = units(page)
    # the box's short lines may be joined into one unit; none of its words stays open
    assert all(u.noise == "boilerplate" for u in got[2:]), [u.text for u in got]
    assert " ".join(u.text for u in got[2:]) == " ".join(box[lang])
    assert got[1].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_above_a_paragraph_stays(lang: str) -> None:
    # a contact point the text names, with the text going on below it
    page = "\n\n".join([PROSE[lang], "\n".join(CONTACTS[lang]), PROSE2[lang]])
    got = by_text(units(page))
    assert all(got[line].noise is None for line in CONTACTS[lang][1:3])


PLUGS = {
    "fr": [
        "Le ministère est en ligne à www.ministere.example. Suivez-nous sur X, Facebook, "
        "Instagram et LinkedIn.",
        "Restez informés : abonnez-vous à notre lettre d'information.",
    ],
    "en": [
        "The ministry is online at www.ministry.example. Connect with us on X, Facebook, "
        "Instagram, YouTube and LinkedIn.",
        "Stay connected with the ministry's e-news service: subscribe now.",
    ],
}


CLOSING_WITH_ADDRESS = {
    "fr": "Le formulaire de demande et la notice explicative sont disponibles sur "
    "www.interieur.example/aides ; les dossiers doivent parvenir au service avant le 30 juin.",
    "en": "The application form and the guidance notes are available at "
    "www.justice.example/grants; applications must reach the office before 30 June.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_above_a_last_paragraph_with_a_web_address_stays(lang: str) -> None:
    """A closing paragraph that names a web address in the course of its sentence is the
    text's last paragraph, not a site's plug: the contact point above it is the text's."""
    page = "\n\n".join([PROSE[lang], "\n".join(CONTACTS[lang]), CLOSING_WITH_ADDRESS[lang]])
    got = by_text(units(page))
    assert all(got[line].noise is None for line in CONTACTS[lang][1:3]), got
    assert got[CLOSING_WITH_ADDRESS[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_above_the_sites_plugs(lang: str) -> None:
    """A site's plugs under its boxes (a web address, a short call to subscribe) are no
    paragraph of the text: the box above them is the page's."""
    page = "\n\n".join([PROSE[lang], PROSE2[lang], "\n".join(CONTACTS[lang]), *PLUGS[lang]])
    got = units(page)
    box = [u for u in got if any(w in u.text for w in CONTACTS[lang])]
    assert box and all(u.noise == "boilerplate" for u in box), [(u.text, u.noise) for u in got]
    assert got[1].noise is None


UPDATES = {
    "fr": [
        "Historique de la page",
        "Première publication : 3 mars 2026",
        "Mis à jour le 17 septembre 2026",
        "17 septembre 2026 — Ajout d'un modèle et mise à jour du paragraphe 5.2.",
        "3 mars 2026 — Première publication.",
    ],
    "en": [
        "Updates to this page",
        "Published 3 March 2026",
        "Last updated 17 September 2026",
        "17 September 2026 — Added a template and updated paragraph 5.2.",
        "3 March 2026 — First published.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_update_box_under_the_text(lang: str) -> None:
    page = "\n\n".join([PROSE[lang], PROSE2[lang], "\n".join(UPDATES[lang])])
    got = by_text(units(page))
    for line in UPDATES[lang]:
        assert got[line].noise == "metadata", line


CHRONOLOGY = {
    "fr": ["Calendrier", "16 mars 2026 — présentation du plan", "1 juillet 2026 — déploiement"],
    "en": ["Timeline", "16 March 2026 — the plan is presented", "1 July 2026 — deployment"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_chronology_closing_the_text_stays(lang: str) -> None:
    # dates alone, with no stamp of the page among them: the text's own timeline
    page = "\n\n".join([PROSE[lang], PROSE2[lang], "\n".join(CHRONOLOGY[lang])])
    got = by_text(units(page))
    assert all(got[line].noise is None for line in CHRONOLOGY[lang])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("+32 2 281 00 00", True),
        ("Tél. : 01 49 27 38 38", True),
        ("Tel: +44 20 7946 0000", True),
        ("presse@ministere.example", True),
        ("Article 12 : 2024/1187", False),
        ("Loi n° 2021-998 du 30 juillet 2021", False),
        ("Regulation (EU) 2021/784", False),
        ("2 281", False),
    ],
)
def test_contact_lines(line: str, expected: bool) -> None:
    assert is_contact_line(line) is expected


# An HTML page's contact box: each line a paragraph of its own, the label a heading.
LINE_BOX = {
    "fr": ["Contact presse", "Sophie Vanderlinden", "Porte-parole", "presse@parquet.example"],
    "en": ["Contacts", "Marie Tremblay", "Director of Communications", "media@transport.example"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_box_one_paragraph_a_line(lang: str) -> None:
    """Blank lines between the box's lines (an HTML page's paragraphs): the name and the
    role go with the e-mail address below them, the label above with them."""
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *LINE_BOX[lang]])
    got = units(page)
    # a line may be joined to the next one into one unit; none of the box's words stays open
    assert all(u.noise == "boilerplate" for u in got[2:]), [(u.text, u.noise) for u in got]
    assert " ".join(u.text for u in got[2:]) == " ".join(LINE_BOX[lang])
    assert got[1].noise is None


# A letter's own signature, each line a paragraph: the signatory, the office, phone, e-mail.
SIGNATURE = {
    "fr": [
        "Jean Martin",
        "Directeur des libertés publiques",
        "Tél. : 01 49 27 49 27",
        "jean.martin@interieur.gouv.fr",
    ],
    "en": [
        "John Martin",
        "Director of Public Order",
        "Tel: +44 20 7035 4848",
        "john.martin@homeoffice.gov.uk",
    ],
}
UNSIGNED_BOX = {  # the same lines without a person: an office's box under the text
    "fr": ["Direction des libertés publiques", "Tél. : 01 49 27 49 27", "dlp@interieur.gouv.fr"],
    "en": ["Public Order Directorate", "Tel: +44 20 7035 4848", "pod@homeoffice.gov.uk"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_letters_signature_is_no_contact_box(lang: str) -> None:
    """A run opening on a person's name with no box label above it is the letter's signature
    (guidelines §5: the signature is body): the signatory's name stays open."""
    got = by_text(units("\n\n".join([PROSE[lang], PROSE2[lang], *SIGNATURE[lang]])))
    assert got[SIGNATURE[lang][0]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_offices_box_without_label_still_goes(lang: str) -> None:
    """The run opening on an office's name, no person's: the page's contact box."""
    got = units("\n\n".join([PROSE[lang], PROSE2[lang], *UNSIGNED_BOX[lang]]))
    assert all(u.noise == "boilerplate" for u in got[2:]), [(u.text, u.noise) for u in got]


# A circular's paragraphs numbered bare ("8  Les incidents …"), its last one sending the
# reader to the office that answers, the office's contact lines under it in one block.
NUMBERED = {
    "fr": [
        "8  Les incidents de sûreté sont signalés sans délai au centre de crise maritime, qui "
        "en informe les autorités portuaires concernées.",
        "9  Toute question relative à la présente circulaire doit être adressée au :",
        "Service de la sûreté portuaire",
        "Courriel : surete@port.example",
        "Tél. : +33 2 35 00 00 00",
    ],
    "en": [
        "8  Security incidents shall be reported without delay to the maritime crisis "
        "centre, which informs the port authorities concerned.",
        "9  Any queries relating to this circular should be directed to:",
        "Port Security Department",
        "Email: security@port.example",
        "Tel: +65 6000 0000",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_paragraph_going_on_with_the_numbering_is_no_contact_box(lang: str) -> None:
    """Paragraph 9 under paragraph 8 is the text's, though short and over a contact box."""
    page = "\n\n".join([PROSE[lang], NUMBERED[lang][0], "\n".join(NUMBERED[lang][1:])])
    got = by_text(units(page))
    line = " ".join(NUMBERED[lang][1].split())
    assert got[line].noise is None


# Paragraphs numbered bare up to 10 (11), then an office's contact box whose street opens
# with the next number ("11 Marsham Street", "12 rue de Grenelle"): a house number, not
# paragraph 11 (12); the box is the page's, every line of it.
STREET_BOX = {
    "fr": [
        "Secrétariat général du comité interministériel",
        "12 rue de Grenelle",
        "75007 Paris",
        "Tél. : 01 42 75 80 00",
    ],
    "en": [
        "Office for Security and Counter-Terrorism",
        "11 Marsham Street",
        "London SW1P 4DF",
        "Tel: 020 7035 4848",
    ],
}
STREET_LAST = {"fr": 11, "en": 10}
NUMBERED_PARA = {
    "fr": "{n}  Le présent paragraphe précise la mesure numéro {n} applicable aux services.",
    "en": "{n}  This paragraph sets out arrangement number {n} for police forces in incidents.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_street_number_going_on_with_the_numbering_stays_in_the_box(lang: str) -> None:
    """The street's number follows the last paragraph's, but three or four words are no
    paragraph: the office, its street, its town and phone are the contact box."""
    paras = [NUMBERED_PARA[lang].format(n=n) for n in range(1, STREET_LAST[lang] + 1)]
    got = by_text(units("\n\n".join([*paras, "\n".join(STREET_BOX[lang])])))
    assert all(got[x].noise == "boilerplate" for x in STREET_BOX[lang]), [
        (x, got[x].noise) for x in STREET_BOX[lang]
    ]
    assert all(got[" ".join(p.split())].noise is None for p in paras)


@pytest.mark.parametrize(
    "line",
    [
        "DFAT Media Liaison: (02) 6261 1555",
        "Standard du ministère : (0)1 44 87 10 00",
        "Service de presse (04) 91 15 60 00",
        "Press office (020) 7946 0000",
    ],
)
def test_a_bracketed_trunk_prefix_closes_a_contact_line(line: str) -> None:
    assert is_contact_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Loi n° 2020-12 (2020) 1234 5678",
        "Rapport annuel (2025) 12 pages 4 annexes",
        "Resolution 2396 (2017) 14 18 22",
        "Articles (1) 2 3 4 5 6 7 8",
    ],
)
def test_bracketed_figures_that_no_phone_opens_are_no_contact(line: str) -> None:
    assert not is_contact_line(line)
