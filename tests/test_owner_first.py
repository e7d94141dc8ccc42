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
        # a state's acronym: the body keeps its name
        ("en", "Government of the DRC", "Government of the DRC"),
        ("en", "Embassy of the USA", "Embassy of the USA"),
        # no acronym at the end: nothing to turn round
        ("en", "Ministry of Justice", "Ministry of Justice"),
        ("en", "Office of the Prosecutor", "Office of the Prosecutor"),
    ],
)
def test_owner_first(lang: str, name: str, expected: str) -> None:
    assert owner_first(name, lang) == expected
