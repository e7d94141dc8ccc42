"""Marginal notes run into their sections' lines (``readers._runinnotes``), French and
English side by side: a statute copied from a PDF without its layout, where the note that
stood in the margin now opens the section's line (``Short title 1. This Act …``). Two
styles, each written for this test: a Caribbean act (notes closed by a full stop,
subsections opened on the section's line as ``2.—(1)``) and a Canadian-style bilingual
act (notes with no stop, ``Titre abrégé``). Each note is the title of its section
(guidelines §1a, statute section: "marginal note"), its subsections ``(1)``, ``(2)`` and
paragraphs ``(a)`` are the section's (§1). Lines whose opening words repeat as a type
word (``Article 1.``), or whose numbers run no sequence (``Table 3.``, ``Figure 1.``), are
no notes and are left as they are.

The expected clauses were worked out by hand from the annotation guidelines (§1, §1a)
before the module was run on them.
"""

from __future__ import annotations

import re

import pytest

from ctdocs import parse_text
from ctdocs._offsets import OffsetMap
from ctdocs.readers._runinnotes import split_run_in_notes

ACTS = {
    ("caribbean", "en"): "PREVENTION OF TERRORISM (AMENDMENT) ACT, 2026\n\n"
    "BE IT ENACTED by the Parliament as follows:\n\n"
    "Short title. 1. This Act may be cited as the Prevention of Terrorism (Amendment) Act, 2026.\n"
    'Interpretation. 2.—(1) In this Act, "principal Act" means the Prevention of Terrorism Act.\n'
    "(2) Other words have the meaning given in the principal Act.\n"
    "Offence of financing terrorism. 3.—(1) A person who provides or collects funds for a "
    "terrorist act commits an offence.\n"
    "(2) A person who commits an offence under subsection (1) is liable on conviction—\n"
    "(a) to a fine of one million dollars; or\n"
    "(b) to imprisonment for twenty-five years.\n"
    "Freezing of funds. 4. The Financial Intelligence Unit may freeze funds for thirty days.\n",
    ("caribbean", "fr"): "LOI DE 2026 MODIFIANT LA LOI SUR LA PRÉVENTION DU TERRORISME\n\n"
    "Le Parlement a adopté la loi dont la teneur suit :\n\n"
    "Titre. 1. La présente loi peut être citée comme la loi de 2026 sur la prévention du "
    "terrorisme.\n"
    "Définitions. 2.—(1) Dans la présente loi, « loi principale » désigne la loi sur la "
    "prévention du terrorisme.\n"
    "(2) Les autres termes s'entendent au sens de la loi principale.\n"
    "Financement du terrorisme. 3.—(1) Quiconque fournit ou réunit des fonds en vue d'un acte "
    "terroriste commet une infraction.\n"
    "(2) Quiconque commet l'infraction prévue au paragraphe (1) est passible—\n"
    "(a) d'une amende d'un million de dollars; ou\n"
    "(b) d'un emprisonnement de vingt-cinq ans.\n"
    "Gel des fonds. 4. La Cellule de renseignement financier peut geler des fonds pendant "
    "trente jours.\n",
    ("canadian", "en"): "CRITICAL INFRASTRUCTURE SECURITY ACT\n\n"
    "Short title 1. Critical Infrastructure Security Act.\n"
    "Definitions 2. (1) The following definitions apply in this Act.\n"
    "(2) Other words have the meaning given in the Criminal Code.\n"
    "Designation of operators 3. (1) The Minister may, by order, designate any operator.\n"
    "(2) An order made under subsection (1) is not a statutory instrument.\n"
    "Offence 4. Every person who contravenes an order is guilty of an offence.\n",
    ("canadian", "fr"): "LOI SUR LA SÛRETÉ DES INFRASTRUCTURES ESSENTIELLES\n\n"
    "Titre abrégé 1. Loi sur la sûreté des infrastructures essentielles.\n"
    "Définitions 2. (1) Les définitions qui suivent s'appliquent à la présente loi.\n"
    "(2) Les autres termes s'entendent au sens du Code criminel.\n"
    "Désignation des exploitants 3. (1) Le ministre peut, par arrêté, désigner tout exploitant.\n"
    "(2) L'arrêté pris en vertu du paragraphe (1) n'est pas un texte réglementaire.\n"
    "Infraction 4. Quiconque contrevient à un arrêté commet une infraction.\n",
}
# (number, title, first four words of its text)
CLAUSES = {
    ("caribbean", "en"): [
        ("1", "Short title", "This Act may be"),
        ("2", "Interpretation", ""),
        ("2(1)", None, 'In this Act, "principal'),
        ("2(2)", None, "Other words have the"),
        ("3", "Offence of financing terrorism", ""),
        ("3(1)", None, "A person who provides"),
        ("3(2)", None, "A person who commits"),
        ("3(2)(a)", None, "to a fine of"),
        ("3(2)(b)", None, "to imprisonment for twenty-five"),
        ("4", "Freezing of funds", "The Financial Intelligence Unit"),
    ],
    ("caribbean", "fr"): [
        ("1", "Titre", "La présente loi peut"),
        ("2", "Définitions", ""),
        ("2(1)", None, "Dans la présente loi,"),
        ("2(2)", None, "Les autres termes s'entendent"),
        ("3", "Financement du terrorisme", ""),
        ("3(1)", None, "Quiconque fournit ou réunit"),
        ("3(2)", None, "Quiconque commet l'infraction prévue"),
        ("3(2)(a)", None, "d'une amende d'un million"),
        ("3(2)(b)", None, "d'un emprisonnement de vingt-cinq"),
        ("4", "Gel des fonds", "La Cellule de renseignement"),
    ],
    ("canadian", "en"): [
        ("1", "Short title", "Critical Infrastructure Security Act."),
        ("2", "Definitions", ""),
        ("2(1)", None, "The following definitions apply"),
        ("2(2)", None, "Other words have the"),
        ("3", "Designation of operators", ""),
        ("3(1)", None, "The Minister may, by"),
        ("3(2)", None, "An order made under"),
        ("4", "Offence", "Every person who contravenes"),
    ],
    ("canadian", "fr"): [
        ("1", "Titre abrégé", "Loi sur la sûreté"),
        ("2", "Définitions", ""),
        ("2(1)", None, "Les définitions qui suivent"),
        ("2(2)", None, "Les autres termes s'entendent"),
        ("3", "Désignation des exploitants", ""),
        ("3(1)", None, "Le ministre peut, par"),
        ("3(2)", None, "L'arrêté pris en vertu"),
        ("4", "Infraction", "Quiconque contrevient à un"),
    ],
}
STYLES = [("caribbean", "fr"), ("caribbean", "en"), ("canadian", "fr"), ("canadian", "en")]


@pytest.mark.parametrize(("style", "lang"), STYLES)
def test_a_note_run_into_its_section_titles_it(style: str, lang: str) -> None:
    doc = parse_text(ACTS[style, lang], lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, " ".join(c.text.split()[:4])) for c in doc.clauses()]
    assert got == CLAUSES[style, lang]


@pytest.mark.parametrize(("style", "lang"), STYLES)
def test_only_the_space_before_the_number_goes(style: str, lang: str) -> None:
    page = ACTS[style, lang]
    out, anchors, notes = split_run_in_notes(page)
    assert notes == 4 and anchors is not None
    assert re.sub(r"\s", "", out) == re.sub(r"\s", "", page)
    back = OffsetMap(anchors)
    assert all(page[back.input_at(k)] == ch for k, ch in enumerate(out) if not ch.isspace())


NOT_NOTES = {
    "type word": "Article 1. The Parties shall cooperate.\n"
    "Article 2. Each Party shall designate a contact point.\n"
    "Article 3. This Agreement enters into force on signature.\n",
    "mot de type": "Mesure 1. Renforcer le contrôle des frontières.\n"
    "Mesure 2. Former les agents de première ligne.\n"
    "Mesure 3. Partager le renseignement.\n",
    "no sequence": "Table 3. Attacks by region, 2020 to 2025.\n"
    "Figure 1. Seizures of explosive precursors.\n"
    "Box 7. The Financial Action Task Force.\n",
    "sans suite": "Tableau 4. Attentats par région.\n"
    "Graphique 1. Saisies de précurseurs.\n"
    "Encadré 9. Le Groupe d'action financière.\n",
    "sentences": "The Council met on 3 May. It heard 12 reports.\n"
    "Members asked for 2. Others for more.\n"
    "Le Conseil a reçu 3. Les autres suivront.\n",
}


@pytest.mark.parametrize("kind", sorted(NOT_NOTES))
def test_what_runs_no_sequence_of_distinct_notes_is_left_alone(kind: str) -> None:
    text = NOT_NOTES[kind]
    assert split_run_in_notes(text) == (text, None, 0)
