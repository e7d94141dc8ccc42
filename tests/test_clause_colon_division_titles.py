"""A named part whose rest is a sentence run in after a short name closed by a colon
(``Pillar 1 – Border security: strengthen checks …``): guidelines §1, a run-in title ends
at a colon, so the name is the title and the sentence the text. Kept only where a sibling
is titled too: a lone colon among untitled siblings (``Measure 2 – Intelligence on
terrorist financing: trace …`` between sentences) stays their text, as a lone title closed by a
full stop does (ctdocs.structure._stoptitles).

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

PILLARS = {
    "en": """National strategy for preventing violent extremism

The strategy rests on four pillars.

Pillar 1 – Border security: strengthen checks at the land crossings of the north.

Pillar 2 – Justice, human rights and the rule of law: guarantee fair trials before all courts.

Pillar 3 – Financial intelligence: trace the funds of terrorist groups and their donors.

Pillar 4 – Youth employment.
""",
    "fr": """Stratégie nationale de prévention de l'extrémisme violent

La stratégie repose sur quatre piliers.

Pilier 1 – Sécurité des frontières : renforcer les contrôles aux points de passage du nord.

Pilier 2 – Justice, droits de l'homme et État de droit : garantir des procès équitables.

Pilier 3 – Renseignement financier : tracer les fonds des groupes terroristes.

Pilier 4 – Emploi des jeunes.
""",
}
TITLES = {
    "en": [
        "Border security",
        "Justice, human rights and the rule of law",
        "Financial intelligence",
        "Youth employment",
    ],
    "fr": [
        "Sécurité des frontières",
        "Justice, droits de l'homme et État de droit",
        "Renseignement financier",
        "Emploi des jeunes",
    ],
}
FIRST = {"en": "strengthen checks at the land", "fr": "renforcer les contrôles aux points"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_name_closed_by_a_colon_titles_a_named_part(lang: str) -> None:
    clauses = parse_text(PILLARS[lang], lang).clauses()  # type: ignore[arg-type]
    assert [c.title for c in clauses] == TITLES[lang]
    assert clauses[0].text.startswith(FIRST[lang])


MEASURES = {
    "en": """Plan for the protection of the public

Measure 1 – Train border guards in the checking of travel documents.

Measure 2 – Intelligence on terrorist financing: trace the funds of terrorist groups.

Measure 3 – Open a national helpline for the families of radicalised young people.
""",
    "fr": """Plan de protection de la population

Mesure 1 – Former les garde-frontières au contrôle des documents de voyage.

Mesure 2 – Renseignement sur le financement du terrorisme : tracer les fonds des groupes.

Mesure 3 – Ouvrir une ligne d'écoute nationale pour les familles de jeunes radicalisés.
""",
}
SECOND = {
    "en": "Intelligence on terrorist financing: trace",
    "fr": "Renseignement sur le financement",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lone_colon_among_untitled_parts_stays_text(lang: str) -> None:
    clauses = parse_text(MEASURES[lang], lang).clauses()  # type: ignore[arg-type]
    assert [c.title for c in clauses] == [None, None, None]
    assert clauses[1].text.startswith(SECOND[lang])
