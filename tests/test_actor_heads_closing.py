"""English head nouns that close a capitalised body's name without an acronym beside it:
``Laboratory``, ``Mechanism``, ``Desk`` (``data/models/actor_shapes.toml``, organ.heads).
French ``laboratoire`` and ``mécanisme`` stay heads only where an acronym spells the name
(spelt_heads): in lower case they are common nouns. Texts written for these tests in the
styles of a ministry's release, a regional communiqué and a strategy; expected values
checked by hand against the annotation guidelines (§3: bodies not in any list are actors;
lower-case generic nouns are not).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _bodies(text: str, lang: str) -> set[str]:
    """The surfaces of the bodies found (organs and organisations)."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    kinds = {"organ", "organization"}
    return {m.text for a in doc.actors if a.kind in kinds for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The Forensic Explosives Laboratory analysed the samples seized in the raid.",
            {"Forensic Explosives Laboratory"},
        ),
        (
            "fr",
            "Le Laboratoire central d'analyse des explosifs (LCAE) a analysé les échantillons.",
            {"Laboratoire central d'analyse des explosifs", "LCAE"},
        ),
        (
            "en",
            "The Regional Police Cooperation Mechanism will meet in Accra next month.",
            {"Regional Police Cooperation Mechanism"},
        ),
        (
            "en",
            "The Terrorist Financing Monitoring Desk shall report every quarter.",
            {"Terrorist Financing Monitoring Desk"},
        ),
    ],
)
def test_a_head_closes_the_name(lang: str, text: str, want: set[str]) -> None:
    assert _bodies(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A coordination mechanism and a help desk were set up; the laboratory closed."),
        ("fr", "Un mécanisme d'alerte et un laboratoire d'analyse ont été mis en place."),
    ],
)
def test_a_common_noun_is_no_body(lang: str, text: str) -> None:
    assert _bodies(text, lang) == set()
