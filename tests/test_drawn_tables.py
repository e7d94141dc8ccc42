"""Lines that look like chrome by one feature but are the document's own: the rows of a
table drawn with box-drawing bars (its cells are short and unpunctuated, like a menu's
items), and a long formula the text prints twice (an act's long title on its cover and
over its enacting words) that the twice-printed-caption rule must leave alone, while a
short caption printed twice stays a caption."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

TABLES = {
    "fr": (
        "┌────┬──────────────────────┬──────────────────────────────┬───────────────┐\n"
        "│    │ Nom                  │ Informations d'identification│ Motifs        │\n"
        "├────┼──────────────────────┼──────────────────────────────┼───────────────┤\n"
        "│ 14.│ Abdoulkarim          │ Date de naissance: 3.4.1989  │ Financement   │\n"
        "│    │ OUMAROU HAMANI       │ Lieu de naissance: Ayorou    │ d'engins      │\n"
        "│    │                      │ Sexe: masculin               │ explosifs     │\n"
        "└────┴──────────────────────┴──────────────────────────────┴───────────────┘\n"
    ),
    "en": (
        "┌────┬──────────────────────┬──────────────────────────────┬───────────────┐\n"
        "│    │ Name                 │ Identifying information      │ Reasons       │\n"
        "├────┼──────────────────────┼──────────────────────────────┼───────────────┤\n"
        "│ 14.│ Abdoulkarim          │ Date of birth: 3.4.1989      │ Financing of  │\n"
        "│    │ OUMAROU HAMANI       │ Place of birth: Ayorou       │ improvised    │\n"
        "│    │                      │ Sex: male                    │ devices       │\n"
        "└────┴──────────────────────┴──────────────────────────────┴───────────────┘\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_of_a_drawn_table_are_content(lang: str) -> None:
    got = segment(normalise(TABLES[lang], markdown=False))
    rows = [u for u in got if u.text.startswith("│")]
    assert len(rows) == 4
    assert [u.noise for u in rows] == [None] * 4
    assert all(u.noise == "markup" for u in got if u.text.startswith(("┌", "├", "└")))


FORMULAS = {
    "fr": (
        "Projet de loi autorisant le ministère de l'Intérieur et le ministère de la Justice à "
        "détecter et neutraliser les aéronefs sans équipage et les menaces explosives lors des "
        "grands événements, et portant diverses dispositions.",
        "Le président de la République a prononcé un discours lors de la cérémonie.",
    ),
    "en": (
        "To authorize the Department of Homeland Security and the Department of Justice to "
        "detect and mitigate unmanned aircraft and improvised explosive threats at public "
        "venues, and for other purposes.",
        "The Secretary General spoke to the press after the meeting in Brussels.",
    ),
}


def _page(first: str, again: str) -> str:
    return (
        f"{first}\n\n"
        "The first paragraph of the text runs on for a while, long enough to be prose, and "
        "it closes with a full stop. It has a second sentence too.\n\n"
        f"{again}\n\n"
        "Be it enacted by the assembly, in the terms that follow and with the force of law, "
        "as set out in the sections below. It has a second sentence too.\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_formula_printed_twice_is_text(lang: str) -> None:
    formula, _caption = FORMULAS[lang]
    got = segment(normalise(_page(formula, formula), markdown=False))
    assert [u.noise for u in got if u.text == formula] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_caption_printed_twice_is_still_a_caption(lang: str) -> None:
    _formula, caption = FORMULAS[lang]
    got = segment(normalise(_page(caption, caption), markdown=False))
    assert [u.noise for u in got if u.text == caption] == ["caption", "caption"]


# A schedule's table: the columns' numbers, a header over three lines, then rows.
SCHEDULES = {
    "fr": (
        "ANNEXE AU PROJET DE LOI RELATIF À LA LUTTE CONTRE LE TERRORISME (MODIFICATION), 2026\n"
        "\n"
        "(1)                (2)                  (3)                 (4)          (5)\n"
        "Titre abrégé       Intitulé complet     Résumé du contenu   Adopté       Adopté\n"
        "du projet          du projet            du projet           par le       par la Chambre\n"
        "                                        Loi                 Sénat        des Représen-\n"
        "                                                                         tants\n"
        "Loi relative à     Loi modifiant la     Le projet vise à    24 mars      6 mai\n"
        "la lutte contre    loi relative à la    modifier la loi     2026.        2026.\n"
        "le terrorisme      lutte contre le      relative à la\n"
        "(modification),    terrorisme, n° 15    lutte contre le\n"
        "2026.              de 2022, et          terrorisme pour\n"
        "                   dispositions         réprimer l'emploi\n"
        "                   connexes.            de drones armés.\n"
    ),
    "en": (
        "SCHEDULE TO THE TERRORISM (PREVENTION AND PROHIBITION) (AMENDMENT) BILL, 2026\n"
        "\n"
        "(1)                (2)                  (3)                 (4)          (5)\n"
        "Short Title        Long Title of the    Summary of the      Date Passed  Date Passed\n"
        "of the Bill        Bill                 Contents of the     by the       by the House\n"
        "                                        Bill                Senate       of Represen-\n"
        "                                                                         tatives\n"
        "Terrorism          An Act to amend the  This Bill seeks to  24th March,  6th May,\n"
        "(Prevention and    Terrorism            amend the Terrorism 2026.        2026.\n"
        "Prohibition)       (Prevention and      (Prevention and\n"
        "(Amendment) Bill,  Prohibition) Act,    Prohibition) Act to\n"
        "2026.              No. 15, 2022 ; and   criminalise the\n"
        "                   for related matters. weaponisation of\n"
        "                                        drones.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_table_header_under_its_column_numbers_is_no_menu(lang: str) -> None:
    got = segment(normalise(SCHEDULES[lang], markdown=False))
    header = next(u for u in got if u.text.startswith(("Titre abrégé", "Short Title")))
    assert header.noise is None


LONG_CAPTIONS = {
    "fr": "Des stagiaires de pays partenaires participent à un exercice de détection d'engins "
    "explosifs improvisés au Centre d'excellence pour la défense contre le terrorisme, à Ankara.",
    "en": "Trainees from partner countries take part in an exercise on detecting improvised "
    "explosive devices at the Centre of Excellence for Defence Against Terrorism in Ankara.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_caption_printed_twice_beside_its_image_is_a_caption(lang: str) -> None:
    cap = LONG_CAPTIONS[lang]
    prose = FORMULAS[lang][0]
    text = (
        f"{prose} It has a second sentence.\n\n{cap}\n\n\u00a0\n\n"
        f"{prose} It has a second sentence too.\n\n{cap}\n\n{prose} And a third one.\n"
    )
    got = segment(normalise(text, markdown=False))
    assert [u.noise for u in got if u.text == cap] == ["caption", "caption"]
