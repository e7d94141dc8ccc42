"""The document's own number (guidelines §6): classes of first-sight misses of heldout20-33,
each written again by hand in other publishers' styles, French and English side by side.

- a registry's number after a field's label, its issuer's capitals, a space and slashed groups
  ("Index Number: ASA 37/8421/2026", heldout33) is the number, capitals included, where a
  label's capitals before a bare or hyphenated number cite a standard or a code's article;
- a kind and a number alone on a head line that the page heads repeat ("Document 1762" over
  "Document 1762 4 décembre 2001" at each page's top, heldout32) is the number as printed;
- an act's number that a sentence opens on with its article ("La loi n° 006/2026 du … est une
  loi gabonaise", an encyclopedia's lead, heldout25) is the subject's, not the text's own.

Every expected value is worked out by hand from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "PUBLIC STATEMENT\n\nSri Lanka: proposed law repeats the abuses\n\n"
            "Index Number: ASA 37/8421/2026\nDate: 12 March 2026\n\nThe organisation urges"
            " the government to withdraw the bill.\n",
            "ASA 37/8421/2026",
        ),
        (
            "fr",
            "DÉCLARATION PUBLIQUE\n\nSahel : le projet de loi reprend les abus\n\n"
            "Référence : AFR 44/1187/2026\nDate : 12 mars 2026\n\nL'organisation demande au"
            " gouvernement de retirer le projet.\n",
            "AFR 44/1187/2026",
        ),
        # a label's capitals before a number of no slashed groups cite a standard or an article
        (
            "en",
            "GUIDANCE NOTE\n\nRisk management for venues\n\nReference: ISO 31000\n\n"
            "The note explains how venues assess the threat.\n",
            None,
        ),
        (
            "fr",
            "NOTE D'INFORMATION\n\nGarde à vue\n\nRéférence : CPP 706-16\n\n"
            "La note explique le régime de la garde à vue.\n",
            None,
        ),
    ],
)
def test_an_issuers_capitals_before_a_slashed_registry_number_are_part_of_it(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


_EN_PAGES = (
    "Document 1762\n4 December 2001\n\nASSEMBLY OF WESTERN EUROPEAN UNION\n\n"
    "The fight against international terrorism\n\nREPORT submitted on behalf of the Defence"
    " Committee by Mr Ledoux, Rapporteur\n\n1\n\nDocument 1762 4 December 2001\n\n"
    "The Assembly considers that terrorism threatens every member state.\n\n2\n\n"
    "Document 1762 4 December 2001\n\nThe Assembly recommends that the Council act.\n"
)
_FR_PAGES = (
    "Document 1762\n4 décembre 2001\n\nASSEMBLÉE DE L'UNION DE L'EUROPE OCCIDENTALE\n\n"
    "La lutte contre le terrorisme international\n\nRAPPORT présenté au nom de la Commission"
    " de défense par M. Ledoux, rapporteur\n\n1\n\nDocument 1762 4 décembre 2001\n\n"
    "L'Assemblée considère que le terrorisme menace chaque État membre.\n\n2\n\n"
    "Document 1762 4 décembre 2001\n\nL'Assemblée recommande au Conseil d'agir.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        ("en", _EN_PAGES, "Document 1762"),
        ("fr", _FR_PAGES, "Document 1762"),
        # printed once, it is a heading of no number the pages repeat
        ("en", _EN_PAGES.split("\n\n1\n\n")[0] + "\n", None),
        ("fr", _FR_PAGES.split("\n\n1\n\n")[0] + "\n", None),
    ],
)
def test_a_kind_and_number_the_page_heads_repeat_is_the_number(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "# Counter-Terrorism Act (Gabon)\n\n*From Wikipedia, the free encyclopedia.*\n\n"
            "The Act No. 6 of 2026 on the prevention and suppression of terrorism and its"
            " financing is a law of Gabon that replaced the ordinance of 2010.\n\n"
            "## History\n\nThe bill was tabled in January 2026.\n",
        ),
        (
            "fr",
            "# Loi relative à la prévention du terrorisme au Gabon\n\n"
            "*Un article de Wikipédia, l'encyclopédie libre.*\n\n"
            "La loi n° 006/2026 du 2 avril 2026 relative à la prévention et à la répression du"
            " terrorisme et de son financement est une loi gabonaise qui remplace l'ordonnance"
            " de 2010.\n\n## Historique\n\nLe projet de loi a été déposé en janvier 2026.\n",
        ),
    ],
)
def test_an_act_a_sentence_opens_on_with_its_article_is_no_number_of_the_text(
    lang: str, text: str
) -> None:
    assert own_symbol(text, lang) is None
