"""Items written inline inside a quotation of another instrument (a court's reasons citing a
convention: ``Aux termes du F de l'article 1er de la convention de Genève : « … de penser :
a) qu'elles ont commis … ; b) … ; c) … »``) are that instrument's points, not the
document's: their numbers make no clauses (guidelines §1, "provisions of another instrument
reproduced in the document … their text is content, but their numbers are not the
document's"). The same items outside a quotation are clauses (§1a, items written inline).

The class was met in a French asylum court's decision (CNDA, ho14); the texts here are
written for the test in the style of an English tribunal and a French court. The expected
numbers were worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

QUOTED = {
    "en": """DECISION

1. The applicant arrived in the United Kingdom on 17 August 2023.

2. Article 1F of the Refugee Convention provides: “The provisions of this Convention shall not
apply to any person with respect to whom there are serious reasons for considering that: (a)
he has committed a crime against peace; (b) he has committed a serious non-political crime;
(c) he has been guilty of acts contrary to the purposes of the United Nations.”

3. The appeal is dismissed.
""",
    "fr": """DÉCISION

1. Le requérant est entré en France le 17 août 2023.

2. Aux termes du F de l'article 1er de la convention de Genève : « Les dispositions de cette
Convention ne seront pas applicables aux personnes dont on aura des raisons sérieuses de
penser : a) qu'elles ont commis un crime contre la paix ; b) qu'elles ont commis un crime grave
de droit commun ; c) qu'elles se sont rendues coupables d'agissements contraires aux buts des
Nations Unies ».

3. Le recours est rejeté.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_items_inside_a_quotation_are_not_clauses(lang: str) -> None:
    doc = parse_text(QUOTED[lang], language=lang)  # type: ignore[arg-type]
    clauses = {c.number: c for c in doc.clauses()}
    assert list(clauses) == ["1", "2", "3"]
    assert "(b)" in clauses["2"].text or "b)" in clauses["2"].text  # kept as its text


def _unquoted(text: str) -> str:
    for mark in "“”«»":
        text = text.replace(mark, "")
    return text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_items_unquoted_are_clauses(lang: str) -> None:
    doc = parse_text(_unquoted(QUOTED[lang]), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "2(a)", "2(b)", "2(c)", "3"]
