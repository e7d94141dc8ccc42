"""A signature block names its signatory on a line of its own above the office (§3:
named persons are actors wherever they act or are named as authors). The shape holds
across publishers: initials and a surname in capitals, a name in brackets, a dotted rule
between the name and the office, the office in capitals or after a word that qualifies
it (:mod:`ctdocs.extract._signature_rows`). Negative rows: a heading of capitalised
words over a sentence or over a line that opens on an office word but whose words the
text writes in lower case is no name. Texts written for these tests in the layouts of a
coast guard circular, a court of appeal, a gazette, a ministry's decree and a
commission's opinion; expected values checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._signature_rows import signature_rows

_EN = "The Authority adopted the measures on the financing of terrorism on 3 May 2026.\n\n"
_FR = "L'Autorité a adopté les mesures contre le financement du terrorisme le 3 mai 2026.\n\n"


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", _EN + "W. R. HOLLOWAY\nRear Admiral, U.S. Coast Guard\n", "W. R. HOLLOWAY"),
        ("fr", _FR + "A. B. NDIAYE\n______________\nPRÉSIDENT DE LA COMMISSION\n", "A. B. NDIAYE"),
        ("en", _EN + "P. O. LANGAT\n.........................\nJUDGE OF APPEAL\n", "P. O. LANGAT"),
        ("fr", _FR + "(JEAN-MARC KOFFI)\nMinistre de la Sécurité\n", "JEAN-MARC KOFFI"),
        (
            "en",
            _EN + "(KAREN ALMENDARES-FLOWERS)\nMinister of Home Affairs\n",
            "KAREN ALMENDARES-FLOWERS",
        ),
        ("fr", _FR + "Awa Diop-Sarr\nInspectrice générale des services\n", "Awa Diop-Sarr"),
        (
            "en",
            _EN + "Priya Raman-Osei\nSenior Director, Counter-Terrorism Policy\n",
            "Priya Raman-Osei",
        ),
    ],
)
def test_a_name_over_its_office_is_a_person(lang: str, text: str, person: str) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        # a heading over a sentence that opens on a title word
        ("en", _EN + "Key Findings\nMajor progress was made on border security.\n", "Key Findings"),
        (
            "fr",
            _FR + "Points Clés\nGénéral, le dispositif a été renforcé en 2025.\n",
            "Points Clés",
        ),
        # a heading whose every word the text writes in lower case
        (
            "en",
            "This circular gives operational guidance to port facilities.\n\n"
            "Operational Guidance\nCommander responsibilities are set out below\n",
            "Operational Guidance",
        ),
        (
            "fr",
            "Ce texte fixe les mesures nationales de sûreté portuaire.\n\n"
            "Mesures Nationales\nCommandant des opérations et chefs de service\n",
            "Mesures Nationales",
        ),
    ],
)
def test_a_heading_over_an_office_word_is_no_person(lang: str, text: str, heading: str) -> None:
    assert heading not in _persons(text, lang)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("x\n(Sgd.) RAMON T. VILLACORTA\nPresident of the Senate\n", ["RAMON T. VILLACORTA"]),
        ("x\nClaire Duval\n\nDirectrice\n", []),  # a blank line between: no block
        (
            "x\nClaire Duval\nDirectrice juridique, qui a signé le texte et l'a publié.\n",
            [],
        ),
        ("x\nClaire Duval\n| Directrice | 2026 |\n", []),  # a table row under it
    ],
)
def test_the_rows_found(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in signature_rows(text)] == names
