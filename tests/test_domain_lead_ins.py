"""An item without a title of its own continues its lead-in's sentence and takes the
lead-in's domain (``ctdocs.extract.weigh_domains``), unless the lead-in names several:
its items each take up one part of them, or none, and nothing in an item that names
none tells which. French and English side by side; expected tags read off by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language

LEAD_INS = {
    # 3 names civil aviation security and intelligence sharing, 4 aviation alone;
    # the items (a) and (b) name nothing of their own
    "en": """# Resolution on Security

### 3

Member States shall strengthen civil aviation security and intelligence sharing, in particular by

- (a) reviewing their procedures every year; and

- (b) reporting to the Committee.

### 4

Member States shall strengthen civil aviation security, in particular by

- (a) reviewing their procedures every year; and

- (b) reporting to the Committee.
""",
    "fr": """# Résolution sur la sécurité

### 3

Les États membres renforcent la sûreté de l'aviation civile et le partage de
renseignements, notamment en

- a) réexaminant leurs procédures chaque année ;

- b) faisant rapport au Comité.

### 4

Les États membres renforcent la sûreté de l'aviation civile, notamment en

- a) réexaminant leurs procédures chaque année ;

- b) faisant rapport au Comité.
""",
}


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_lead_in_with_one_subject_passes_it_on(language: Language) -> None:
    tags = _tags(LEAD_INS[language], language)
    assert tags["4"] == {"AVIATION"}
    assert tags["4(a)"] == tags["4(b)"] == {"AVIATION"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_lead_in_with_several_subjects_passes_none_on(language: Language) -> None:
    tags = _tags(LEAD_INS[language], language)
    assert tags["3"] == {"AVIATION", "INTEL"}
    assert tags["3(a)"] == tags["3(b)"] == set()
