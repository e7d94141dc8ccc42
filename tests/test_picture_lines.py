"""Pictures a copy could not keep, standing alone above a text's letterhead or title:
a Pandoc Markdown image with its attribute block, a placeholder naming a state's arms.

Both are the picture's file name or alt text (guidelines §5), never the document; the
title and letterhead under them stay open.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._linekinds import is_image_line
from ctdocs.normalise._text import normalise


def units(text: str, *, markdown: bool = False) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=markdown))}


@pytest.mark.parametrize(
    ("line", "image"),
    [
        ("![Emblème de la CEDEAO](images/cedeao.png){.chapter-logo}", True),
        ("![SAARC emblem](images/saarc-emblem.png){.chapter-logo}", True),
        ("![Carte](img/carte.png){#fig1 width=50%}", True),
        ("![Map](img/map.png){#fig1 width=50%}", True),
        # words after the attributes: a sentence that holds an image, not an image alone
        ("![Carte](img/carte.png){width=50%} montre les zones", False),
        ("![Map](img/map.png){width=50%} shows the zones", False),
    ],
    ids=["fr-class", "en-class", "fr-id-width", "en-id-width", "fr-prose", "en-prose"],
)
def test_pandoc_image_attributes_keep_an_image_line(line: str, image: bool) -> None:
    assert is_image_line(line) is image


PANDOC_ROWS = [
    (
        "# Chapitre 4 {#ch04}\n\n![Emblème de la CEDEAO](images/cedeao.png){.chapter-logo}\n\n"
        "## Protocole additionnel relatif à la lutte contre le financement du terrorisme\n\n"
        "Les États parties conviennent que le financement du terrorisme constitue une "
        "infraction pénale au sens du présent Protocole et de la Convention.\n",
        "![Emblème de la CEDEAO](images/cedeao.png){.chapter-logo}",
        "Protocole additionnel relatif à la lutte contre le financement du terrorisme",
    ),
    (
        "# Chapter 4 {#ch04}\n\n![SAARC emblem](images/saarc-emblem.png){.chapter-logo}\n\n"
        "## Second Additional Protocol on Countering the Financing of Terrorism\n\n"
        "The States parties agree that the financing of terrorism shall be a criminal "
        "offence within the meaning of this Protocol and of the Convention.\n",
        "![SAARC emblem](images/saarc-emblem.png){.chapter-logo}",
        "Second Additional Protocol on Countering the Financing of Terrorism",
    ),
]


@pytest.mark.parametrize(("page", "picture", "title"), PANDOC_ROWS, ids=["fr", "en"])
def test_pandoc_image_line_is_a_caption(page: str, picture: str, title: str) -> None:
    got = units(page, markdown=True)
    assert got[picture].noise == "caption"
    heading = next(u for text, u in got.items() if title in text)
    assert heading.noise is None


ARMS_ROWS = [
    (
        "[ARMOIRIES]\n\nCELLULE DE RENSEIGNEMENT FINANCIER\n\nRÉPUBLIQUE DU BÉNIN\n\n"
        "LIGNE DIRECTRICE 7/2026\n\n"
        "1. Les institutions financières évaluent le risque de financement du terrorisme "
        "que présentent leurs clients du secteur associatif.\n",
        "[ARMOIRIES]",
        "CELLULE DE RENSEIGNEMENT FINANCIER",
    ),
    (
        "[COAT OF ARMS]\n\nFINANCIAL INTELLIGENCE UNIT\n\nREPUBLIC OF FIJI\n\n"
        "FIU GUIDELINE 7/2026\n\n"
        "1. Financial institutions assess the terrorist financing risk that their "
        "customers in the non-profit sector present.\n",
        "[COAT OF ARMS]",
        "FINANCIAL INTELLIGENCE UNIT",
    ),
    (
        "[Armoiries de la République]\n\nMINISTÈRE DE LA SÉCURITÉ\n\nCIRCULAIRE\n\n"
        "1. Les préfets renforcent le contrôle des voyageurs aux points d'entrée du "
        "territoire national.\n",
        "[Armoiries de la République]",
        "MINISTÈRE DE LA SÉCURITÉ",
    ),
    (
        "[Coat of arms of Jamaica]\n\nMINISTRY OF NATIONAL SECURITY\n\nCIRCULAR\n\n"
        "1. Port authorities shall strengthen the screening of travellers at every point "
        "of entry.\n",
        "[Coat of arms of Jamaica]",
        "MINISTRY OF NATIONAL SECURITY",
    ),
]


@pytest.mark.parametrize(
    ("page", "picture", "letterhead"), ARMS_ROWS, ids=["fr", "en", "fr-of", "en-of"]
)
def test_arms_placeholder_is_a_caption(page: str, picture: str, letterhead: str) -> None:
    got = units(page)
    assert got[picture].noise == "caption"
    assert got[letterhead].noise is None


def test_bracketed_heading_naming_arms_stays() -> None:
    """A heading in brackets that speaks of arms is no picture: only a placeholder that
    ends on the picture's name, or opens on it before 'of', is."""
    got = units(
        "[Arms trade controls]\n\n1. States shall control the transfer of small arms and "
        "light weapons to non-State actors.\n"
    )
    assert got["[Arms trade controls]"].noise is None
