"""A lead-in whose every item carries a domain takes it too: the items spell out
what the lead-in commits to (``ctdocs.extract._weights._gather_items``); one whose
items share no domain takes none of theirs. French and English side by side;
expected tags read off by hand from the guidelines (section 4).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language

LISTS = {
    # 2 leads into two items that each name border control; 3 into one item on border
    # control and one on civil aviation security: nothing shared
    "en": """# Joint Statement

### 2

The Ministers directed the competent authorities to:

- (a) strengthen border control at the land crossings; and

- (b) deploy additional border guards along the northern border.

### 3

The Ministers directed the competent authorities to:

- (a) strengthen border control at the land crossings; and

- (b) review civil aviation security at the main airports.
""",
    "fr": """# Déclaration commune

### 2

Les ministres ont chargé les autorités compétentes :

- a) de renforcer le contrôle des frontières aux points de passage terrestres ;

- b) de déployer des gardes-frontières supplémentaires le long de la frontière nord.

### 3

Les ministres ont chargé les autorités compétentes :

- a) de renforcer le contrôle des frontières aux points de passage terrestres ;

- b) d'examiner la sûreté de l'aviation civile dans les principaux aéroports.
""",
}


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_lead_in_takes_the_domain_every_item_carries(language: Language) -> None:
    tags = _tags(LISTS[language], language)
    assert tags["2(a)"] == tags["2(b)"] == {"BORDER"}
    assert tags["2"] == {"BORDER"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_lead_in_takes_nothing_its_items_do_not_share(language: Language) -> None:
    tags = _tags(LISTS[language], language)
    assert tags["3(a)"] == {"BORDER"}
    assert tags["3(b)"] == {"AVIATION"}
    assert tags["3"] == set()
