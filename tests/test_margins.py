"""Marginal notes copied as text beside a statute's sections (``readers._margins``), French
and English side by side: a Commonwealth act with its notes in a left margin (as Canadian
and Caribbean statutes print them), and an Indian-style
act with its notes in a right margin (each written for this test in the style of a PDF's
text layer: every physical line a note's fragment and a line of the section, set apart by a
run of spaces). Each note is read as the title of the section it stands beside (guidelines
§1a, statute section: "marginal note"), and the section's text starts after the number. A
note that stands beside the inside of a paragraph (a cross-reference) titles nothing. Two
columns of prose, a table, a list of records and a glossary are no margin of notes and are
left as they are.

The expected clauses were worked out by hand from the annotation guidelines (§1, §1a).
"""

from __future__ import annotations

import re

import pytest

from ctdocs import parse_text
from ctdocs._offsets import OffsetMap
from ctdocs.readers._margins import unmargin

_LEFT = 21  # where the running text starts beside a left margin
_RIGHT = 64  # where a right margin's notes start


def _left(rows: list[tuple[str, str]]) -> str:
    """A left margin of notes beside the running text, as a PDF's text layer sets them."""
    return "".join((a.ljust(_LEFT) + b if b else a).rstrip() + "\n" for a, b in rows)


def _right(rows: list[tuple[str, str]]) -> str:
    """The running text with a right margin of notes beside it."""
    return "".join((a.ljust(_RIGHT) + b if b else a).rstrip() + "\n" for a, b in rows)


COMMONWEALTH = {
    "en": "CRITICAL INFRASTRUCTURE PROTECTION ACT\n\n"
    + _left(
        [
            ("Short title", "1. This Act may be cited as the Critical Infrastructure"),
            ("", "Protection Act."),
            ("Definitions", "2. (1) The following definitions apply in this Act."),
            ("", "designated operator means an operator designated under"),
            ("", "section 4."),
            ("", "(2) Other words have the meaning given in the Criminal"),
            ("", "Code."),
            ("Purpose", "3. The purpose of this Act is to protect critical"),
            ("", "infrastructure from terrorist activity and from the"),
            ("", "unlawful use of unmanned aircraft."),
            ("Designation of", "4. (1) The Minister may, by order, designate any"),
            ("operators", "operator of a facility whose disruption would endanger"),
            ("", "public safety."),
            ("", "(2) An order made under subsection (1) is not a"),
            ("", "statutory instrument."),
            ("Offence", "5. Every person who contravenes an order made under"),
            ("", "section 4 is guilty of an offence."),
        ]
    ),
    "fr": "LOI SUR LA PROTECTION DES INFRASTRUCTURES ESSENTIELLES\n\n"
    + _left(
        [
            ("Titre abrégé", "1. Loi sur la protection des infrastructures"),
            ("", "essentielles."),
            ("Définitions", "2. (1) Les définitions qui suivent s'appliquent à la"),
            ("", "présente loi."),
            ("", "exploitant désigné Exploitant désigné en vertu de"),
            ("", "l'article 4."),
            ("", "(2) Les autres termes s'entendent au sens du Code"),
            ("", "criminel."),
            ("Objet", "3. La présente loi vise à protéger les infrastructures"),
            ("", "essentielles contre les activités terroristes et contre"),
            ("", "l'utilisation illicite des drones."),
            ("Désignation des", "4. (1) Le ministre peut, par arrêté, désigner tout"),
            ("exploitants", "exploitant d'une installation dont l'interruption"),
            ("", "menacerait la sécurité publique."),
            ("", "(2) L'arrêté pris en vertu du paragraphe (1) n'est pas un"),
            ("", "texte réglementaire."),
            ("Infraction", "5. Quiconque contrevient à un arrêté pris en vertu de"),
            ("", "l'article 4 commet une infraction."),
        ]
    ),
}
INDIA = {
    "en": "THE EXPLOSIVE PRECURSORS (REGULATION) ACT, 2026\n\n"
    "BE it enacted by Parliament as follows:—\n\n"
    + _right(
        [
            ("1. This Act may be called the Explosive Precursors", "Short title"),
            ("(Regulation) Act, 2026, and shall come into force on", "and commence-"),
            ("such date as the Central Government may appoint.", "ment."),
            ("", ""),
            ("2. No person shall manufacture, possess or sell a", "Prohibition."),
            ("precursor except under and in accordance with a licence.", ""),
            ("", ""),
            ("3. The licensing authority may grant a licence in such", "Grant of"),
            ("form and subject to such conditions as may be prescribed.", "licence."),
            ("", ""),
            ("4. Whoever contravenes section 2 shall be punishable with", "Penalty."),
            ("imprisonment for a term which may extend to seven years.", ""),
        ]
    ),
    "fr": "LOI DE 2026 SUR LA RÉGLEMENTATION DES PRÉCURSEURS D'EXPLOSIFS\n\n"
    "L'Assemblée nationale a adopté ce qui suit :\n\n"
    + _right(
        [
            ("1. La présente loi peut être citée comme la loi de 2026", "Titre et entrée"),
            ("sur les précurseurs d'explosifs et entre en vigueur à la", "en vigueur."),
            ("date fixée par décret.", ""),
            ("", ""),
            ("2. Nul ne peut fabriquer, détenir ou vendre un précurseur", "Interdiction."),
            ("si ce n'est en vertu d'une licence et conformément à elle.", ""),
            ("", ""),
            ("3. L'autorité compétente peut délivrer une licence dans la", "Délivrance de"),
            ("forme et aux conditions prévues par règlement.", "la licence."),
            ("", ""),
            ("4. Quiconque contrevient à l'article 2 est puni d'une peine", "Sanctions."),
            ("d'emprisonnement qui peut aller jusqu'à sept ans.", ""),
        ]
    ),
}
# (number, title, first four words of its text)
CLAUSES = {
    ("commonwealth", "en"): [
        ("1", "Short title", "This Act may be"),
        ("2", "Definitions", ""),
        ("2(1)", None, "The following definitions apply"),
        ("2(2)", None, "Other words have the"),
        ("3", "Purpose", "The purpose of this"),
        ("4", "Designation of operators", ""),
        ("4(1)", None, "The Minister may, by"),
        ("4(2)", None, "An order made under"),
        ("5", "Offence", "Every person who contravenes"),
    ],
    ("commonwealth", "fr"): [
        ("1", "Titre abrégé", "Loi sur la protection"),
        ("2", "Définitions", ""),
        ("2(1)", None, "Les définitions qui suivent"),
        ("2(2)", None, "Les autres termes s'entendent"),
        ("3", "Objet", "La présente loi vise"),
        ("4", "Désignation des exploitants", ""),
        ("4(1)", None, "Le ministre peut, par"),
        ("4(2)", None, "L'arrêté pris en vertu"),
        ("5", "Infraction", "Quiconque contrevient à un"),
    ],
    ("india", "en"): [
        ("1", "Short title and commencement", "This Act may be"),
        ("2", "Prohibition", "No person shall manufacture,"),
        ("3", "Grant of licence", "The licensing authority may"),
        ("4", "Penalty", "Whoever contravenes section 2"),
    ],
    ("india", "fr"): [
        ("1", "Titre et entrée en vigueur", "La présente loi peut"),
        ("2", "Interdiction", "Nul ne peut fabriquer,"),
        ("3", "Délivrance de la licence", "L'autorité compétente peut délivrer"),
        ("4", "Sanctions", "Quiconque contrevient à l'article"),
    ],
}
ACTS = {("commonwealth", lang): text for lang, text in COMMONWEALTH.items()} | {
    ("india", lang): text for lang, text in INDIA.items()
}


@pytest.mark.parametrize(
    ("style", "lang"),
    [("commonwealth", "fr"), ("commonwealth", "en"), ("india", "fr"), ("india", "en")],
)
def test_marginal_notes_title_the_sections_they_stand_beside(style: str, lang: str) -> None:
    doc = parse_text(ACTS[style, lang], lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, " ".join(c.text.split()[:4])) for c in doc.clauses()]
    assert got == CLAUSES[style, lang]


@pytest.mark.parametrize(
    ("style", "lang"),
    [("commonwealth", "fr"), ("commonwealth", "en"), ("india", "fr"), ("india", "en")],
)
def test_each_character_maps_back_and_only_gaps_and_cut_hyphens_go(style: str, lang: str) -> None:
    page = ACTS[style, lang]
    out, anchors, notes = unmargin(page)
    assert notes >= 4 and anchors is not None
    cut = len(re.findall(r"-\n", page)) if style == "india" else 0  # "commence-" / "ment."
    assert len(re.sub(r"\s", "", out)) == len(re.sub(r"\s", "", page)) - cut
    back = OffsetMap(anchors)
    assert all(page[back.input_at(k)] == ch for k, ch in enumerate(out) if not ch.isspace())


REFERENCE = {  # a note beside the last line of a section: a cross-reference, no title
    "en": "EXPLOSIVES (AMENDMENT) ACT, 2026\n\n"
    + _left(
        [
            ("Short title", "1. This Act may be cited as the Explosives (Amendment)"),
            ("", "Act, 2026."),
            ("", ""),
            ("Interpretation", '2. In this Act, "the Act" means the Explosives Act, as'),
            ("Chap. 16:02", "it stands amended from time to time."),
            ("", ""),
            ("Section 3 amended", "3. (1) Section 3 of the Act is amended by deleting"),
            ("", "the word “blasting”."),
            ("", "(2) Section 3(4) of the Act is repealed."),
            ("", "(3) Section 3(5) of the Act is renumbered as section 3(4)."),
            ("", ""),
            ("Transitional", "4. A licence granted before the commencement of"),
            ("", "this Act remains in force until it expires."),
        ]
    ),
    "fr": "LOI DE 2026 MODIFIANT LA LOI SUR LES EXPLOSIFS\n\n"
    + _left(
        [
            ("Titre abrégé", "1. La présente loi peut être citée comme la loi modifiant"),
            ("", "la loi sur les explosifs."),
            ("", ""),
            ("Définition", "2. Dans la présente loi, « la loi » désigne la loi sur les"),
            ("Chap. 16:02", "explosifs, telle que modifiée."),
            ("", ""),
            ("Modification de", "3. (1) L'article 3 de la loi est modifié par la"),
            ("l'article 3", "suppression du mot « dynamitage »."),
            ("", "(2) Le paragraphe 3(4) de la loi est abrogé."),
            ("", "(3) Le paragraphe 3(5) de la loi devient le paragraphe 3(4)."),
            ("", ""),
            ("Disposition", "4. Une licence délivrée avant l'entrée en vigueur"),
            ("transitoire", "de la présente loi demeure valide."),
        ]
    ),
}
REFERENCE_TITLES = {
    "en": ["Short title", "Interpretation", "Section 3 amended", "Transitional"],
    "fr": ["Titre abrégé", "Définition", "Modification de l'article 3", "Disposition transitoire"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_note_beside_a_paragraphs_inside_titles_nothing(lang: str) -> None:
    doc = parse_text(REFERENCE[lang], lang)  # type: ignore[arg-type]
    clauses = [c for c in doc.clauses() if c.parent is None]
    assert [c.title for c in clauses] == REFERENCE_TITLES[lang]
    assert all(c.section is None for c in doc.clauses())
    assert "Chap. 16:02" in clauses[1].text


NOT_MARGINS = {
    "columns": "".join(  # two columns of prose: the left one's fragments are long
        f"{a.ljust(34)}{b}\n"
        for a, b in [
            ("The Committee met in Geneva and", "1. The Committee adopted its"),
            ("heard the reports of six States.", "conclusions on the second day."),
            ("The reports described new laws", "2. The next session opens in"),
            ("on the financing of terrorism.", "March, in New York."),
            ("Both were welcomed by members.", "3. The Chair closed the meeting"),
            ("It asked both States to report.", "at noon on Friday."),
        ]
    ),
    "table": (
        "Item  Substance            Limit\n"
        "1     Hydrogen peroxide    12%\n"
        "2     Nitromethane         30%\n"
        "3     Nitric acid          3%\n"
        "4     Potassium chlorate   40%\n"
    ),
    "records": (
        "QDi.431  Name: 1: ABDIRAHMAN 2: YUSUF\n"
        "Title: na  Designation: na  Date of Birth: 14 Mar. 1984\n"
        "SC/16410  18 November 2026  Council extends the mandate\n"
        "SC/16398  6 November 2026  Committee removes two entries\n"
        "SC/16377  21 October 2026  Council holds an open debate\n"
    ),
    "glossary": _left(
        [
            ("ATU", "Anti-Terrorism Unit"),
            ("FIU", "Financial Intelligence Unit"),
            ("UAS", "Unmanned aircraft system"),
            ("CBRN", "Chemical, biological, radiological and nuclear"),
        ]
    ),
}


@pytest.mark.parametrize("kind", sorted(NOT_MARGINS))
def test_what_is_no_margin_of_notes_is_left_alone(kind: str) -> None:
    text = NOT_MARGINS[kind]
    assert unmargin(text) == (text, None, 0)


_NOTE = 18  # a narrow margin: the section's number stands at this column


def _hang(rows: list[tuple[str, str]]) -> str:
    """A narrow left margin beside sections whose text hangs four columns in from their
    number (``1.  This …`` / ``    Terrorism …``), as a gazette's PDF text layer sets them."""
    return "".join((a.ljust(_NOTE) + b if b else a).rstrip() + "\n" for a, b in rows)


HANGING = {  # an African proclamation (en) and a Pacific regulation (fr)
    "en": "PREVENTION OF TERRORISM (AMENDMENT) PROCLAMATION, 2026\n\n"
    + _hang(
        [
            ("Short title", "1.  This Proclamation may be cited as the Prevention of"),
            ("", "    Terrorism (Amendment) Proclamation, 2026."),
            ("", ""),
            ("Definitions", "2.  (1) In this Proclamation, a drone is an unmanned"),
            ("", "    aircraft of any size."),
            ("", "    (2) Other words have the meaning given in the"),
            ("", "    principal Proclamation."),
            ("", ""),
            ("Amendment of", "3.  Article 5 of the principal Proclamation is amended"),
            ("article 5 of", "    by adding the words “or an unmanned aircraft” at"),
            ("Proclamation No.", "    the end of the first sentence, and the penalty is"),
            ("652/2009", "    raised to imprisonment for twenty years."),
            ("", ""),
            ("Insertion of", "4.  (1) The principal Proclamation is amended by"),
            ("new article", "    inserting a new article after article 31."),
            ("31A", ""),
            ("", "    (2) Article 31A comes into force on publication."),
        ]
    ),
    "fr": "RÈGLEMENT DE 2026 SUR LES DRONES ET LE TERRORISME\n\n"
    + _hang(
        [
            ("Titre abrégé", "1.  Le présent règlement peut être cité sous le titre"),
            ("", "    de Règlement de 2026 sur les drones et le terrorisme."),
            ("", ""),
            ("Définitions", "2.  (1) Dans le présent règlement, un drone est un"),
            ("", "    aéronef sans pilote de toute taille."),
            ("", "    (2) Les autres termes s'entendent au sens de la"),
            ("", "    loi principale."),
            ("", ""),
            ("Modification de", "3.  L'article 5 de la loi principale est modifié par"),
            ("l'article 5 de la", "    l'ajout des mots « ou un aéronef sans pilote » à la"),
            ("Loi no 12/2026", "    fin de la première phrase, et la peine est portée"),
            ("", "    à vingt ans d'emprisonnement."),
            ("", ""),
            ("Insertion d'un", "4.  (1) La loi principale est modifiée par l'insertion"),
            ("nouvel article", "    d'un nouvel article après l'article 31."),
            ("31A", ""),
            ("", "    (2) L'article 31A entre en vigueur dès sa publication."),
        ]
    ),
}
# (number, title, first four words of its text), from §1a: the marginal note is the
# section's title, joined across its lines; a section with subsections has no text of its own
HANGING_CLAUSES = {
    "en": [
        ("1", "Short title", "This Proclamation may be"),
        ("2", "Definitions", ""),
        ("2(1)", None, "In this Proclamation, a"),
        ("2(2)", None, "Other words have the"),
        ("3", "Amendment of article 5 of Proclamation No. 652/2009", "Article 5 of the"),
        ("4", "Insertion of new article 31A", ""),
        ("4(1)", None, "The principal Proclamation is"),
        ("4(2)", None, "Article 31A comes into"),
    ],
    "fr": [
        ("1", "Titre abrégé", "Le présent règlement peut"),
        ("2", "Définitions", ""),
        ("2(1)", None, "Dans le présent règlement,"),
        ("2(2)", None, "Les autres termes s'entendent"),
        ("3", "Modification de l'article 5 de la Loi no 12/2026", "L'article 5 de la"),
        ("4", "Insertion d'un nouvel article 31A", ""),
        ("4(1)", None, "La loi principale est"),
        ("4(2)", None, "L'article 31A entre en"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_notes_beside_hanging_sections_title_them(lang: str) -> None:
    """The section's text runs on under its text, not under its number: still a margin."""
    doc = parse_text(HANGING[lang], lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, " ".join(c.text.split()[:4])) for c in doc.clauses()]
    assert got == HANGING_CLAUSES[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hanging_margin_maps_every_character_back(lang: str) -> None:
    page = HANGING[lang]
    out, anchors, notes = unmargin(page)
    assert notes == 4 and anchors is not None
    assert len(re.sub(r"\s", "", out)) == len(re.sub(r"\s", "", page))
    back = OffsetMap(anchors)
    assert all(page[back.input_at(k)] == ch for k, ch in enumerate(out) if not ch.isspace())


def _indented_numbers(rows: list[tuple[str, str, str]]) -> str:
    """A margin whose section numbers stand three columns in from the running text they
    run on into (``Short title          1.-(1) These …`` / ``and commence-     ment …``)."""
    out = []
    for note, number, body in rows:
        text = " " * 3 + body if number else body
        out.append((note.ljust(18) + text if text else note).rstrip() + "\n")
    return "".join(out)


INDENTED = {  # a Pacific regulation (en) and a Seychelles-style bilingual one (fr)
    "en": "COUNTER-TERRORISM (PORT SECURITY) REGULATIONS, 2026\n\n"
    + _indented_numbers(
        [
            ("Short title", "1", "1.-(1) These Regulations may be cited as the"),
            ("and commence-", "", "Counter-Terrorism (Port Security) Regulations, 2026."),
            ("ment.", "", ""),
            ("", "", ""),
            ("", "2", "(2) These Regulations come into force on publication."),
            ("", "", ""),
            ("Interpretation.", "2", "2. In these Regulations, a drone is an unmanned"),
            ("", "", "aircraft of any size."),
            ("", "", ""),
            ("Reporting of", "3", "3. The master of a vessel who suspects that a"),
            ("suspicious", "", "consignment is connected with terrorist activity"),
            ("vessels, air-", "", "shall report the suspicion within twenty-four hours."),
            ("craft and con-", "", ""),
            ("signments.", "", ""),
            ("", "", ""),
            ("Offences.", "4", "4.-(1) A person who contravenes regulation 3 commits"),
            ("", "", "an offence."),
            ("", "", ""),
            ("", "2", "(2) A person convicted is liable to a fine."),
        ]
    ),
    "fr": "RÈGLEMENT DE 2026 SUR LA SÛRETÉ PORTUAIRE (TERRORISME)\n\n"
    + _indented_numbers(
        [
            ("Titre abrégé et", "1", "1.-(1) Le présent règlement peut être cité comme le"),
            ("entrée en vi-", "", "Règlement de 2026 sur la sûreté portuaire."),
            ("gueur.", "", ""),
            ("", "", ""),
            ("", "2", "(2) Le présent règlement entre en vigueur dès sa publication."),
            ("", "", ""),
            ("Définitions.", "2", "2. Dans le présent règlement, un drone est un aéronef"),
            ("", "", "sans pilote de toute taille."),
            ("", "", ""),
            ("Signalement des", "3", "3. Le capitaine d'un navire qui soupçonne qu'une"),
            ("navires, aéro-", "", "cargaison est liée à une activité terroriste le"),
            ("nefs et cargai-", "", "signale dans les vingt-quatre heures."),
            ("sons suspects.", "", ""),
            ("", "", ""),
            ("Infractions.", "4", "4.-(1) Quiconque contrevient à l'article 3 commet une"),
            ("", "", "infraction."),
            ("", "", ""),
            ("", "2", "(2) Quiconque est condamné est passible d'une amende."),
        ]
    ),
}
# the note joined across its lines, cut words mended, its full stop dropped (§1a: the
# marginal note is the section's title)
INDENTED_TITLES = {
    "en": [
        ("1", "Short title and commencement"),
        ("1(1)", None),
        ("1(2)", None),
        ("2", "Interpretation"),
        ("3", "Reporting of suspicious vessels, aircraft and consignments"),
        ("4", "Offences"),
        ("4(1)", None),
        ("4(2)", None),
    ],
    "fr": [
        ("1", "Titre abrégé et entrée en vigueur"),
        ("1(1)", None),
        ("1(2)", None),
        ("2", "Définitions"),
        ("3", "Signalement des navires, aéronefs et cargaisons suspects"),
        ("4", "Infractions"),
        ("4(1)", None),
        ("4(2)", None),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_notes_beside_numbers_set_in_from_the_text_title_them(lang: str) -> None:
    doc = parse_text(INDENTED[lang], lang)  # type: ignore[arg-type]
    assert [(c.number, c.title) for c in doc.clauses()] == INDENTED_TITLES[lang]
    out, _, _ = unmargin(INDENTED[lang])
    assert "commence-" not in out and "vi-" not in out  # no note fragment left in the text
