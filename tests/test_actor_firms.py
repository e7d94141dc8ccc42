"""Technology companies an online-content text names as acting (given notices, removing
content) are actors; the knowledge base lists the firms, not their platforms. Texts
written for these tests; expected values checked by hand against the annotation
guidelines (§3: a named organisation that acts is an actor)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "firms"),
    [
        (
            "en",
            "The Commissioner issued notices to Meta, Google and X Corp. Microsoft joined the "
            "Forum in 2017.",
            {"Meta": "meta", "Google": "google", "X Corp.": "x-corp", "Microsoft": "microsoft"},
        ),
        (
            "fr",
            "Le régulateur a adressé des injonctions à Meta et à Google ; Microsoft a retiré "
            "les contenus signalés.",
            {"Meta": "meta", "Google": "google", "Microsoft": "microsoft"},
        ),
    ],
)
def test_a_firm_that_acts_is_an_actor(lang: str, text: str, firms: dict[str, str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s: found[s][0] for s in firms if s in found} == firms
