"""A short reference closed by an English possessive (ctdocs.extract._unlinked_heads,
_state_refs; the word's end in _shape_regex.POSSESSIVE_END): ``the Committee's report``
names the Committee as ``the Committee`` does (guidelines §3: a capitalised short
reference to a named body is a mention of it, resolved by the text); an elision that
runs on (``le Comité d'experts``) is no such ending.
"""

from __future__ import annotations

import re

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        (
            "en",
            "The Financial Intelligence Authority of Ruritania issued a directive. Under the "
            "Authority's guidance, banks froze the accounts.",
            "Authority",
            "unlinked:financial-intelligence-authority-of-ruritania",
        ),
        (
            "en",
            "11. The Supreme Tribunal of Ruritania heard the appeal.\n\n"
            "12. In the Tribunal's view, the appeal fails.",
            "Tribunal",
            "unlinked:supreme-tribunal-of-ruritania",
        ),
        # a state through its government, in a sentence and in a list item
        (
            "en",
            "Australia has raised its threat level. The Government's decision was announced.",
            "Government",
            "australia",
        ),
        (
            "en",
            "Ireland and its partners agreed.\n\n- the Government's national security analysis",
            "Government",
            "ireland",
        ),
    ],
)
def test_a_possessive_short_reference_is_the_body(
    lang: str, text: str, surface: str, actor: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == actor


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # no state named: the Government is nobody's here
        ("en", "The Government's decision was announced on Monday.", "Government"),
        # two committees named alike: the reference is left open
        (
            "en",
            "The Budget Committee of Ruritania and the Audit Committee of Ruritania met. "
            "The Committee's chair spoke.",
            "Committee",
        ),
        # lower case: a generic noun
        (
            "en",
            "The Audit Committee of Ruritania met; the committee's chair spoke.",
            "committee",
        ),
        # French: an elision runs on into a complement, no possessive
        (
            "fr",
            "Le Comité de défense de Ruritanie se réunit. Le Comité d'experts siège ensuite.",
            "Comité d'experts",
        ),
        (
            "fr",
            "La Ruritanie agit. Le Gouvernement d'union nationale a été formé.",
            "Gouvernement",
        ),
    ],
)
def test_a_possessive_or_elision_that_is_no_reference(lang: str, text: str, word: str) -> None:
    found = _actors_by_surface(text, lang)
    bare = re.compile(rf"^{re.escape(word)}$")
    if word == "Comité d'experts":  # a body of its own, never the defence committee
        assert found.get(word, ("",))[0] != "unlinked:comite-de-defense-de-ruritanie"
        return
    assert not any(bare.match(s) for s in found)
