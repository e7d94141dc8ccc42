"""Run-in titles closed by a full stop after a named unit's number (``Mesure 1.``,
``Proposal 2.``), which the heading reader leaves in the text of a line that goes on
(ctdocs.structure._stoptitles.named_stop_titles; guidelines §1a: a run-in title ends at a
colon or a full stop), and French infinitives, which name an action rather than decide
(``Renforcer la coopération``; data/models/numbering.toml ``unless``).

A run of two such units at least is a document's habit; a lone one keeps its words. An
operative verb (``Décide que``, ``Demande aux``) stays a sentence. French and English side
by side; the expected titles and first words were worked out by hand from §1a, never
copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._saying import opens_on_verb


def _clauses(text: str, lang: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first three words of its text."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}


PLAN = {
    "fr": """PLAN D'ACTION NATIONAL

Mesure 1. Renforcer la coopération internationale. Les services échangent leurs
informations avec leurs homologues étrangers chaque semaine.

Mesure 2. Établir les listes de sites sensibles. Les préfets dressent la liste des sites
exposés à la menace des drones.

Mesure 3. Agir à la source. Les exploitants signalent les ventes suspectes de drones et de
précurseurs d'explosifs.
""",
    "en": """NATIONAL ACTION PLAN

Measure 1. International cooperation. The services exchange information with their
foreign counterparts every week.

Measure 2. Lists of sensitive sites. The prefects draw up the list of sites exposed to the
threat from drones.

Measure 3. Action at the source. Operators report suspicious sales of drones and of
explosives precursors.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [1, 2, 3])
def test_a_run_of_named_units_takes_its_stop_titles(lang: str, k: int) -> None:
    want = {
        "fr": {
            1: ("Renforcer la coopération internationale", ["Les", "services", "échangent"]),
            2: ("Établir les listes de sites sensibles", ["Les", "préfets", "dressent"]),
            3: ("Agir à la source", ["Les", "exploitants", "signalent"]),
        },
        "en": {
            1: ("International cooperation", ["The", "services", "exchange"]),
            2: ("Lists of sensitive sites", ["The", "prefects", "draw"]),
            3: ("Action at the source", ["Operators", "report", "suspicious"]),
        },
    }
    word = {"fr": "Mesure", "en": "Measure"}[lang]
    assert _clauses(PLAN[lang], lang)[f"{word} {k}"] == want[lang][k]


@pytest.mark.parametrize(
    ("words", "verb"),
    [
        (["renforcer", "la", "coopération"], False),  # fr infinitive: names
        (["établir", "les", "listes"], False),
        (["décide", "que", "les"], True),  # fr operative verb
        (["demande", "aux", "états"], True),
        (["condemns", "the", "attacks"], True),  # en operative verb
        (["strengthen", "the", "cooperation"], False),  # en imperative: no cue
    ],
)
def test_an_infinitive_is_no_operative_verb(words: list[str], verb: bool) -> None:
    assert opens_on_verb(words) is verb
