"""``le Gouvernement`` / ``the Government`` is the state whose own bodies the text names
far more often (more than twice as often, three times at least) than it names any state
as an actor: an opinion citing the OCAM, the VSSE and the federal prosecutor and France
once, a Westminster debate citing the Home Office, MI5 and the
Metropolitan Police and Syria once (extract/_state_refs.government_refs). Texts
written for these tests; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _names(text: str, lang: str) -> dict[str, str]:
    """Each mention's text -> its actor's name."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "government", "state"),
    [
        (
            "fr",
            "Avis sur le projet de loi\n\nL'OCAM, la VSSE et le parquet fédéral ont été "
            "entendus. La France a adopté une loi semblable. Il estime que le Gouvernement "
            "doit préciser les garanties.\n\nLes auteurs de l'avis recommandent un contrôle "
            "juridictionnel effectif.\n",
            "Gouvernement",
            "Belgium",
        ),
        (
            "en",
            "Drones and counter-terrorism\n\nThe Home Office, MI5 and the Metropolitan "
            "Police gave evidence. Syria was mentioned once. The Government should set out "
            "its plans for the coming year.\n\nMembers asked for a further debate.\n",
            "Government",
            "United Kingdom",
        ),
    ],
)
def test_the_state_of_the_bodies_named(lang: str, text: str, government: str, state: str) -> None:
    assert _names(text, lang)[government] == state


@pytest.mark.parametrize(
    ("lang", "text", "government", "state"),
    [
        (
            "fr",
            "Avis sur le projet de loi\n\nL'OCAM a été entendu. La France a adopté une loi "
            "semblable. Il estime que le Gouvernement doit préciser les garanties.\n\nLes "
            "auteurs de l'avis recommandent un contrôle juridictionnel effectif.\n",
            "Gouvernement",
            "France",
        ),
        (
            "en",
            "Drones and counter-terrorism\n\nMI5 gave evidence. Syria was mentioned once. The "
            "Government should set out its plans.\n\nMembers asked for a further debate.\n",
            "Government",
            "Syria",
        ),
    ],
)
def test_one_body_does_not_outweigh_a_state(
    lang: str, text: str, government: str, state: str
) -> None:
    assert _names(text, lang)[government] == state


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a verb opening on the letters of "de" / "of" is no "Gouvernement de ..." /
        # "Government of ...": the bare reference stands
        ("fr", "RÉPUBLIQUE DU MALI\n\nLe Comité note que le Gouvernement devrait agir.\n"),
        ("fr", "RÉPUBLIQUE DU MALI\n\nLe Comité note que le Gouvernement décide d'agir.\n"),
        ("en", "REPUBLIC OF GHANA\n\nThe Committee notes that the Government offered support.\n"),
        ("en", "REPUBLIC OF GHANA\n\nThe Committee notes that the Government often acts.\n"),
    ],
)
def test_a_verb_after_the_government_does_not_read_as_its_of(lang: str, text: str) -> None:
    names = _names(text, lang)
    assert names.get("Gouvernement" if lang == "fr" else "Government") in {"Mali", "Ghana"}
