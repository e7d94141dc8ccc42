"""A body named in lower-case words after its capitalised head is one name, even where
the text has made that head alone a short reference to another body (extract/_unlinked.py
``_lower`` over extract/_unlinked_lower.py; guidelines §3: a body's full name is one
surface form; a capitalised short reference means the body the text names). Texts
written for these tests; expectations checked by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _mentions(text: str, lang: str) -> dict[str, set[str]]:
    """surface -> the names of the actors it is a mention of."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    out: dict[str, set[str]] = {}
    for a in doc.actors:
        for m in a.mentions:
            out.setdefault(m.text, set()).add(a.name)
    return out


@pytest.mark.parametrize(
    ("lang", "text", "name", "short"),
    [
        (
            "fr",
            "Vu la résolution du Conseil de sécurité des Nations Unies du 3 mai 2020. "
            "Le Conseil national de sécurité est chargé de la coordination des services.",
            "Conseil national de sécurité",
            "Conseil",
        ),
        (
            "fr",
            "Le Conseil de l'Union européenne a adopté une décision le 4 juin 2021. "
            "La note est adressée au Conseil national de sécurité.",
            "Conseil national de sécurité",
            "Conseil",
        ),
    ],
)
def test_a_lower_case_name_keeps_its_head(lang: str, text: str, name: str, short: str) -> None:
    found = _mentions(text, lang)
    assert name in found
    assert found[name] == {"National Security Council"}
    assert short not in found  # the head word is no second mention of the earlier body


@pytest.mark.parametrize(
    ("lang", "text", "short", "body"),
    [
        (
            "fr",
            "Le Conseil de sécurité des Nations Unies s'est réuni le 3 mai 2020. "
            "Le Conseil a décidé de proroger le mandat.",
            "Conseil",
            "United Nations Security Council",
        ),
        (
            "en",
            "The Security Council met on 3 May 2020. The Council decided to extend "
            "the mandate of the mission.",
            "Council",
            "United Nations Security Council",
        ),
    ],
)
def test_the_bare_head_stays_a_short_reference(lang: str, text: str, short: str, body: str) -> None:
    assert _mentions(text, lang).get(short) == {body}


@pytest.mark.parametrize(
    ("lang", "text", "name", "short"),
    [
        (
            # after an elided article, over a line break, before its acronym
            "fr",
            "L'exercice se tiendra avec la participation de l'Administration des\n"
            "services de secours (CGDIS) et de la police.",
            "Administration des services de secours",
            "Administration des services",
        ),
        (
            "en",
            "The exercise will be held with the participation of the Rescue Services "
            "Administration (CGDIS) and the police.",
            "Rescue Services Administration",
            "Administration",
        ),
        (
            "fr",
            "Le rapport a été transmis à l'Agence nationale du renseignement le 2 mai.",
            "Agence nationale du renseignement",
            "Agence nationale",
        ),
        (
            "en",
            "The report was sent to the National Intelligence Agency on 2 May.",
            "National Intelligence Agency",
            "Intelligence Agency",
        ),
    ],
)
def test_a_head_after_an_elided_article_opens_a_name(
    lang: str, text: str, name: str, short: str
) -> None:
    found = _mentions(text, lang)
    assert name in found, sorted(found)
    assert short not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "cut"),
    [
        (
            "fr",
            "Le rapport du Centre régional de lutte contre les armes légères a été transmis "
            "aux États membres le 3 mai 2021.",
            "Centre régional de lutte contre les armes légères",
            "Centre régional de lutte contre les armes",
        ),
        (
            "en",
            "The Regional Centre for Small Arms in Lomé published its report on 3 May 2021.",
            "Regional Centre for Small Arms",
            "Regional Centre",
        ),
        (
            "fr",
            "Décret n° 12 du 4 juin 2020. Le Secrétariat de la coordination des unités "
            "fluviales assure le suivi.",
            "Secrétariat de la coordination des unités fluviales",
            "Secrétariat de la coordination des unités",
        ),
        (
            "en",
            "Decree No. 12 of 4 June 2020. The Secretariat for the Coordination of River "
            "Units ensures the follow-up.",
            "Secretariat for the Coordination of River Units",
            "Secretariat",
        ),
    ],
)
def test_an_unlisted_adjective_closes_the_name(lang: str, text: str, name: str, cut: str) -> None:
    """An agreeing adjective the word lists lack, right after the name's last noun, is
    the name's last word (organ.adjective_endings: "légères", "fluviales"), not cut off;
    an English name's adjectives stand before its nouns, in capitals."""
    found = _mentions(text, lang)
    assert name in found
    assert cut not in found


def _surfaces(text: str, lang: str) -> set[str]:
    return {m.text for a in parse_text(text, lang).actors for m in a.mentions}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a capitalised name goes on in lower case: its adjectives, then a link and nouns
        ("fr", "Le Ministère des Forces armées a signé l'accord.", {"Ministère des Forces armées"}),
        (
            "fr",
            "La Direction des Affaires juridiques et consulaires du ministère des Affaires "
            "étrangères a été saisie.",
            {
                "Direction des Affaires juridiques et consulaires",
                "ministère des Affaires étrangères",
            },
        ),
        (
            "fr",
            "Le Centre national de coordination de la lutte contre le terrorisme et "
            "l'extrémisme violent est créé.",
            {
                "Centre national de coordination de la lutte contre le terrorisme et "
                "l'extrémisme violent"
            },
        ),
        # a participle after the name opens what the body is or does: no part of it
        (
            "fr",
            "La Cellule de renseignement financier placée sous la tutelle du ministre a agi.",
            {"Cellule de renseignement financier"},
        ),
        # English names take no tail, whatever the lower-case word after them
        (
            "en",
            "The Garda National Bureau of Criminal Investigation where the case was opened.",
            {"Garda National Bureau of Criminal Investigation"},
        ),
        (
            "en",
            "The National Counter Terrorism Authority representative attended the meeting.",
            {"National Counter Terrorism Authority"},
        ),
    ],
)
def test_a_name_read_on_over_its_lower_case_tail(lang: str, text: str, want: set[str]) -> None:
    assert _surfaces(text, lang) == want
