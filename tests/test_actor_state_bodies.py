"""A state's own body named with the state's adjective (``parquet fédéral belge``,
``armée nigériane``): one mention, an organ of that state, the same actor as the English
name. Texts written for these tests; expected values checked by hand against the
annotation guidelines (§3: a body's full name is one surface form; national
institutions are organs)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor id, kind) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # a known body's name takes the adjective of its own state into its surface
        (
            "fr",
            "Le parquet fédéral belge a ouvert une enquête.",
            "parquet fédéral belge",
            "federal-prosecutor-belgium",
        ),
        (
            "en",
            "The Belgian Federal Prosecutor's Office opened an investigation.",
            "Belgian Federal Prosecutor's Office",
            "federal-prosecutor-belgium",
        ),
        # a body noun with a state's adjective is that state's body, named in English
        (
            "fr",
            "L'armée nigériane a repoussé l'attaque.",
            "armée nigériane",
            "unlinked:nigerian-army",
        ),
        ("en", "The Nigerian Army repelled the attack.", "Nigerian Army", "unlinked:nigerian-army"),
        (
            "fr",
            "Les Forces armées maliennes ont reçu des drones.",
            "Forces armées maliennes",
            "unlinked:malian-armed-forces",
        ),
        (
            "en",
            "The Malian Armed Forces received drones.",
            "Malian Armed Forces",
            "unlinked:malian-armed-forces",
        ),
        # an adjective the knowledge base gives through "gouvernement djiboutien"
        (
            "fr",
            "Les Garde-Côtes djiboutiens patrouillent le détroit.",
            "Garde-Côtes djiboutiens",
            "unlinked:djiboutian-coast-guard",
        ),
        (
            "en",
            "The Djiboutian Coast Guard patrols the strait.",
            "Djiboutian Coast Guard",
            "unlinked:djiboutian-coast-guard",
        ),
    ],
)
def test_body_with_state_adjective_is_one_organ(
    lang: str, text: str, surface: str, actor_id: str
) -> None:
    assert _by_surface(text, lang)[surface] == (actor_id, "organ")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # a body written by its untranslated name keeps it; the adjective is a gloss
        (
            "fr",
            "La Audiencia Nacional espagnole a jugé l'affaire.",
            "Audiencia Nacional",
            "audiencia-nacional",
        ),
        (
            "en",
            "The Spanish Audiencia Nacional tried the case.",
            "Audiencia Nacional",
            "audiencia-nacional",
        ),
        # a state adjective after a state's name or an adjectival name adds nothing
        ("fr", "Les autorités djiboutiennes ont répondu.", "autorités djiboutiennes", "djibouti"),
        ("en", "The Djiboutian authorities replied.", "Djiboutian authorities", "djibouti"),
    ],
)
def test_adjective_left_out(lang: str, text: str, surface: str, actor_id: str) -> None:
    found = _by_surface(text, lang)
    assert found[surface][0] == actor_id
    assert not any(s.startswith(surface) and s != surface for s in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a body noun with an adjective that names no state is no body
        ("fr", "La police judiciaire et l'armée de terre ont été saisies."),
        ("en", "The judicial police and the land army were called in."),
    ],
)
def test_body_noun_without_state_adjective(lang: str, text: str) -> None:
    assert not any(
        i.startswith("unlinked:") and "police" in i for i, _ in _by_surface(text, lang).values()
    )
