"""A lettered line with nothing open above it and no predecessor before it opens no list
(``ctdocs.structure._clausestate``: a ``(c)`` cited alone needs its ``(b)``; no gold cites one
without it), French and English side by side: a copyright line set as ``(c) Government of
…`` at a statute's foot under its signature is no item (c); a parentless list ``(a)``,
``(b)``, ``(c)`` above the first section keeps all three.

Each text is written for the test; the expected numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ITEMS = {
    "fr": "(a) le nitrate d'ammonium;\n\n(b) le peroxyde d'hydrogène;\n\n(c) le chlorate.\n\n",
    "en": "(a) ammonium nitrate;\n\n(b) hydrogen peroxide;\n\n(c) potassium chlorate.\n\n",
}
ACT = {
    "fr": (
        "1. Les fournisseurs déclarent toute transaction suspecte :\n\n"
        "(a) l'identité du client;\n\n(b) la quantité de la substance.\n\n"
        "2. Le ministre peut prendre des règlements.\n\n"
    ),
    "en": (
        "1. A supplier shall report any suspicious transaction, stating:\n\n"
        "(a) the identity of the customer;\n\n(b) the quantity of the substance.\n\n"
        "2. The Minister may make regulations.\n\n"
    ),
}
SIGNED = {
    "fr": (
        "Adopté par l'Assemblée législative le 17 septembre 2031.\n\n"
        "                                        Hon. Sione Latu\n"
        "                                        Président\n\n"
    ),
    "en": (
        "Passed by the Legislative Assembly this 17th day of September, 2031.\n\n"
        "                                        Hon. Sione Latu\n"
        "                                        Speaker\n\n"
    ),
}
RULE = "-" * 60 + "\nConsolidated to: 15/10/2031 | Page 1 of 1\n"
FOOT = {
    "fr": "(c) Gouvernement des Tonga. Avertissement | Confidentialité | Contact\n",
    "en": "(c) Government of Tonga. Disclaimer | Privacy | Contact\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lone_c_at_the_foot_is_no_item(lang: str) -> None:
    text = ACT[lang] + SIGNED[lang] + RULE + FOOT[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "1(a)", "1(b)", "2"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parentless_list_keeps_its_c(lang: str) -> None:
    doc = parse_text(ITEMS[lang] + ACT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()][:3] == ["(a)", "(b)", "(c)"]
