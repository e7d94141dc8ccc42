"""The document's number with the kind its heading of capitals prints (guidelines §6).

A court's or a government's text often heads itself with a line of capitals that is its
kind, a number's mark and its number, and nothing else: "REQUÊTE N° 014/2023", "ARRÊT N°
ECW/CCJ/JUD/31/26", "GOVERNMENT NOTICE NO. 217 OF 2026". The kind is part of the number
as printed (as in the guidelines' ``CETS No. 217``), where a title's sentence that runs on
to the act's date cites it bare. Each row is a short text written by hand in such a
layout, French and English side by side; expected values worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

_BODY = "The Court, composed as follows, delivers the following judgment.\n"
_CORPS = "La Cour, ainsi composée, rend l'arrêt suivant.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the number a shape finds keeps the kind its heading of capitals prints
        (
            "fr",
            "COUR DE JUSTICE DE LA COMMUNAUTÉ\n\nAFFAIRE MOUSSA c. NIGER\n\n"
            "ARRÊT N° ECW/CCJ/JUD/31/26\n\n" + _CORPS,
            "ARRÊT N° ECW/CCJ/JUD/31/26",
        ),
        (
            "en",
            "COMMUNITY COURT OF JUSTICE\n\nMOUSSA v. NIGER\n\n"
            "JUDGMENT NO. ECW/CCJ/JUD/31/26\n\n" + _BODY,
            "JUDGMENT NO. ECW/CCJ/JUD/31/26",
        ),
        # a heading of capitals is the number when no shape finds one, maybe over its year
        (
            "en",
            "Attorney General's Office\n\nGOVERNMENT NOTICE NO. 217 OF 2026\n\n"
            "THE PREVENTION OF TERRORISM ACT\n\n" + _BODY,
            "GOVERNMENT NOTICE NO. 217 OF 2026",
        ),
        (
            "fr",
            "Cour africaine\n\nAFFAIRE ISSOUFOU c. NIGER\n\nREQUÊTE N° 014/2023\n\nARRÊT\n\n"
            + _CORPS,
            "REQUÊTE N° 014/2023",
        ),
    ],
)
def test_the_heading_keeps_its_kind(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a title's line that runs on to the act's date cites it by its bare number
        (
            "fr",
            "RÉPUBLIQUE DU CAMEROUN\n\nDÉCRET N° 2026/187 DU 14 AVRIL 2026\n\n" + _CORPS,
            "2026/187",
        ),
        # a heading in small letters is a title's, whose act is cited by its bare number
        (
            "fr",
            "Préfecture\n\nArrêté n° 2026-00873\ninstaurant un périmètre\n\n" + _CORPS,
            "2026-00873",
        ),
        # the same in English; a heading in small letters alone on its line, no title running
        # on under it, is the number as printed, kind included (tests/test_document_meta_kinds.py)
        ("en", "Ministry\n\nGovernment notice No. 217\ngiven under the Act\n\n" + _BODY, "217"),
    ],
)
def test_no_heading_of_capitals(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol
