"""A body's name written shorter, after its full name (guidelines §3: a short reference
to a named body is a mention of it; one actor per body). Texts written for these tests;
the expected actors checked by hand against the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _actors(text: str, lang: str) -> dict[str, list[str]]:
    """canonical name -> the mentions' surfaces, in order."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {a.name: [m.text for m in a.mentions] for a in doc.actors}


@pytest.mark.parametrize(
    ("lang", "text", "name", "surfaces"),
    [
        (
            "en",
            "The Court of Appeal of Barbados heard the appeal on 3 March 2020. "
            "The Court of Appeal dismissed it.",
            "Court of Appeal of Barbados",
            ["Court of Appeal of Barbados", "Court of Appeal"],
        ),
        (
            "fr",
            "La Commission technique du GIABA s'est réunie à Dakar le 3 mars 2020. "
            "La Commission technique a adopté le rapport.",
            "GIABA Technical Commission",  # the owner's acronym first (_owner_first)
            ["Commission technique du GIABA", "Commission technique"],
        ),
        (
            "en",
            "The Legislative Assembly of Samoa passed the Act. "
            "The Legislative Assembly sat on 4 May 2021.",
            "Legislative Assembly of Samoa",
            ["Legislative Assembly of Samoa", "Legislative Assembly"],
        ),
    ],
)
def test_the_short_name_is_the_body_named_in_full(
    lang: str, text: str, name: str, surfaces: list[str]
) -> None:
    actors = _actors(text, lang)
    assert actors[name] == surfaces
    assert len(actors) == 1


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        # the longer name adds another head: another body
        (
            "en",
            "The National Police Agency and the National Police met in Tokyo.",
            "National Police",
        ),
        # words before the short name: a body of it, or another state's
        (
            "fr",
            "La Direction générale de la Police nationale et la Police nationale ont signé "
            "la convention.",
            "National Police",
        ),
        # "and" adds a second part to the name, no complement
        (
            "en",
            "The Committee on Homeland Security and Governmental Affairs wrote to the "
            "Committee on Homeland Security.",
            "Committee on Homeland Security",
        ),
        # an adjective after the short words is no complement
        (
            "fr",
            "Le Tribunal fédéral suisse a rejeté le recours. Le Tribunal fédéral a statué.",
            "Federal Court",
        ),
    ],
)
def test_a_name_the_longer_one_does_not_complete_stays_apart(
    lang: str, text: str, short: str
) -> None:
    actors = _actors(text, lang)
    assert short in actors
    assert len(actors) == 2


# a known body whose canonical name brackets its state (guidelines §3: one actor per
# body): the text writes its acronym, then its name without the state, and both are it
@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        (
            "en",
            "The AIVD published its threat assessment in March. The General Intelligence "
            "and Security Service warned that the threat remained substantial.",
            "General Intelligence and Security Service",
        ),
        (
            "fr",
            "L'AIVD a publié son évaluation de la menace en mars. Le General Intelligence "
            "and Security Service a averti que la menace restait élevée.",
            "General Intelligence and Security Service",
        ),
    ],
)
def test_the_name_without_its_bracketed_state_is_the_known_body(
    lang: str, text: str, written: str
) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    ids = {m.text: a.id for a in doc.actors for m in a.mentions}
    assert ids[written] == ids["AIVD"] == "aivd"


# a state's name before the short words only places the body (guidelines §3: one actor
# per body); "U.S." (an abbreviation) is not spelt out, so it is left out of this
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Zambia Civil Aviation Authority shall keep a register of permits. The Civil "
            "Aviation Authority may revoke a permit at any time.",
        ),
        (
            "fr",
            "La Zambia Civil Aviation Authority tient un registre des permis. La Civil "
            "Aviation Authority peut retirer un permis à tout moment.",
        ),
    ],
)
def test_a_state_before_the_short_name_only_places_the_body(lang: str, text: str) -> None:
    assert _actors(text, lang) == {
        "Zambia Civil Aviation Authority": [
            "Zambia Civil Aviation Authority",
            "Civil Aviation Authority",
        ]
    }
