"""What a page prints about a text rather than as it: a legal database's bibliographic
record, a dossier page's tabs, and screen-reader-only text (ctdocs.layout._bibliographic,
ctdocs.layout._hiddentext, the HTML reader). Each is noise, kept with its span; the act stays.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ctdocs import Document, parse_text
from ctdocs._knowledge import load_layout
from ctdocs._knowledge._schemas import PageRecordCues
from ctdocs._offsets import OffsetMap
from ctdocs.layout._bibliographic import is_code_line, is_field, is_label_line
from ctdocs.readers.html import html_to_text


def _noise(doc: Document) -> dict[str, str]:
    for n in doc.noise:
        assert doc.text[n.start : n.end] == n.text  # the span points at the text
    return {n.text: n.reason for n in doc.noise}


def _body(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks())


# ---------------------------------------------------------------- line shapes


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Legal instrument Joint position (JHA/CFSP)", True),
        ("Date de publication : 12/03/2019", True),
        ("Published date28 December 2001", True),  # a label glued to its value
        ("Date de publication12 mars 2019", True),
        ("Legal status of the document No longer in force, end: 21/09/2016", True),
        ("Statut juridique du document : en vigueur depuis le 20.3.2019", True),
        ("In force: This act has been changed. Current consolidated version: 14/03/2025", True),
        ("En vigueur : version consolidée du 14/03/2025", True),  # a label may open with "in"
        ("Act of 23 March 2023 on countering the financing of terrorism", False),  # a title
        ("Texte du 23 mars 2023 relatif à la lutte contre le terrorisme", False),
        ("The Council adopted the text on 12 May 2004", False),
        ("Le Conseil a adopté le texte le 12 mai 2004", False),
        ("Key dates", False),  # a label without a value
        ("Dates clés", False),
    ],
)
def test_a_field_is_a_label_of_record_words_and_a_value_with_a_date_or_code(
    line: str, field: bool
) -> None:
    assert is_field(line) is field


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("02001E0931 — FR — 15.11.2017 — 002.001", True),
        ("OJ L 139, 29.5.2002, p. 4–5 (ES, DA, DE, EN, FR)", True),
        ("JO L 139 du 29.5.2002, p. 4", True),
        ("31-12-9999", True),
        ("MÉMORIAL A N° 157 du 27 mars 2023", False),  # a gazette's masthead: words
        ("Brussels, 2.12.2015", False),
        ("Bruxelles, le 2.12.2015", False),
        ("Official Journal L 344, 28/12/2001 P. 0093 - 0096", False),
    ],
)
def test_a_code_line_is_almost_only_numbers_and_codes(line: str, code: bool) -> None:
    assert is_code_line(line) is code


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Key dates", True),
        ("Dates clés", True),
        ("Title and reference", True),
        ("Titre et référence", True),
        ("Source : INTERIEUR", True),  # a labelled value without a number
        ("Prevention of radicalisation", False),
        ("Prévention de la radicalisation", False),
    ],
)
def test_a_label_line_holds_record_words_only(line: str, label: bool) -> None:
    assert is_label_line(line) is label


# ---------------------------------------------------------------- record runs

RECORDS = [
    pytest.param(
        "Document 32019D0456\n\n"
        "Council Decision (CFSP) 2019/456 of 18 March 2019 concerning restrictive measures "
        "against terrorist groups\n\n"
        "OJ L 79, 20.3.2019, p. 12–14 (BG, ES, CS, DA, DE, EN, FR)\n"
        "Legal status of the document In force, Date of entry into force: 18/03/2019\n\n"
        "COUNCIL DECISION (CFSP) 2019/456\n\nof 18 March 2019\n\n"
        "concerning restrictive measures against terrorist groups\n\n"
        "THE COUNCIL OF THE EUROPEAN UNION,\n\n"
        "Having regard to the Treaty on European Union, and in particular Article 29 "
        "thereof,\n\nHAS ADOPTED THIS DECISION:\n\nArticle 1\n\n"
        "The list of persons, groups and entities shall be amended as set out in the "
        "Annex.\n\nArticle 2\n\nThis Decision shall enter into force on the day of its "
        "publication.\n",
        [
            "Document 32019D0456",
            "OJ L 79, 20.3.2019, p. 12–14 (BG, ES, CS, DA, DE, EN, FR)",
            "Legal status of the document In force, Date of entry into force: 18/03/2019",
        ],
        "Council Decision (CFSP) 2019/456 of 18 March 2019",
        id="en-eurlex",
    ),
    pytest.param(
        "Date de publication12 mars 2019\n"
        "Journal officiel : L 79 du 20 mars 2019\n"
        "TEXTE consolidé: 32019D0456 — FR — 01.06.2020\n\n"
        "02019D0456 — FR — 01.06.2020 — 001.001\n\n"
        "DÉCISION (PESC) 2019/456 DU CONSEIL\n\ndu 18 mars 2019\n\n"
        "concernant des mesures restrictives à l'encontre de groupes terroristes\n\n"
        "LE CONSEIL DE L'UNION EUROPÉENNE,\n\n"
        "vu le traité sur l'Union européenne, et notamment son article 29,\n\n"
        "A ADOPTÉ LA PRÉSENTE DÉCISION :\n\nArticle premier\n\n"
        "La liste des personnes, groupes et entités est modifiée conformément à "
        "l'annexe.\n\nArticle 2\n\nLa présente décision entre en vigueur le jour de sa "
        "publication.\n",
        [
            "Date de publication12 mars 2019",
            "Journal officiel : L 79 du 20 mars 2019",
            "TEXTE consolidé: 32019D0456 — FR — 01.06.2020",
            "02019D0456 — FR — 01.06.2020 — 001.001",
        ],
        "DÉCISION (PESC) 2019/456 DU CONSEIL",
        id="fr-vlex",
    ),
]


@pytest.mark.parametrize(("text", "record", "kept"), RECORDS)
def test_a_databases_record_above_the_act_is_metadata(
    text: str, record: list[str], kept: str
) -> None:
    doc = parse_text(text)
    noise = _noise(doc)
    for line in record:
        assert line in noise, line  # metadata (or chrome, by a site-wide cue)
        assert line not in _body(doc)
    assert "metadata" in noise.values()
    assert kept in _body(doc)  # the act's title (quoted by the record, or its own) stays
    assert [c.number for c in doc.clauses()] == ["Article 1", "Article 2"]
    assert doc.date is not None and doc.date.value == "2019-03-18"  # the act's own date


@pytest.mark.parametrize(
    "text",
    [
        "JOURNAL OFFICIEL\nDU GRAND-DUCHÉ DE LUXEMBOURG\nMÉMORIAL A\nN° 157 du 27 mars 2023\n\n"
        "Loi du 23 mars 2023 relative à la lutte contre le financement du terrorisme.\n\n"
        "Art. 1er. Le Code pénal est modifié comme suit.\n",
        "OFFICIAL GAZETTE\nOF THE REPUBLIC\nNo. 157 of 27 March 2023\n\n"
        "Act of 23 March 2023 on countering the financing of terrorism.\n\n"
        "Section 1. The Criminal Code is amended as follows.\n",
    ],
)
def test_a_gazettes_masthead_is_not_a_record(text: str) -> None:
    doc = parse_text(text)
    assert not any(n.reason == "metadata" for n in doc.noise)


# ---------------------------------------------------------------- dossier tabs

TABS = [
    pytest.param(
        "Council Decision 2019/456 - restrictive measures against terrorist groups\n\n"
        "1.\n\nCurrent status\n\nThis decision is in force from 18 March 2019.\n\n"
        "2.\n\nKey information\n\nLegal instrument Decision (CFSP)\n"
        "Number legal act Decision 2019/456\n\n"
        "3.\n\nKey dates\n\nDocument 18-03-2019\nPublication in Official Journal 20-03-2019\n\n"
        "4.\n\nCOUNCIL DECISION (CFSP) 2019/456 of 18 March 2019\n\n"
        "Article 1\n\nThe list of persons, groups and entities shall be amended.\n\n"
        "Article 2\n\nThis Decision shall enter into force on the day of its publication.\n",
        ["1.", "2.", "3.", "4.", "Legal instrument Decision (CFSP)", "Document 18-03-2019"],
        id="en",
    ),
    pytest.param(
        "Décision 2019/456 du Conseil - mesures restrictives contre des groupes terroristes\n\n"
        "1.\n\nStatut\n\nCette décision est en vigueur depuis le 18 mars 2019.\n\n"
        "2.\n\nInformations clés\n\nType d'acte Décision (PESC)\n"
        "Numéro de l'acte Décision 2019/456\n\n"
        "3.\n\nDates clés\n\nDocument 18-03-2019\nPublication au Journal officiel 20-03-2019\n\n"
        "4.\n\nDÉCISION (PESC) 2019/456 DU CONSEIL du 18 mars 2019\n\n"
        "Article premier\n\nLa liste des personnes, groupes et entités est modifiée.\n\n"
        "Article 2\n\nLa présente décision entre en vigueur le jour de sa publication.\n",
        ["1.", "2.", "3.", "4.", "Numéro de l'acte Décision 2019/456", "Document 18-03-2019"],
        id="fr",
    ),
]


@pytest.mark.parametrize(("text", "record"), TABS)
def test_a_dossiers_numbered_tabs_are_no_clauses(text: str, record: list[str]) -> None:
    doc = parse_text(text)
    noise = _noise(doc)
    assert [c.number for c in doc.clauses()] == ["Article 1", "Article 2"]
    for line in record:
        assert noise.get(line) == "metadata", line


@pytest.mark.parametrize(
    "text",
    [
        "1.\n\nIntroduction\n\nThe Council has examined the threat posed by foreign terrorist "
        "fighters and agrees on the measures below.\n\n2.\n\nPrevention\n\nMember States "
        "shall strengthen the exchange of information between their services.\n\n3.\n\n"
        "Follow-up\n\nThe Council will review these measures by the end of 2020.\n",
        "1.\n\nIntroduction\n\nLe Conseil a examiné la menace que représentent les "
        "combattants terroristes étrangers et convient des mesures suivantes.\n\n2.\n\n"
        "Prévention\n\nLes États membres renforcent l'échange d'informations entre leurs "
        "services.\n\n3.\n\nSuivi\n\nLe Conseil réexaminera ces mesures d'ici à la fin de "
        "2020.\n",
    ],
)
def test_bare_numbered_headings_of_a_text_stay_clauses(text: str) -> None:
    doc = parse_text(text)
    assert [c.number for c in doc.clauses()] == ["1", "2", "3"]
    assert not any(n.reason == "metadata" for n in doc.noise)


# ---------------------------------------------------------------- screen-reader text

READER = [
    pytest.param(
        "wb-invisible",
        "Note marginale :",
        "Titre abrégé",
        "Loi sur la sécurité des ports.",
        id="fr-wet",
    ),
    pytest.param(
        "sr-only",
        "Marginal note:",
        "Short title",
        "Port Security Act.",
        id="en-bootstrap",
    ),
]


@pytest.mark.parametrize(("cls", "label", "note", "text"), READER)
def test_screen_reader_text_is_noise_and_the_visible_text_stays(
    cls: str, label: str, note: str, text: str
) -> None:
    page = (
        "<html><body><main><h1>Port Act</h1>"
        f'<p class="MarginalNote"><span class="{cls}">{label}</span>{note}</p>'
        f'<p class="Section"><strong>1</strong> <span class="{cls}">{note}.</span>{text}</p>'
        "<p><strong>2</strong> The Minister may make regulations for the port.</p>"
        "</main></body></html>"
    )
    doc = parse_text(page, layout="html")
    noise = _noise(doc)
    assert noise.get(label) == "markup"
    assert noise.get(f"{note}.") == "markup"  # met inside the section's line: after it
    assert label not in _body(doc) and f"{note}." not in _body(doc)
    first = doc.clauses()[0]
    assert (first.number, first.text) == ("1", text)


def test_the_screen_reader_classes_come_from_the_knowledge_file() -> None:
    cues = load_layout().page_records
    assert cues is not None
    assert {"sr-only", "visually-hidden", "wb-inv", "wb-invisible"} <= set(
        cues.screen_reader_classes
    )
    with pytest.raises(ValidationError):
        PageRecordCues(screen_reader_classes=["not a class"])


# ---------------------------------------------------------------- a page's notes


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        (
            "The European Parliament,\n\nhaving regard to the opinion of the European "
            "Economic and Social Committee of 27\n\n1\nOJ C 177, 18.5.2016, p. 51.\n"
            "April 2016,\n\nhaving regard to the report of the Committee on Civil "
            "Liberties,\n\n1. Adopts its position at first reading.\n",
            "OJ C 177, 18.5.2016, p. 51.",
        ),
        (
            "Le Parlement européen,\n\nvu l'avis du Comité économique et social européen "
            "du 27\n\n1\nJO C 177 du 18.5.2016, p. 51.\navril 2016,\n\nvu le rapport de la "
            "commission des libertés civiles,\n\n1. Arrête sa position en première "
            "lecture.\n",
            "JO C 177 du 18.5.2016, p. 51.",
        ),
    ],
)
def test_a_page_note_citing_a_journal_inside_a_sentence_is_noise(text: str, ref: str) -> None:
    doc = parse_text(text)
    assert any(ref in n.text and n.reason == "page-footer" for n in doc.noise)
    assert ref not in _body(doc)
    assert [c.number for c in doc.clauses()] == ["1"]


@pytest.mark.parametrize(
    ("cls", "hidden", "visible"),
    [
        ("wb-inv", "Titre abrégé.", "Loi sur la sécurité des ports."),
        ("visually-hidden", "Short title.", "Port Security Act."),
    ],
)
def test_screen_reader_text_written_after_its_line_points_home(
    cls: str, hidden: str, visible: str
) -> None:
    page = f'<p><b>1</b> <span class="{cls}">{hidden}</span>{visible}</p><p>Fin.</p>'
    conv = html_to_text(page)
    assert len(conv.hidden) == 1
    start, end = conv.hidden[0]
    assert conv.text[start:end].strip() == hidden
    assert conv.text.index(visible) < start  # the line stays whole, the label after it
    at = OffsetMap(conv.anchors).input_at(conv.text.index(hidden, start))
    assert page[at : at + len(hidden)] == hidden


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "Executive Order on Countering Drone Threats\n\nSection 1. Policy. The United "
            "States shall counter the threats posed by unmanned aircraft.\n\nSec. 2. "
            "Implementation. This order shall be implemented consistent with applicable "
            "law.\n\nTHE WHITE HOUSE,\nOctober 28, 2024.\n\n[FR Doc. 2024–25611\n"
            "Filed 10–30–24; 8:45 am]\nBilling code 3395–F4–P\n",
            ["Filed 10–30–24; 8:45 am]", "Billing code 3395–F4–P"],
        ),
        (
            "Décret relatif à la lutte contre les drones malveillants\n\nArticle 1\n\nLe "
            "ministre de l'intérieur est chargé de l'exécution du présent décret.\n\n"
            "Article 2\n\nLe présent décret entre en vigueur le lendemain de sa "
            "publication.\n\nFait à Paris, le 25 mars 2024.\n\n"
            "Date de publication : 26/03/2024\nNOR : PRMD2405513D\nNuméro de texte : 4\n",
            ["Date de publication : 26/03/2024", "NOR : PRMD2405513D", "Numéro de texte : 4"],
        ),
    ],
)
def test_a_record_below_the_act_is_metadata(text: str, record: list[str]) -> None:
    doc = parse_text(text)
    noise = _noise(doc)
    for line in record:
        assert line in noise, line
        assert line not in _body(doc)
    assert "metadata" in noise.values()
    assert len(doc.clauses()) == 2


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Act No. 15 of 12 June 2024 on port security", False),
        ("Décret n° 2024-112 du 3 mars 2024 relatif à la sûreté des ports", False),
        ("Filed 10-30-24; 8:45 am", True),
        ("Date de publication : 28 décembre 2001", True),
    ],
)
def test_a_title_running_on_after_its_date_is_no_field(line: str, field: bool) -> None:
    """An act's title reads like a label and a dated value, but runs on in words after
    them; a record's field ends on its value (a gazette's contents above the title once
    set the title aside as a record)."""
    from ctdocs.layout._bibliographic import is_field

    assert is_field(line) is field
