"""A run-in title closed by a colon whose text goes on with a short gloss in lower case,
closed by a full stop, over a paragraph (ctdocs.structure._colontails): a list of stages
(``1. Avant : préparer. Le directeur …``) whose heading runs to the full stop (guidelines
§1a: a run-in title ends at a colon or a full stop; here the colon is inside the heading,
as heldout30's annotator read a school safety sheet). Only where two clauses of a level or
more print the shape: a lone one keeps the colon's cut. French and English side by side;
the expected titles and first words were worked out by hand from §1a, never copied from
output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

STAGES = {
    "en": """CROWDED PLACES: WHAT STAFF DO IN AN ATTACK

The four stages

1. Before: plan ahead. Every venue manager draws up a lockdown plan with the local police.

2. During: run or hide. Staff move visitors away from the danger or into lockable rooms.

3. After: help the responders. Staff keep their hands visible and follow instructions.
""",
    "fr": """LIEUX RECEVANT DU PUBLIC : CONDUITE À TENIR EN CAS D'ATTAQUE

Les trois temps

1. Avant : anticiper. Chaque responsable de site élabore un plan de confinement avec la police.

2. Pendant : fuir ou se cacher. Les agents éloignent le public du danger ou le confinent.

3. Après : aider les secours. Les agents gardent les mains visibles et suivent les consignes.
""",
}
EXPECTED = {
    "en": {
        "1": ("Before: plan ahead", ["Every", "venue", "manager"]),
        "2": ("During: run or hide", ["Staff", "move", "visitors"]),
        "3": ("After: help the responders", ["Staff", "keep", "their"]),
    },
    "fr": {
        "1": ("Avant : anticiper", ["Chaque", "responsable", "de"]),
        "2": ("Pendant : fuir ou se cacher", ["Les", "agents", "éloignent"]),
        "3": ("Après : aider les secours", ["Les", "agents", "gardent"]),
    },
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_label_and_its_gloss_are_the_title(lang: str) -> None:
    doc = parse_text(STAGES[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}
    assert got == EXPECTED[lang]


LONE = {
    "en": """MEASURES

1. Training: staff learn the lockdown drill. Each venue runs it twice a year.

2. Every venue appoints a security lead who reports to the board.
""",
    "fr": """MESURES

1. Formation : les agents apprennent le confinement. Chaque site l'exerce deux fois par an.

2. Chaque site désigne un référent sûreté qui rend compte à la direction.
""",
}
LONE_TITLE = {"en": "Training", "fr": "Formation"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lone_colon_title_keeps_the_colons_cut(lang: str) -> None:
    doc = parse_text(LONE[lang], language=lang)  # type: ignore[arg-type]
    one = doc.clause("1")
    assert one is not None
    assert one.title == LONE_TITLE[lang]
    assert one.text[:1].islower()
