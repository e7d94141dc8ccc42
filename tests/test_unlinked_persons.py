"""Persons found by the shapes of :mod:`ctdocs.extract._unlinked_persons`: a signature set
in capitals over the line of its office, whatever its first word; a single capital with a
full stop inside a name, an initial and no article. Texts written for
these tests in the styles of gazettes, acts and judgments; expected values checked by hand
against the annotation guidelines (§3: named persons are actors, signatories among them;
titles and forms of address are no part of the name).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> dict[str, str]:
    """surface -> name, for the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a clerk signs under the act, an initial in the name; its first word no given name
        (
            "en",
            "Passed by the Assembly on 3 May 2026.\n\nKWAME A. MENSAH-BOATENG\n"
            "Clerk of the Legislature\n",
            {"KWAME A. MENSAH-BOATENG": "Kwame A. Mensah-Boateng"},
        ),
        (
            "fr",
            "Adoptée en séance publique le 3 mai 2026.\n\nA. KOFFI-DOSSOU\nLe Greffier en chef\n",
            {"A. KOFFI-DOSSOU": "A. Koffi-Dossou"},
        ),
        # an honour's letters after a comma; the office in capitals
        (
            "en",
            "I assent.\n\nKOFI MENSAH OWUSU, GCFR\nPresident of the Republic\n",
            {"KOFI MENSAH OWUSU": "Kofi Mensah Owusu"},
        ),
        (
            "en",
            "Delivered at Gulu this 4th day of May, 2026.\n\nTENDAI R. MUZENDA\nJUDGE\n",
            {"TENDAI R. MUZENDA": "Tendai R. Muzenda"},
        ),
        (
            "fr",
            "Fait à Lomé, le 4 mai 2026.\n\nKOMLAN K. AGBÉKO-MENSAH\nLe Ministre de la Sécurité\n",
            {"KOMLAN K. AGBÉKO-MENSAH": "Komlan K. Agbéko-Mensah"},
        ),
    ],
)
def test_a_signature_in_capitals_over_its_office(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # headings in capitals: no initial, no comma, a roman number, a sentence below
        ("en", "The text.\n\nFINAL PROVISIONS\nPresident of the Board\n"),
        ("fr", "Le texte.\n\nDISPOSITIONS FINALES\nLe Président de la commission\n"),
        ("en", "The text.\n\nANNEX II\nDirector of the agency\n"),
        ("fr", "Le texte.\n\nTITRE III\nLe Ministre de l'Intérieur\n"),
        ("en", "The text.\n\nPART A. GENERAL\nJudge of the court may order it.\n"),
        ("fr", "Le texte.\n\nCHAPITRE A. GÉNÉRAL\nLe Président de la cour statue.\n"),
    ],
)
def test_a_heading_in_capitals_over_an_office_is_no_signature(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a parliament's clerk or a court's registrar signs under the office's line
        (
            "fr",
            "Certifié conforme.\n\nLe greffier du Conseil exécutif,\nAMÉLIE FORTIN-GAGNÉ\n",
            {"AMÉLIE FORTIN-GAGNÉ": "Amélie Fortin-Gagné"},
        ),
        (
            "en",
            "Certified a true copy.\n\nThe Registrar of the Court,\nJ. R. HOLLOWAY\n",
            {"J. R. HOLLOWAY": "J. R. Holloway"},
        ),
    ],
)
def test_a_clerk_or_a_registrar_signs(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want
