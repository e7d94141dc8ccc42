"""Named outcomes of a strategy's delivery plan (``Outcome A: …``, ``Résultat 2 : …``) over
the actions that serve them (``Action 1.``): numbered units that keep the word they are
printed with (guidelines §1a; numbering.toml's named divisions, as ``Axe 1``, ``Pillar 2``),
titled by the heading's text, parents of their actions.

The class was met in a Scottish Government delivery plan (ho12); each text here is written
for the test in the style of other publishers: a New Zealand strategy in English and a
Quebec ministry's action plan in French. The expected numbers were worked out by hand from
the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

PLAN = {
    "en": """<h1>Countering violent extremism: action plan 2026-2029</h1>
<h2>1 Introduction</h2>
<p>This plan sets out what agencies will deliver over three years.</p>
<h2>2 Outcomes and actions</h2>
<h3>Outcome 1: Communities are resilient</h3>
<p><strong>Action 1.</strong> Agencies will fund local prevention projects in every region.</p>
<p><strong>Action 2.</strong> Police will train community liaison officers by June 2027.</p>
<h3>Outcome 2: Online harm is reduced</h3>
<p><strong>Action 3.</strong> The Department will ask platforms to remove terrorist content.</p>
""",
    "fr": """<h1>Plan d'action contre la radicalisation 2026-2029</h1>
<h2>1 Introduction</h2>
<p>Le présent plan énonce ce que les ministères réaliseront en trois ans.</p>
<h2>2 Résultats et actions</h2>
<h3>Résultat 1 : Les collectivités sont résilientes</h3>
<p><strong>Action 1.</strong> Les ministères financeront des projets locaux de prévention.</p>
<p><strong>Action 2.</strong> La police formera des agents de liaison d'ici juin 2027.</p>
<h3>Résultat 2 : Les contenus haineux en ligne reculent</h3>
<p><strong>Action 3.</strong> Le ministère demandera aux plateformes de retirer.</p>
""",
}

WORD = {"en": "Outcome", "fr": "Résultat"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_outcomes_hold_their_actions(lang: str) -> None:
    doc = parse_text(PLAN[lang], language=lang, layout="html")  # type: ignore[arg-type]
    w = WORD[lang]
    clauses = doc.clauses()
    assert [c.number for c in clauses] == [
        "1",
        "2",
        f"{w} 1",
        "Action 1",
        "Action 2",
        f"{w} 2",
        "Action 3",
    ]
    assert [c.parent_number for c in clauses if c.number.startswith("Action")] == [
        f"{w} 1",
        f"{w} 1",
        f"{w} 2",
    ]


@pytest.mark.parametrize(
    ("lang", "number", "title"),
    [
        ("en", "Outcome 2", "Online harm is reduced"),
        ("fr", "Résultat 2", "Les contenus haineux en ligne reculent"),
    ],
)
def test_outcome_is_titled_by_its_heading(lang: str, number: str, title: str) -> None:
    doc = parse_text(PLAN[lang], language=lang, layout="html")  # type: ignore[arg-type]
    assert {c.number: c.title for c in doc.clauses()}[number] == title
