"""A field's value opening on capitals and a space is a roll's number only under a roll's
label or with a roll's capitals (guidelines §6: the document's own symbol, never an
instrument it cites): "Case No.: HCCR 118/2025", "Référence : RG 2026/0412" are the
document's; "Reference: ISO 31000", "Référence : CPP 706-16" (a standard, a code's
article) and "No.: ANNEX 3" (a part) are not, and the head prints no other number.

Each row is a short text written by hand, French and English side by side; the expected
values are decided from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

_EN = (
    "\n\nDate: 4 May 2026\n\n1. The Committee examined the report on the prevention of"
    " terrorism and adopted the following recommendations.\n"
)
_FR = (
    "\n\nDate : 4 mai 2026\n\n1. Le comité a examiné le rapport sur la prévention du"
    " terrorisme et adopté les recommandations suivantes.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a cited standard or code under a plain reference label: no number of its own
        ("en", "SECURITY MANAGEMENT GUIDANCE\n\nReference: ISO 31000" + _EN, None),
        ("fr", "NOTE DE SERVICE\n\nRéférence : CPP 706-16" + _FR, None),
        # a part's word and its number under "No." / "N°"
        ("en", "NOTE\n\nNo.: ANNEX 3" + _EN, None),
        ("fr", "NOTE\n\nN° : ANNEXE 3" + _FR, None),
        # a roll's label, or a roll's capitals, keep the roll's number whole
        ("en", "HIGH COURT OF MERIDIA\n\nCase No.: HCCR 118/2025" + _EN, "HCCR 118/2025"),
        ("fr", "COUR D'APPEL DE LIBREVILLE\n\nRéférence : RG 2026/0412" + _FR, "RG 2026/0412"),
        ("en", "HIGH COURT OF MERIDIA\n\nDocket: CRA 26-214" + _EN, "CRA 26-214"),
        ("fr", "COUR CONSTITUTIONNELLE\n\nNuméro d'arrêt : DCC 26-214" + _FR, "DCC 26-214"),
    ],
)
def test_a_value_opens_on_capitals_only_on_a_roll(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol
