"""A surname with an apostrophe after its first capital (``O'Brien``, ``D'Souza``,
``N'Guessan``) is one name word: the person's name ran to the given name only (``Mr
Liam`` for ``Mr Liam O'Rourke``). A word in capitals keeps its elision apart (``MESURES
D'ORDRE INDIVIDUEL`` is a heading, no name). Texts written for these tests in the styles
of an inquest, a judgment and a gazette; expected values checked by hand against the
annotation guidelines (§3: named persons are actors; a form of address is no part of
the name).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> set[str]:
    """The surfaces of the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The statement was read by Mr Sean O'Brien and Ms Aoife D'Arcy of the Department.",
            {"Sean O'Brien", "Aoife D'Arcy"},
        ),
        (
            "fr",
            "Avocats : Me Sandrine O'Neill et Me Karim D'Souza pour le requérant.",
            {"Sandrine O'Neill", "Karim D'Souza"},
        ),
        ("fr", "Le rapport de M. Koffi N'Guessan a été adopté.", {"Koffi N'Guessan"}),
        ("en", "Evidence was given by Dr Ciara O'Donovan, the pathologist.", {"Ciara O'Donovan"}),
        # capitals: an elided article inside a heading, no name word
        ("fr", "M. Jean-Pierre MARTIN : MESURES D'ORDRE INDIVIDUEL", {"Jean-Pierre MARTIN"}),
        ("en", "Mr Tom HARDING: O'NEILL INQUIRY FINDINGS", {"Tom HARDING"}),
    ],
)
def test_an_apostrophe_surname_is_one_word(lang: str, text: str, want: set[str]) -> None:
    assert _persons(text, lang) == want
