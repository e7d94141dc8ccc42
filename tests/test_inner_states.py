"""A state's name closing a longer capitalised name (``Youth Law Australia``, ``FIU
Germany``, ``an Air France flight``) is no mention of the state (extract/_inner_states):
a capitalised word that is no function word and no other mention stands right before it
on its line. Texts written for these tests in the shapes of a submission list, a
typologies report's credits, an incident chronology and a members' table (none of the
batches' publishers); expected values checked by hand against the annotation guidelines
(§3: a body's full name is one surface form, the inner name listed only where also named
on its own; a state named only as a person's country is no actor).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._hits import ActorHit
from ctdocs.extract._inner_states import drop_inner_states


def _states(text: str, lang: str) -> list[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return [m.text for a in doc.actors if a.kind == "state" for m in a.mentions]


# (lang, text, the state named only inside a longer name)
INSIDE = [
    (
        "en",
        "Submissions were received from Youth Law Australia and the Refugee Council.",
        "Australia",
    ),
    (
        "fr",
        "Des contributions ont été reçues de Jeunesse Droit Australia et du Barreau.",
        "Australia",
    ),
    ("en", "Prepared by Ms Ingrid Voss (FIU Germany) and Mr Rafael Montoya.", "Germany"),
    ("fr", "Rédigé par Mme Ingrid Voss (CRF Allemagne) et M. Rafael Montoya.", "Allemagne"),
    ("en", "1976: the hijacking of an Air France flight to Entebbe.", "France"),
    ("fr", "1976 : le détournement d'un vol Air France vers Entebbe.", "France"),
]


@pytest.mark.parametrize(("lang", "text", "state"), INSIDE)
def test_a_state_closing_a_longer_name_is_no_mention(lang: str, text: str, state: str) -> None:
    assert state not in _states(text, lang)


# (lang, text, the state that stays): the same shapes on ordinary body text
ALONE = [
    # a function word, a line's or a sentence's start, a comma before it
    ("en", "The Refugee Council thanked Australia for its support.", "Australia"),
    ("fr", "Le Conseil des réfugiés remercie l'Australie pour son soutien.", "Australie"),
    ("en", "Germany\nGermany ratified the Convention in 2019.", "Germany"),
    ("fr", "Réunion. Allemagne et Autriche ont signé la déclaration.", "Allemagne"),
    ("en", "Two states signed: Kenya, Germany and Japan.", "Germany"),
    # a sentence's first word after a clause's number or a list's mark
    ("en", "3.2.1 Only Jamaica and Barbados have a legal basis for PNR.", "Jamaica"),
    ("fr", "a) Seule la France a notifié.\n(b) Seule Malte a notifié.", "Malte"),
    # its full style, the state's own name of several words
    ("en", "The Republic of Kenya deposited its instrument.", "Republic of Kenya"),
    ("fr", "La République du Kenya a déposé son instrument.", "République du Kenya"),
]


@pytest.mark.parametrize(("lang", "text", "state"), ALONE)
def test_a_state_alone_stays(lang: str, text: str, state: str) -> None:
    assert state in _states(text, lang)


def test_short_references_and_other_kinds_stay() -> None:
    """Only a state's name goes: a short reference to it (``Canadian Government``) and a
    body's name after a capitalised word stay."""
    text = "The Canadian Government and the Air Canada Board."
    hits = [
        ActorHit(text.index("Government"), text.index(" and"), "canada", "context", 100.0),
        ActorHit(text.index("Board"), text.index("Board") + 5, "board", "exact", 100.0),
    ]
    assert drop_inner_states(text, hits, lambda a: a == "canada") == hits
    named = ActorHit(text.index("Canada"), text.index("Canada") + 6, "canada", "exact", 100.0)
    assert drop_inner_states(text, [named], lambda a: a == "canada") == []
