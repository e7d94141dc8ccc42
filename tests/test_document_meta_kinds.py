"""The document itself in layouts no fitted batch printed (guidelines §6).

Three classes that recur across publishers and genres rather than one site's shape:

- a heading line in mixed case that is the text's kind, a number's mark and its number
  (``Circular No. 12/2026``, ``Note d'orientation n° 3``, ``Bill No. 45 of 2026``), or a
  serial number over its year with no mark (``Policy Paper 08/2026``): the number as
  printed, kind included (as the guidelines' ``CETS No. 217``); a part of a text numbered
  so (``Annex No. 2``, ``Article n° 5``) is none;
- a head line that is a sentence citing an act and its date ("1. Les services veilleront
  à l'application du décret du 12 janvier 2020") dates that act, not the text: an act's
  title names the act first, or after its author's capitals;
- a closing formula of the common-law style, "Issued at Gaborone this 20th day of March
  2026", "Dated at Nairobi this …": the day the text was issued.

Each row is a short text written by hand in another publisher's style, French and English
side by side; the expected values are worked out by hand from §6.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = "1. All border posts shall apply the measures below.\n\n2. This text takes effect at once.\n"
_FR = "1. Les postes appliquent les mesures ci-après.\n\n2. Le présent texte entre en vigueur.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "MINISTRY OF HOME AFFAIRS\n\nCircular No. 12/2026\n\nSubject: Land borders\n\n" + _EN,
            "Circular No. 12/2026",
        ),
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\n\nNote d'orientation n° 3\n\nObjet : Frontières\n\n" + _FR,
            "Note d'orientation n° 3",
        ),
        (
            "en",
            "NATIONAL ASSEMBLY\n\nBill No. 45 of 2026\n\nA BILL for an Act to amend the Act\n\n"
            + _EN,
            "Bill No. 45 of 2026",
        ),
        (
            "fr",
            "INSTITUT D'ÉTUDES DE SÉCURITÉ\n\nDocument de travail 08/2026\n\nLa menace au Sahel\n\n"
            + _FR,
            "Document de travail 08/2026",
        ),
        (
            "en",
            "Centre for Security Studies\n\nPolicy Paper 08/2026\n\nDrones and critical sites\n\n"
            + _EN,
            "Policy Paper 08/2026",
        ),
    ],
)
def test_a_mixed_case_heading_numbers_the_text(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "COUNCIL OF MINISTERS\n\nDecision 2026/14\non the regional centre\n\n" + _EN,
            "2026/14",
        ),
        (
            "fr",
            "CONSEIL DES MINISTRES\n\nDécision 2026/14\nrelative au centre\n\n" + _FR,
            "2026/14",
        ),
    ],
)
def test_a_title_running_on_cites_the_bare_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Guidance on land borders\n\nAnnex No. 2\n\nList of border posts\n\n" + _EN),
        ("fr", "Guide des frontières terrestres\n\nAnnexe n° 2\n\nListe des postes\n\n" + _FR),
        ("en", "Guidance on land borders\n\nChapter No. 3\n\nBorder posts\n\n" + _EN),
        ("fr", "Guide des frontières terrestres\n\nChapitre n° 3\n\nLes postes\n\n" + _FR),
    ],
)
def test_a_part_of_the_text_numbers_nothing(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "Réf. : DGPN/CAB/2026-118\n\nParis, le 9 avril 2026\n\nNOTE DE SERVICE\n\n"
            "1. Les services veilleront à l'application du décret du 12 janvier 2020.\n\n"
            "2. La présente note abroge la note du 3 mars 2021.\n",
            "2026-04-09",
        ),
        (
            "en",
            "Ref.: MHA/CT/2026/118\n\nLondon, 9 April 2026\n\nSERVICE NOTE\n\n"
            "1. All services shall ensure the application of the Order of 12 January 2020.\n\n"
            "2. This note replaces the note of 3 March 2021.\n",
            "2026-04-09",
        ),
        # an act's title still dates it, its author's capitals before its name
        (
            "en",
            "Council Implementing Regulation (EU) 2026/118 of 12 January 2026\n\n"
            "THE COUNCIL OF THE EUROPEAN UNION,\n\n" + _EN,
            "2026-01-12",
        ),
        (
            "fr",
            "Arrêté préfectoral n° 2026-118 du 12 janvier 2026 portant interdiction\n\n"
            "Le préfet,\n\n" + _FR,
            "2026-01-12",
        ),
    ],
)
def test_a_sentence_citing_an_act_dates_the_act(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "MINISTRY OF HOME AFFAIRS\n\nCircular No. 12/2026\n\n"
            + _EN
            + "\nIssued at Gaborone this 20th day of March 2026.\n\nPermanent Secretary\n",
            "2026-03-20",
        ),
        (
            "en",
            "OFFICE OF THE DIRECTOR\n\nDirective No. 4 of 2026\n\n"
            + _EN
            + "\nDated at Nairobi this 3rd day of June, 2026.\n\nDirector\n",
            "2026-06-03",
        ),
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\n\nCirculaire n° 12/2026\n\n"
            + _FR
            + "\nFait à Niamey, le 20 mars 2026\n\nLe Ministre\n",
            "2026-03-20",
        ),
    ],
)
def test_a_closing_formula_dates_the_text(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


# Rows written after heldout26 was opened (fitted classes, each in another publisher's style)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # an approval cue opening a field after a dash dates the text over a page's stamp
        (
            "fr",
            "# Fiche 7\n\n> Version 3.1 — validée par le Comité de sécurité le 22 octobre 2026\n\n"
            + _FR
            + "\nDernière modification : 3 novembre 2026\n",
            "2026-10-22",
        ),
        (
            "en",
            "# Sheet 7\n\n> Version 3.1 — validated by the Committee on 22 October 2026\n\n"
            + _EN
            + "\nLast modified: 3 November 2026\n",
            "2026-10-22",
        ),
        # a bill's title closing on its year is no dateline: its publication dates it
        (
            "en",
            "Bill No. 31 of 2026\n\nCOUNTER-TERRORISM (AMENDMENT)\nBILL, 2026\n\n"
            "(Published on 6th November, 2026)\n\nMEMORANDUM\n\n" + _EN,
            "2026-11-06",
        ),
        (
            "fr",
            "Projet de loi n° 31\n\nPROJET DE LOI, 2026\n\n(Publié le 6 novembre 2026)\n\n"
            "EXPOSÉ DES MOTIFS\n\n" + _FR,
            "2026-11-06",
        ),
    ],
)
def test_a_field_or_a_stamp_dates_the_text(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a record's timestamps are no number, however often printed
        (
            "fr",
            "---\ncreated_time: 2026-05-14T13:02:00.000Z\n"
            "last_edited_time: 2026-11-03T16:45:00.000Z\n"
            "---\n\n# Fiche réflexe\n\n" + _FR,
            None,
        ),
        (
            "en",
            "---\ncreated_time: 2026-05-14T13:02:00.000Z\n"
            "last_edited_time: 2026-11-03T16:45:00.000Z\n"
            "---\n\n# Response sheet\n\n" + _EN,
            None,
        ),
        # a cited act's chapter opening a marginal note is no prefix's number cut short
        (
            "en",
            "Bill No. 31 of 2026\n\nAMENDMENT BILL\n\nThe Bill amends the Act (Cap. 08:08).\n\n"
            "Cap. 08:08     amended\n\n" + _EN,
            "Bill No. 31 of 2026",
        ),
    ],
)
def test_no_piece_of_another_number(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Page 1/12\n\nMINISTRY OF THE INTERIOR\n\n" + _EN, id="en-page"),
        pytest.param("fr", "Édition 2/24\n\nMINISTÈRE DE L'INTÉRIEUR\n\n" + _FR, id="fr-edition"),
    ],
)
def test_a_page_counter_is_no_number(lang: str, text: str) -> None:
    """A capitalised word over a count with no four-digit year is a page or an edition
    counter, not the document's number (review of session 27's kind-heading rule)."""
    assert own_symbol(text, lang) is None
