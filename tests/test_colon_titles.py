"""A run-in title ends at its colon (guidelines §1a), even where the sentence after it is
short and closed by a full stop in every clause of a level ('Purpose: to set out the rules.'):
the gloss is the clause's text, not part of its title."""

from __future__ import annotations

import pytest

import ctdocs
from ctdocs._vocab import Language

_EN = (
    "1. Purpose: to set out the rules. This policy applies to every site the Directorate"
    " manages.\n\n2. Scope: all staff are covered. The Directorate trains them every year.\n"
)
_FR = (
    "1. Objet : fixer les règles. La présente politique s'applique à tous les sites de la"
    " direction.\n\n2. Champ : tout le personnel est couvert. La direction le forme chaque"
    " année.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "titles"),
    [("en", _EN, ["Purpose", "Scope"]), ("fr", _FR, ["Objet", "Champ"])],
)
def test_a_colon_ends_the_run_in_title(lang: Language, text: str, titles: list[str]) -> None:
    doc = ctdocs.parse_text(text, lang)
    assert [c.title for c in doc.clauses()] == titles
