"""An acronym the text defines in brackets with a hyphenated suffix (``(CENTIF-CI)``,
``(MNJTF-AI)``) is one name, not the known acronym it opens with; a pair of two bodies'
acronyms (``OTAN-UA``) stays two. Texts written for these tests; expected values
checked by hand against the annotation guidelines (§3: a body's full name is one
surface form)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "whole", "stem"),
    [
        (
            "fr",
            "La Cellule Nationale de Traitement des Informations Financières (CENTIF-CI) "
            "reçoit les déclarations. La CENTIF-CI coopère avec la police.",
            "CENTIF-CI",
            "CENTIF",
        ),
        (
            "en",
            "The Multinational Joint Task Force (MNJTF-AI) shall report. The MNJTF-AI "
            "met on Monday.",
            "MNJTF-AI",
            "MNJTF",
        ),
        # a state as the suffix is part of the name, no mention of its own
        (
            "fr",
            "La Cellule Nationale de Traitement des Informations Financières\n"
            "(CENTIF-Guinée) est saisie de tout transfert suspect.",
            "CENTIF-Guinée",
            "Guinée",
        ),
    ],
)
def test_a_suffixed_acronym_in_brackets_is_one_name(
    lang: str, text: str, whole: str, stem: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert whole in found
    assert stem not in found


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "fr",
            "L'OTAN et l'UA ont tenu le premier dialogue (OTAN-UA) à Alger.",
            "OTAN",
            "UA",
        ),
        (
            "en",
            "NATO and the AU held their first staff talks (NATO-AU) in Algiers.",
            "NATO",
            "AU",
        ),
    ],
)
def test_two_bodies_acronyms_joined_stay_two(lang: str, text: str, first: str, second: str) -> None:
    found = _actors_by_surface(text, lang)
    assert first in found
    assert second in found
    assert f"{first}-{second}" not in found
