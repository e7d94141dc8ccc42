"""``heading_clauses_tagged`` (domains.toml [scoring]): whether a clause that is only a
number and a title over its children keeps the tags its title gives it. The dev corpus
and held-out batches 1-16 tag such headings; the gold of batches 17-24 gives them none
("Heading clauses with no body get no domains", their NOTES). Either way the children
take the title's domain. French and English side by side."""

from __future__ import annotations

import pytest

import ctdocs.extract._weights as weights
from ctdocs import parse_text
from ctdocs._knowledge import load_domains
from ctdocs._vocab import Language

TEXTS = {
    "en": """# Counter-Terrorism (Amendment) Act 2026

PART 2 - EXPLOSIVES PRECURSORS

5. A supplier shall keep a register of every sale of a precursor.

6. A supplier shall report the theft of a precursor to the police.
""",
    "fr": """# Loi n° 2026-12 portant modification du code pénal

CHAPITRE 2 - PRÉCURSEURS D'EXPLOSIFS

Article 5. Le fournisseur tient un registre de chaque vente d'un précurseur.

Article 6. Le fournisseur signale le vol d'un précurseur à la police.
""",
}
HEADS = {"en": "Part 2", "fr": "Chapter 2"}


def _tags(language: Language) -> dict[str, set[str]]:
    doc = parse_text(TEXTS[language], language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_heading_clause_keeps_its_title_s_domain_by_default(language: Language) -> None:
    assert load_domains().scoring.heading_clauses_tagged
    assert "C-IED" in _tags(language)[HEADS[language]]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_switched_off_the_heading_is_untagged_and_its_children_keep_the_domain(
    language: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = load_domains()
    scoring = shipped.scoring.model_copy(update={"heading_clauses_tagged": False})
    off = shipped.model_copy(update={"scoring": scoring})
    monkeypatch.setattr(weights, "load_domains", lambda: off)
    tags = _tags(language)
    assert tags[HEADS[language]] == set()
    children = [n for n in tags if n != HEADS[language]]
    assert children and all("C-IED" in tags[n] for n in children)
