"""A consultation paper's numbered proposals (``Proposal 5A: an offence of …``, ``Proposition
5A : une infraction …``) are word-led clauses that keep their word, as ``Recommandation 1``
and ``Proposition 2`` do (held-out conventions for word-led numbers; data: the English word
beside the French one in ``numbering.toml``). Expected values are decided by hand; the texts
are our own, one per language."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

PAPER = {
    "fr": (
        "DOCUMENT DE CONSULTATION SUR LA LÉGISLATION RELATIVE AU FINANCEMENT DU TERRORISME\n\n"
        "5.1 Le Gouvernement propose trois nouvelles infractions.\n\n"
        "Proposition 5A : une infraction de sollicitation de fonds pour le terrorisme.\n\n"
        "Proposition 5B : une infraction de réception de fonds pour le terrorisme.\n\n"
        "5.2 Les observations sur ces propositions sont bienvenues.\n"
    ),
    "en": (
        "CONSULTATION PAPER ON TERRORIST FINANCING LEGISLATION\n\n"
        "5.1 The Government proposes three new offences.\n\n"
        "Proposal 5A: an offence of soliciting funds for terrorism.\n\n"
        "Proposal 5B: an offence of receiving funds for terrorism.\n\n"
        "5.2 Comments are invited on these proposals.\n"
    ),
}
WORD = {"fr": "Proposition", "en": "Proposal"}
FIRST = {"fr": ["une", "infraction", "de"], "en": ["an", "offence", "of"]}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_proposals_keep_their_word(lang: str) -> None:
    clauses = parse_text(PAPER[lang]).clauses()
    w = WORD[lang]
    assert [c.number for c in clauses] == ["5.1", f"{w} 5A", f"{w} 5B", "5.2"]
    assert clauses[1].text.split()[:3] == FIRST[lang]
