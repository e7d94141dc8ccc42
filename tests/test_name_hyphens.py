"""Persons whose names hold hyphens (:mod:`ctdocs.extract._name_hyphens`): a compound
given name and a compound surname are one name part each; a name hyphened throughout is
a place named after a person; the short last part of a compound surname in capitals
closes the surname. Texts written for these tests in the styles of press releases,
reports and judgments; expected values checked by hand against the annotation
guidelines (§3: named persons are actors; places are not).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import fold
from ctdocs.extract._name_hyphens import hyphened


def _persons(text: str, lang: str) -> dict[str, str]:
    """surface -> name, for the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sophie-Anne Lévesque-Tardif", "Sophie-Anne Levesque-Tardif"),
        ("Harriet Okonkwo\u2011Lynch", "Harriet Okonkwo-Lynch"),  # a non-breaking hyphen
        # a dash between blanks, a hyphen between digits: blanks, as folding made them
        ("Canada - Lesley Soper", "Canada   Lesley Soper"),
        ("les années 2001-2002", "les annees 2001 2002"),
    ],
)
def test_hyphened_keeps_the_hyphens_between_letters(text: str, want: str) -> None:
    got = hyphened(text, fold(text))
    assert got == want
    assert len(got) == len(text)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a compound given name and a compound surname: two parts, not four words
        (
            "fr",
            "Le rapport a été remis par Sophie-Anne Lévesque-Tardif hier.\n",
            {"Sophie-Anne Lévesque-Tardif": "Sophie-Anne Lévesque-Tardif"},
        ),
        (
            "en",
            "The report was presented by Anne-Laure Béguelin-Wyss yesterday.\n",
            {"Anne-Laure Béguelin-Wyss": "Anne-Laure Béguelin-Wyss"},
        ),
        # a given name, a particle and a compound surname
        (
            "fr",
            "Le rapport est signé par Salma Ben Achour-Gharbi pour la commission.\n",
            {"Salma Ben Achour-Gharbi": "Salma Ben Achour-Gharbi"},
        ),
        (
            "en",
            "The review was led by Harriet Van Okonkwo-Lynch for the office.\n",
            {"Harriet Van Okonkwo-Lynch": "Harriet Van Okonkwo-Lynch"},
        ),
        # a compound given name alone is still read as before
        ("fr", "Le texte a été lu. Jean-Pierre a répondu.\n", {"Jean-Pierre": "Jean-Pierre"}),
        ("en", "The text was read. Jean-Pierre replied.\n", {"Jean-Pierre": "Jean-Pierre"}),
    ],
)
def test_a_compound_part_is_one_part(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'intimé a été intercepté à l'aéroport international\n"
            "Pierre-Elliott-Trudeau de Montréal alors qu'il partait.\n",
        ),
        ("en", "He was stopped at the airport Pierre-Elliott-Trudeau before boarding.\n"),
    ],
)
def test_a_name_hyphened_throughout_is_a_place(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "La Cour composée de : Fatoumata DIALLO-SOW, Vice-présidente ; Tendai "
            "CHIKOWORE, juge.\n",
            {
                "Fatoumata DIALLO-SOW": "Fatoumata Diallo-Sow",
                "Tendai CHIKOWORE": "Tendai Chikowore",
            },
        ),
        (
            "fr",
            "La formation : Fatoumata DIALLO-SOW et Tendai CHIKOWORE ont siégé.\n",
            {
                "Fatoumata DIALLO-SOW": "Fatoumata Diallo-Sow",
                "Tendai CHIKOWORE": "Tendai Chikowore",
            },
        ),
        (
            "en",
            "The bench: Aminata KANE-BA and Tendai CHIKOWORE sat in the case.\n",
            {"Aminata KANE-BA": "Aminata Kane-Ba", "Tendai CHIKOWORE": "Tendai Chikowore"},
        ),
    ],
)
def test_a_short_capitals_part_closes_a_surname(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a short part in capitals after a known body's acronym is no surname
        ("fr", "Le Dialogue stratégique OTAN-UE se poursuit.\n"),
        ("en", "The Strategic Partnership EU-UN goes on.\n"),
    ],
)
def test_a_short_part_after_an_acronym_names_no_person(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}
