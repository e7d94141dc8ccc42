"""An organ named by its head and its owner's acronym is named, canonically, with the
acronym first (guidelines §3: an unlinked body's canonical name is its usual English
name; the annotated batches write ``GIABA Secretariat``, ``CEMAC Commission``, not
``Secretariat of GIABA``). A state's acronym stays where it is: a state's body is named
after the state. Texts written for these tests; the expected names checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._owner_first import owner_first


def _names(text: str, lang: str) -> dict[str, str]:
    """Each mention's surface -> its actor's canonical name."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        (
            "fr",
            "Le Secrétariat du GIABA a transmis le rapport aux États membres le 3 mai 2025.",
            "Secrétariat du GIABA",
            "GIABA Secretariat",
        ),
        (
            "en",
            "The Explosives Unit of the SAPS examined the devices on 3 May 2025.",
            "Explosives Unit of the SAPS",
            "SAPS Explosives Unit",
        ),
    ],
)
def test_an_organ_of_an_acronym_is_named_acronym_first(
    lang: str, text: str, surface: str, name: str
) -> None:
    assert _names(text, lang).get(surface) == name


@pytest.mark.parametrize(
    ("lang", "name", "expected"),
    [
        ("en", "Technical Commission of GIABA", "GIABA Technical Commission"),
        ("en", "Counter-Terrorism Section of IMPACS", "IMPACS Counter-Terrorism Section"),
        # a body's one-word name in capitals, no acronym in the knowledge base (heldout20)
        ("en", "National Central Bureau of INTERPOL", "INTERPOL National Central Bureau"),
        # a state's acronym: the body keeps its name
        ("en", "Government of the DRC", "Government of the DRC"),
        ("en", "Embassy of the USA", "Embassy of the USA"),
        # an acronym that names no body: a subject, an office (review 35)
        ("en", "Ministry of ICT", "Ministry of ICT"),
        ("en", "Department of CBRN", "Department of CBRN"),
        ("en", "Office of the PM", "Office of the PM"),
        ("en", "Office of the DNI", "Office of the DNI"),
        # no acronym at the end: nothing to turn round
        ("en", "Ministry of Justice", "Ministry of Justice"),
        ("en", "Office of the Prosecutor", "Office of the Prosecutor"),
    ],
)
def test_owner_first(lang: str, name: str, expected: str) -> None:
    assert owner_first(name, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a subject's or an office's acronym names no owner (review 35)
        (
            "fr",
            "Le Ministère des TIC a rédigé le plan avec la Direction des NRBC le 3 mai 2025.",
            {"Ministère des TIC": "Ministry of TIC", "Direction des NRBC": "Directorate of NRBC"},
        ),
        (
            "en",
            "The Ministry of ICT drafted the plan with the Department of CBRN and the Office of "
            "the DNI on 3 May 2025.",
            {
                "Ministry of ICT": "Ministry of ICT",
                "Department of CBRN": "Department of CBRN",
                "Office of the DNI": "Office of the DNI",
            },
        ),
    ],
)
def test_an_acronym_is_an_owner_only_where_it_names_a_body(
    lang: str, text: str, names: dict[str, str]
) -> None:
    got = _names(text, lang)
    assert {k: got.get(k) for k in names} == names
