"""A government word that completes a person's office (ctdocs.extract._state_refs,
``office_heads`` in ``actor_shapes.toml``): ``Chef du Gouvernement``, ``the Head of the
Government`` name an unnamed office holder, not the state (guidelines §3), while the
same government word alone, after a determiner, still refers to the text's state.
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface

_OFFICE = [
    # the class: a person's office the government word completes, in other shapes
    ("fr", "Le Mali ratifie.\n\nLe Premier Ministre, Chef du Gouvernement\n\nAmadou TOURÉ\n"),
    ("fr", "Le Cameroun statue.\n\nL'arrêt est transmis au Commissaire du Gouvernement.\n"),
    ("fr", "La France agit.\n\nDestinataires : préfets ; délégués du Gouvernement en mer.\n"),
    ("fr", "Le Maroc applique le code.\n\nLa Cour recommande :\n\nA. Au chef du Gouvernement :\n"),
    ("en", "Kenya signed the agreement.\n\nThe Head of the Government opened the session.\n"),
    ("en", "Jamaica acceded.\n\n- Leader of the Government in the Senate: Kamina Johnson\n"),
]

_STATE = [
    # negative rows of the same shape: the government word alone, near an office word
    ("fr", "Le Mali ratifie.\n\nLe Chef de l'État et le Gouvernement adoptent le plan.\n"),
    ("fr", "Le Cameroun statue.\n\nLe Commissaire transmet l'arrêt au Gouvernement.\n"),
    ("en", "Kenya signed the agreement.\n\nThe Head of Mission briefed the Government.\n"),
    ("en", "Jamaica acceded.\n\n- Chief Justice: the Government answered the court.\n"),
]


@pytest.mark.parametrize(("lang", "text"), _OFFICE)
def test_a_government_word_in_an_office_is_no_actor(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert not {s for s in found if s.casefold() in {"gouvernement", "government"}}


@pytest.mark.parametrize(("lang", "text"), _STATE)
def test_the_government_word_alone_is_still_the_state(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    gov = [v for s, v in found.items() if s.casefold() in {"gouvernement", "government"}]
    assert gov and gov[0][1] == "state"
