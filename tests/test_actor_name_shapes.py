"""Actors by the shape of their names, beyond the knowledge base's forms: a known
full name written in another case, a name built on ``X of Y``, an acronym spelt by
more than initials or defined by ``hereinafter``. Texts written for these tests;
expected values checked by hand against the annotation guidelines (§3).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor id, kind) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        (
            # a knowledge-base full name, "Nations unies" in lower case: one mention
            "fr",
            "Le Bureau de lutte contre le terrorisme des Nations unies a présenté son "
            "rapport annuel aux États membres.",
            {"Bureau de lutte contre le terrorisme des Nations unies": "unoct"},
        ),
        (
            # a body and its owner in a name the knowledge base does not give: two
            "en",
            "The Counter-Terrorism Committee of the Security Council held an open briefing "
            "on the financing of terrorism.",
            {"Counter-Terrorism Committee": "un-ctc", "Security Council": "unsc"},
        ),
    ],
)
def test_a_known_full_name_in_another_case(lang: str, text: str, surfaces: dict[str, str]) -> None:
    found = _by_surface(text, lang)
    assert {s: found[s][0] for s in surfaces if s in found} == surfaces, sorted(found)
    assert not any(s != t and s in t for t in surfaces for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "en",
            "The ministers of ECOWAS and the Lake of Ohrid Authority will meet in the spring.",
            "Lake of Ohrid Authority",
        ),
        (
            "fr",
            "La Commission du Golfe de Guinée se réunira au printemps avec les ministres.",
            "Commission du Golfe de Guinée",
        ),
    ],
)
def test_a_name_built_on_a_place_of_its_own(lang: str, text: str, surface: str) -> None:
    """``Gulf of Guinea Commission``: the words before an English head may hold ``of``;
    the name is whole, not cut after the ``of`` (``Guinea Commission``)."""
    found = _by_surface(text, lang)
    assert surface in found, sorted(found)
    assert found[surface][1] == "organ"
    assert not any(s != surface and s in surface for s in found), sorted(found)
