"""A chamber every state has, named by its bare word in a text of a state whose own the
knowledge base does not list, is that state's (extract/_state_chambers.py; guidelines §3:
bodies in no list are actors, named in English). Texts written for these tests in the
style of a gazette; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _mentions(text: str, lang: str) -> dict[str, str]:
    """surface -> actor name, for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        (
            "en",
            "REPUBLIC OF TRINIDAD AND TOBAGO\nAn Act passed by the Senate on 3 May 2026. "
            "Trinidad and Tobago shall cooperate with its neighbours.",
            "Senate",
            "Senate of Trinidad and Tobago",
        ),
        (
            "fr",
            "RÉPUBLIQUE DU NIGER\nLa loi a été adoptée par le Sénat le 3 mai 2026. "
            "Le Niger coopère avec ses voisins.",
            "Sénat",
            "Senate of Niger",
        ),
    ],
)
def test_the_bare_word_is_the_texts_own_states(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _mentions(text, lang).get(surface) == name


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # the state whose body the knowledge base lists: its own, as the matcher links it
        (
            "en",
            "The Congress of the United States enacted the law. The Senate agreed on 3 May.",
            "Senate",
            "United States Senate",
        ),
        (
            "fr",
            "Le Congrès des États-Unis a adopté la loi. Le Sénat l'a approuvée le 3 mai.",
            "Sénat",
            "United States Senate",
        ),
    ],
)
def test_a_listed_states_chamber_stays_its_own(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _mentions(text, lang).get(surface) == name


def test_no_state_no_chamber() -> None:
    """A text of no clear state leaves the word as the matcher does: unlinked, dropped."""
    assert "Senate" not in _mentions("The Senate met on 3 May 2026 to debate the bill.", "en")
