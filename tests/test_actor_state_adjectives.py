"""A state named by its adjective beside a noun for its government (``les autorités
belges``, ``the Polish authorities``), and the adjectives coordinated with it. Texts
written for these tests; expected values checked by hand against the annotation
guidelines (§3: an adjectival form naming a state's government is the state)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import ActorEntry, load_actor_shapes
from ctdocs.extract._inflect import inflected
from ctdocs.extract._state_adjectives import with_adjectival_names


def _by_surface(text: str, lang: str) -> dict[str, str]:
    """surface -> actor id for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.id for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "À la demande des autorités iraquiennes, l'OTAN étudie une formation.",
            {"autorités iraquiennes": "iraq"},
        ),
        (
            "en",
            "At the request of the Iraqi authorities, NATO is considering training.",
            {"Iraqi authorities": "iraq"},
        ),
        (
            "fr",
            "Les services de renseignement syriens ont arrêté le requérant.",
            {"services de renseignement syriens": "syria"},
        ),
        (
            "en",
            "The Syrian intelligence services arrested the applicant.",
            {"Syrian intelligence services": "syria"},
        ),
        (
            # a hyphenated adjective, in the feminine plural
            "fr",
            "Les autorités sud-coréennes ont répondu.",
            {"autorités sud-coréennes": "republic-of-korea"},
        ),
    ],
)
def test_adjective_after_or_before_its_noun_names_the_state(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    found = _by_surface(text, lang)
    for surface, actor_id in expected.items():
        assert found.get(surface) == actor_id


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            # the noun stays with the adjective beside it; the others stand alone
            "fr",
            "Les informations sont échangées avec les autorités belges, françaises et "
            "allemandes, ainsi qu'au sein de l'OTAN.",
            {"autorités belges": "belgium", "françaises": "france", "allemandes": "germany"},
        ),
        (
            "en",
            "The Council invited the Polish, Lithuanian and Latvian authorities to pilot "
            "a regional exchange format.",
            {"Polish": "poland", "Lithuanian": "lithuania", "Latvian authorities": "latvia"},
        ),
    ],
)
def test_coordinated_adjectives_are_mentions_of_their_states(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    found = _by_surface(text, lang)
    for surface, actor_id in expected.items():
        assert found.get(surface) == actor_id


@pytest.mark.parametrize(
    ("lang", "text", "not_found"),
    [
        # armed forces are organs of their own; a presidency is a council's chair
        (
            "fr",
            "Depuis le départ des forces françaises du Mali, la situation change.",
            "forces françaises",
        ),
        (
            "en",
            "Since the departure of French forces from Mali, the situation changed.",
            "French forces",
        ),
        ("fr", "La réunion s'est tenue sous la présidence française.", "présidence française"),
        ("en", "The meeting was held under the Italian presidency.", "Italian presidency"),
        # an adjective with no noun for a government, coordinated or not, names no one
        ("fr", "Les ressortissants belges, français et allemands sont concernés.", "français"),
        ("en", "Polish, Lithuanian and Latvian nationals are concerned.", "Polish"),
    ],
)
def test_other_nouns_and_bare_adjectives_name_no_state(
    lang: str, text: str, not_found: str
) -> None:
    assert not_found not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("masculine", "forms"),
    [
        ("syrien", ["syrien", "syriens", "syrienne", "syriennes"]),
        ("letton", ["letton", "lettons", "lettonne", "lettonnes"]),
        ("grec", ["grec", "grecs", "grecque", "grecques"]),
        ("turc", ["turc", "turcs", "turque", "turques"]),
        ("belge", ["belge", "belges", "belge", "belges"]),
        ("français", ["français", "français", "française", "françaises"]),
        ("kényan", ["kényan", "kényans", "kényane", "kényanes"]),
    ],
)
def test_french_adjective_in_every_gender_and_number(masculine: str, forms: list[str]) -> None:
    """A state's adjective takes its forms by the shipped endings every French adjective
    of a name takes (``[english.endings]``); each form once."""
    endings = load_actor_shapes().english.endings
    assert set(inflected([masculine], endings)) == set(forms)


def _state(actor_id: str, *aliases: str) -> ActorEntry:
    return ActorEntry(id=actor_id, name=actor_id.title(), kind="state", aliases=list(aliases))


def test_names_derived_only_for_states_and_unshared_adjectives() -> None:
    entries = [
        _state("belgium", "gouvernement belge", "Belgian Government"),
        _state("ruritania", "gouvernement commun", "Joint Government"),
        _state("borduria", "gouvernement commun"),
        ActorEntry(id="body", name="Body", kind="organ", aliases=["gouvernement local"]),
    ]
    out = {e.id: e.aliases for e in with_adjectival_names(entries)}
    assert "autorités belges" in out["belgium"]
    assert "Belgian authorities" in out["belgium"]
    # "commun" is two states' adjective: it names neither; "Joint" is Ruritania's alone
    assert not any("commun" in a and a != "gouvernement commun" for a in out["ruritania"])
    assert "Joint authorities" in out["ruritania"]
    assert out["borduria"] == ["gouvernement commun"]
    assert out["body"] == ["gouvernement local"]
