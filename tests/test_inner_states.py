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


# (lang, text, the state that stays): a date's word or a word naming the state's role
# right before its name opens no longer name (mendsD41: both lost at 6b6c9165)
DATED_OR_APPOSED = [
    ("en", "In January Malta ratified the Convention.", "Malta"),
    ("fr", "Le 4 Novembre Malte et Chypre ont signé la déclaration.", "Malte"),
    ("en", "Framework Nation Germany leads the battlegroup.", "Germany"),
    ("en", "The GCTF Co-Chairs Morocco and Canada opened the meeting.", "Morocco"),
    ("fr", "La Nation Hôte Lituanie apporte son soutien.", "Lituanie"),
    ("fr", "Les Alliés Canada et Norvège ont contribué.", "Canada"),
    # a reference's numeral (an annex's, a part's)
    ("en", "The contributions are annexed.\n\nAnnex II Germany: national contribution", "Germany"),
    (
        "fr",
        "Les contributions sont annexées.\n\nAnnexe III France : contribution nationale",
        "France",
    ),
]


@pytest.mark.parametrize(("lang", "text", "state"), DATED_OR_APPOSED)
def test_a_state_after_a_date_or_its_role_stays(lang: str, text: str, state: str) -> None:
    assert state in _states(text, lang)


# (lang, text, the state named only inside a longer name): the same shapes, a date's word
# or a role word further back, the word right before the state another name's
INSIDE_AFTER_A_DATE = [
    ("en", "On 3 May an Air France flight landed in Entebbe.", "France"),
    ("fr", "Le 3 Mai, un vol Air France a atterri à Entebbe.", "France"),
    ("en", "The Host Nation thanked Youth Law Australia for its submission.", "Australia"),
    ("fr", "La Nation hôte remercie Jeunesse Droit Australia pour sa contribution.", "Australia"),
]


@pytest.mark.parametrize(("lang", "text", "state"), INSIDE_AFTER_A_DATE)
def test_a_state_closing_a_longer_name_after_a_date_is_no_mention(
    lang: str, text: str, state: str
) -> None:
    assert state not in _states(text, lang)


# (lang, text, the state's longer style): a capitalised word before its government's name
# is the state's own style, one surface form (guidelines §3), not another body's name
STYLED = [
    (
        "en",
        "The Royal Government of Cambodia ratified the Convention.",
        "Royal Government of Cambodia",
    ),
    (
        "en",
        "The Transitional Government of Mali signed the communiqué.",
        "Transitional Government of Mali",
    ),
    (
        "fr",
        "Le Royal Gouvernement du Cambodge a ratifié la Convention.",
        "Royal Gouvernement du Cambodge",
    ),
    ("en", "The Royal Thai Government hosted the meeting.", "Royal Thai Government"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), STYLED)
def test_a_qualified_government_is_the_state_s_longer_style(
    lang: str, text: str, surface: str
) -> None:
    assert surface in _states(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the word before the government's name is itself qualified: another body's name
        ("en", "The Kurdistan Regional Government of Iraq met the donors."),
        ("fr", "Le Club Sportif Royaume du Maroc a été dissous."),
    ],
)
def test_a_government_closing_a_longer_name_is_no_mention(lang: str, text: str) -> None:
    assert _states(text, lang) == []


def test_an_unqualified_government_keeps_its_name() -> None:
    """A government's name after a function word or at a sentence's start is the state's
    as found (negative rows of the same shape)."""
    assert "Government of Cambodia" in _states("Aid reached the Government of Cambodia.", "en")
    assert "Gouvernement du Cambodge" in _states(
        "Le 3 mai. Gouvernement du Cambodge et ONU ont signé.", "fr"
    )
