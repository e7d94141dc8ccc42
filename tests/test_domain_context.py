"""A strong trigger damped by its role counts when a neighbouring clause carries its
domain (``ctdocs.extract._domain_context``): French and English side by side.
Expected tags read off each text by hand: clause 2 names critical infrastructure
as one item of a list of sites, clause 1 is about protecting it.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ctdocs import parse_text
from ctdocs._knowledge import load_domains
from ctdocs._knowledge._schemas import DomainScoring
from ctdocs._vocab import Language

PLAN = {
    "en": """# Protection plan

1. Allies will protect critical infrastructure against terrorist attacks.

2. Allies will list their dams, stadiums, critical infrastructure, ports and markets.

3. Allies will publish an annual report on the plan.
""",
    "fr": """# Plan de protection

1. Les Alliés protégeront les infrastructures critiques contre les attaques terroristes.

2. Les Alliés recenseront leurs barrages, stades, infrastructures critiques, ports et marchés.

3. Les Alliés publieront un rapport annuel sur le plan.
""",
}

# the first clause no longer names the domain: nothing confirms the listed item
NO_CONTEXT = {
    "en": ("protect critical infrastructure against terrorist attacks", "meet every year"),
    "fr": (
        "protégeront les infrastructures critiques contre les attaques terroristes",
        "se réuniront chaque année",
    ),
}

# a weak word alone ("infrastructures") names nothing, even next to a clause about it
WEAK = {
    "en": (
        "list their dams, stadiums, critical infrastructure, ports and markets",
        "inspect their infrastructures",
    ),
    "fr": (
        "recenseront leurs barrages, stades, infrastructures critiques, ports et marchés",
        "inspecteront leurs infrastructures",
    ),
}


def _domains(text: str, language: Language) -> dict[str, list[str]]:
    doc = parse_text(text, language=language)
    return {c.number: [d.code for d in c.domains] for c in doc.clauses()}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_listed_item_takes_its_neighbours_domain(language: Language) -> None:
    assert _domains(PLAN[language], language) == {"1": ["CIP"], "2": ["CIP"], "3": []}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_without_a_neighbour_on_it_the_listed_item_stays_untagged(language: Language) -> None:
    text = PLAN[language].replace(*NO_CONTEXT[language])
    assert _domains(text, language) == {"1": [], "2": [], "3": []}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_lone_weak_word_is_not_confirmed(language: Language) -> None:
    text = PLAN[language].replace(*WEAK[language])
    assert _domains(text, language) == {"1": ["CIP"], "2": [], "3": []}


# two strong words of one domain, each an item of the list, need no context: the
# clause names the domain twice (2 x role_factor 0.3 reaches clause_threshold 0.6)
TWO_ITEMS = {
    "en": (
        "critical infrastructure, ports and markets",
        "critical infrastructure, power grids, ports and markets",
    ),
    "fr": (
        "infrastructures critiques, ports et marchés",
        "infrastructures critiques, réseaux électriques, ports et marchés",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_two_listed_items_of_one_domain_tag_the_clause_alone(language: Language) -> None:
    text = PLAN[language].replace(*NO_CONTEXT[language]).replace(*TWO_ITEMS[language])
    assert _domains(text, language) == {"1": [], "2": ["CIP"], "3": []}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_two_listed_items_weigh_twice_the_role_factor(language: Language) -> None:
    """No weak word of the domain beside them (schools, ports, markets): 0.3 + 0.3,
    which is enough on its own."""
    from ctdocs.extract._domains import score_text, tag_text

    item = TWO_ITEMS[language][1]
    listed = {
        "en": f"They list their schools, {item}.",
        "fr": f"Ils recensent leurs écoles, {item}.",
    }
    assert score_text(listed[language], language)["CIP"][0] == pytest.approx(0.6)
    assert "CIP" in tag_text(listed[language], language)


WINDOWS = [([], True), ([0.3, 0.5], True), ([0.5, 0.3], False), ([0.3], False)]


@pytest.mark.parametrize(("window", "ok"), WINDOWS)
def test_the_window_is_two_increasing_weights_or_none(window: list[float], ok: bool) -> None:
    fields = {**load_domains().scoring.model_dump(), "context_weight": window}
    if ok:
        assert DomainScoring.model_validate(fields).context_weight == window
    else:
        with pytest.raises(ValidationError):
            DomainScoring.model_validate(fields)
