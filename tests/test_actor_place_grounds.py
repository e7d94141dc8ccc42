"""States named as the ground where things are done or sold (``[place.before]`` in
``data/models/actor_shapes.toml``, read by :mod:`ctdocs.extract._places`): no actor
there, and the states listed after one are places too; the same state acting elsewhere
in the text still counts. Texts written for these tests, French and English side by
side; expected values checked by hand against the guidelines (§3: a state named only
as a place is not an actor)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _states(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "state" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Les animaux sont vendus sur les marchés du Ghana, du Togo et du Bénin.", set()),
        ("en", "The animals are sold in the markets of Ghana, Togo and Benin.", set()),
        ("fr", "Le groupe recrute depuis le territoire de l'Afghanistan.", set()),
        ("en", "The group recruits from the territory of Afghanistan.", set()),
        # acting elsewhere in the text: an actor
        (
            "fr",
            "Le Ghana a adopté une loi. Les animaux sont vendus sur les marchés du Ghana.",
            {"Ghana"},
        ),
        (
            "en",
            "Ghana has adopted a law. The animals are sold in the markets of Ghana.",
            {"Ghana"},
        ),
    ],
)
def test_a_state_as_the_ground_of_a_market_or_a_territory_is_a_place(
    lang: str, text: str, want: set[str]
) -> None:
    assert _states(text, lang) == want
