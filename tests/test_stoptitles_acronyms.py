"""A run-in title closed by a full stop that holds an acronym in brackets (``2.2.1 One Stop
Border Posts (OSBPs). Fifteen OSBPs are operational.``): the brackets are part of the
name, as in its titled siblings (guidelines §1a: a run-in title ends at a full stop). A
reference in brackets that is no acronym (``(2019)``, ``(a)``) still ends no title. French
and English side by side; the expected titles and first words were worked out by hand from
§1a, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REPORT = {
    "en": """REPORT ON BORDER SECURITY

2 Findings

2.1 Border posts (BPs). Fifteen border posts are operational along the northern border.

2.2 Screening of travellers. Only two of the three posts visited were connected.

2.3 Explosives detection (EDT). No post visited had trace detection equipment.
""",
    "fr": """RAPPORT SUR LA SÉCURITÉ DES FRONTIÈRES

2 Constats

2.1 Postes frontières (PF). Quinze postes frontières sont en service le long de la frontière.

2.2 Contrôle des voyageurs. Seuls deux des trois postes visités étaient connectés.

2.3 Détection des explosifs (DTE). Aucun poste visité ne disposait de détecteurs de traces.
""",
}
EXPECTED = {
    "en": {
        "2.1": ("Border posts (BPs)", ["Fifteen", "border", "posts"]),
        "2.2": ("Screening of travellers", ["Only", "two", "of"]),
        "2.3": ("Explosives detection (EDT)", ["No", "post", "visited"]),
    },
    "fr": {
        "2.1": ("Postes frontières (PF)", ["Quinze", "postes", "frontières"]),
        "2.2": ("Contrôle des voyageurs", ["Seuls", "deux", "des"]),
        "2.3": ("Détection des explosifs (DTE)", ["Aucun", "poste", "visité"]),
    },
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_acronym_in_brackets_stays_in_the_run_in_title(lang: str) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}
    for number, want in EXPECTED[lang].items():
        assert got.get(number) == want, number
