"""A body's name that its state closes (``Autorité de l'aviation civile du Togo``) is one
surface form, an organ named in English; the state inside it is no mention of its own.
Texts written for these tests, other wording and other states than any batch's; expected
values checked by hand against the annotation guidelines (§3: a body's full name is one
surface form, the inner body listed only where it is also named on its own; bodies in
no list are actors, their canonical name their usual English name)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a head, its lower-case complements, then the state after "du"
        (
            "fr",
            "L'Autorité de l'aviation civile du Togo a publié la circulaire.",
            "Autorité de l'aviation civile du Togo",
        ),
        (
            "en",
            "The Civil Aviation Authority of Togo issued the circular.",
            "Civil Aviation Authority of Togo",
        ),
        # a place-like state (a common noun's complement) closes the name all the same
        (
            "fr",
            "La Direction générale des douanes du Sénégal a saisi la cargaison.",
            "Direction générale des douanes du Sénégal",
        ),
        (
            "en",
            "The Directorate General of Customs of Senegal seized the cargo.",
            "Directorate General of Customs of Senegal",
        ),
        (
            "fr",
            "Le Service des poursuites pénales du Canada a déposé les accusations.",
            "Service des poursuites pénales du Canada",
        ),
        # a lower-case head, a capitalised complement, "de la" and the state
        (
            "fr",
            "Le ministère de la Justice de la Tunisie a transmis le dossier.",
            "ministère de la Justice de la Tunisie",
        ),
        (
            "en",
            "The Ministry of Justice of Tunisia forwarded the file.",
            "Ministry of Justice of Tunisia",
        ),
    ],
)
def test_state_closes_the_name(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert surface in found
    assert found[surface][1] == "organ"
    # the state is inside the name, named nowhere on its own
    assert not any(kind == "state" for _, kind, _ in found.values())


@pytest.mark.parametrize(
    ("fr_text", "en_text", "state"),
    [
        (
            "L'Autorité de l'aviation civile du Togo a publié la circulaire.",
            "The Civil Aviation Authority of Togo issued the circular.",
            "of Togo",
        ),
        (
            "La Direction générale des douanes du Sénégal a saisi la cargaison.",
            "The General Directorate of Customs of Senegal seized the cargo.",
            "of Senegal",
        ),
    ],
)
def test_stated_body_is_named_in_english(fr_text: str, en_text: str, state: str) -> None:
    """The French name's canonical name is an English one naming its own state (§3)."""
    fr = parse_text(fr_text, "fr")
    names = {a.name for a in fr.actors}
    assert any(name.endswith(state) for name in names)
    assert all(a.kind == "organ" for a in fr.actors)
    assert all(a.kind == "organ" for a in parse_text(en_text, "en").actors)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "kind"),
    [
        # a lower-case noun before the state names no body: the state acts
        ("fr", "Les forces de la Russie ont bombardé la ville.", "Russie", "state"),
        ("en", "The forces of Russia shelled the town.", "Russia", "state"),
        # a designation ("pour") is no genitive: the body and the state stay two
        (
            "fr",
            "L'Autorité nationale pour le Togo a été désignée.",
            "Togo",
            "state",
        ),
    ],
)
def test_no_body_before_the_state(lang: str, text: str, surface: str, kind: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == kind


@pytest.mark.parametrize(
    ("lang", "text", "surface", "canonical"),
    [
        # the state closes the name: the verb after it is no more of the name
        (
            "fr",
            "L'Agence nationale de sécurité du Bénin indique que la menace persiste.",
            "Agence nationale de sécurité du Bénin",
            "National Security Agency of Benin",
        ),
        (
            "en",
            "The National Security Agency of Benin indicates that the threat persists.",
            "National Security Agency of Benin",
            "National Security Agency of Benin",
        ),
        (
            "fr",
            "Le ministère de la Justice du Togo coopère avec le Bénin.",
            "ministère de la Justice du Togo",
            "Ministry of Justice of Togo",
        ),
        (
            "en",
            "The Ministry of Justice of Togo cooperates with Benin.",
            "Ministry of Justice of Togo",
            "Ministry of Justice of Togo",
        ),
        (
            "fr",
            "L'Autorité de l'aviation civile du Burundi contrôle les aéroports.",
            "Autorité de l'aviation civile du Burundi",
            "Civil Aviation Authority of Burundi",
        ),
        (
            "en",
            "The Civil Aviation Authority of Burundi controls the airports.",
            "Civil Aviation Authority of Burundi",
            "Civil Aviation Authority of Burundi",
        ),
    ],
)
def test_state_closed_name_takes_no_verb(
    lang: str, text: str, surface: str, canonical: str
) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    found = {m.text: a for a in doc.actors for m in a.mentions}
    assert surface in found
    assert found[surface].kind == "organ"
    assert found[surface].name == canonical


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        # a ministry several states share: no one state closes its name, each is named
        (
            "fr",
            "Le ministère des Affaires étrangères de la Belgique, du Luxembourg et des Pays-Bas "
            "a publié une note.",
            {"Belgique", "Luxembourg", "Pays-Bas"},
        ),
        (
            "en",
            "The Ministry of Foreign Affairs of Belgium, Luxembourg and the Netherlands "
            "issued a note.",
            {"Luxembourg", "Netherlands"},
        ),
        (
            "fr",
            "Le ministère de la Justice du Togo et du Bénin a signé l'accord.",
            {"Togo", "Bénin"},
        ),
    ],
)
def test_a_body_several_states_share(lang: str, text: str, states: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "state"} >= states


def test_a_second_actor_after_the_state_leaves_the_name_whole() -> None:
    """ "du Togo et le Bénin": the coordinator opens a second actor, no list of states."""
    found = _actors_by_surface("Le ministère de la Justice du Togo et le Bénin ont signé.", "fr")
    assert found["ministère de la Justice du Togo"][1] == "organ"
    assert found["Bénin"][1] == "state"
