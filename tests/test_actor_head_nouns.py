"""Head nouns a body's name is built on (organ.heads in data/models/actor_shapes.toml):
``Pôle`` (a French court's specialised division), ``Équipe`` (as English ``Team``),
``Sous-direction`` (a directorate's unit, whose inner ``direction`` opens no name),
English ``Corporation`` (a public or statutory company), ``Bank`` (a state's central
bank, as French ``banque``). Texts written for these tests;
expected values checked by hand against the annotation guidelines (§3: bodies not in any
list are actors too).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _by_surface(text: str, lang: str) -> dict[str, str]:
    """surface -> kind for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.kind for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fr",
            "Le Pôle judiciaire de lutte contre le terrorisme a ouvert une information.",
            "Pôle judiciaire de lutte contre le terrorisme",
        ),
        (
            "en",
            "The North American Electric Reliability Corporation revised its standard.",
            "North American Electric Reliability Corporation",
        ),
        (
            "fr",
            "L'Équipe intégrée de la sécurité nationale (EISN) a porté des accusations.",
            "Équipe intégrée de la sécurité nationale",
        ),
        (
            "en",
            "Substations are guarded by the Electric Power Corporation since May.",
            "Electric Power Corporation",
        ),
        # a state's central bank (French "banque" was a head already)
        (
            "en",
            "Charities report to the Reserve Bank of Fiji and to the police.",
            "Reserve Bank of Fiji",
        ),
        (
            "fr",
            "Les associations déclarent leurs fonds à la Banque centrale du Congo chaque année.",
            "Banque centrale du Congo",
        ),
    ],
)
def test_a_name_on_a_head_noun_is_a_body(lang: str, text: str, body: str) -> None:
    found = _by_surface(text, lang)
    assert found.get(body) == "organ", sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "inner"),
    [
        # "Sous-direction" is its own head: the "direction" inside it opens no name (a
        # French shape only: English writes "Sub-Directorate", one word to the finders)
        (
            "fr",
            "La Sous-direction de la sécurité pénitentiaire a rendu son avis en mai.",
            "direction de la sécurité pénitentiaire",
        ),
    ],
)
def test_a_head_noun_keeps_a_shorter_name_inside_it_whole(lang: str, text: str, inner: str) -> None:
    found = _by_surface(text, lang)
    assert inner not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "bodies", "joined"),
    [
        # a head noun ends a first name of two words: the coordinator joins two bodies
        (
            "en",
            "Reports go to the Immigration Services Agency and Japan Customs each month.",
            ["Immigration Services Agency", "Japan Customs"],
            "Immigration Services Agency and Japan Customs",
        ),
        (
            "en",
            "The Scottish Ambulance Service and Scottish Fire and Rescue Service train together.",
            ["Scottish Ambulance Service", "Scottish Fire and Rescue Service"],
            "Scottish Ambulance Service and Scottish Fire and Rescue Service",
        ),
        # an article opens the second
        (
            "en",
            "Police Scotland and the Scottish Government agreed the plan in May.",
            ["Police Scotland"],
            "Police Scotland and the Scottish Government",
        ),
        # French names open on their head: "et du" before one already parts them
        (
            "fr",
            "La Sûreté du Québec et du Service de police de la Ville de Montréal ont agi.",
            ["Service de police de la Ville de Montréal"],
            "Sûreté du Québec et du Service de police de la Ville de Montréal",
        ),
    ],
)
def test_a_coordinator_after_a_complete_name_joins_two_bodies(
    lang: str, text: str, bodies: list[str], joined: str
) -> None:
    found = _by_surface(text, lang)
    assert joined not in found, sorted(found)
    assert all(found.get(b) == "organ" for b in bodies), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the coordinator inside the complement after "of", or after a bare head: one name
        (
            "en",
            "The Department of Public Safety and Emergency Preparedness met in May.",
            "Department of Public Safety and Emergency Preparedness",
        ),
        ("en", "The Customs and Excise Service seized the goods.", "Customs and Excise Service"),
        (
            "fr",
            "Le Ministère de la Défense et des Anciens Combattants a signé la note.",
            "Ministère de la Défense et des Anciens Combattants",
        ),
    ],
)
def test_a_coordinator_inside_a_name_keeps_it_whole(lang: str, text: str, name: str) -> None:
    found = _by_surface(text, lang)
    assert found.get(name) == "organ", sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        # English "Constabulary" and "Regulator" close a capitalised name as "Police" does
        (
            "en",
            "The Jersey Island Constabulary opened an inquiry.",
            "Jersey Island Constabulary",
        ),
        ("fr", "La Gendarmerie nationale a ouvert une enquête.", "Gendarmerie nationale"),
        (
            "en",
            "The Australian Energy Regulator published a notice.",
            "Australian Energy Regulator",
        ),
        (
            "fr",
            "L'Autorité de régulation des communications électroniques a publié un avis.",
            "Autorité de régulation des communications électroniques",
        ),
        # an association (an NGO, a profession's body) closes a capitalised English name
        (
            "en",
            "The Kenya Bankers Association made a submission.",
            "Kenya Bankers Association",
        ),
        ("fr", "L'Agence nationale des ports a publié une note.", "Agence nationale des ports"),
        # ... and before a joiner (English heads only: the French rows above are bodies on
        # heads French already had, kept beside them as the same kinds of bodies)
        (
            "en",
            "The Canadian Bar Association for Women issued a statement.",
            "Canadian Bar Association for Women",
        ),
    ],
)
def test_police_regulator_and_association_heads(lang: str, text: str, body: str) -> None:
    assert _by_surface(text, lang).get(body) == "organ"


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # French "association" heads no name: it opens the offence
        (
            "fr",
            "Il est poursuivi pour association de malfaiteurs en relation avec une "
            "entreprise terroriste.",
            "association de malfaiteurs",
        ),
        ("en", "He is charged with criminal association with a terrorist group.", "association"),
    ],
)
def test_association_of_wrongdoers_is_no_body(lang: str, text: str, absent: str) -> None:
    assert not [s for s in _by_surface(text, lang) if absent in s.casefold()]


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # "Wing" is no head: a political adjective ends on it after a hyphen
        ("en", "The Extreme Right-Wing threat rose in 2024.", "Extreme Right-Wing"),
        ("fr", "La menace d'Extrême Droite a augmenté en 2024.", "Extrême Droite"),
    ],
)
def test_no_body_on_a_political_adjective(lang: str, text: str, absent: str) -> None:
    assert absent not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "named"),
    [
        # "Association" before another capitalised noun names a treaty, a policy or a
        # process, no body; the bodies and states it names stay themselves (§3)
        ("en", "The EU-Ukraine Association Agenda sets priorities.", {"EU", "Ukraine"}),
        ("fr", "Le programme d'association UE-Ukraine fixe les priorités.", {"UE", "Ukraine"}),
        ("en", "The EU-Ukraine Association Agreement entered into force.", {"EU", "Ukraine"}),
        ("fr", "L'accord d'association UE-Ukraine est entré en vigueur.", {"UE", "Ukraine"}),
        ("en", "The Stabilisation and Association Process continues.", set()),
        ("fr", "Le processus de stabilisation et d'association se poursuit.", set()),
        # ... and before a coordinator, a right in a convention's title
        (
            "en",
            "The Freedom of Association and Protection of the Right to Organise "
            "Convention applies.",
            set(),
        ),
        (
            "fr",
            "La Convention sur la liberté syndicale et la protection du droit syndical s'applique.",
            set(),
        ),
    ],
)
def test_association_before_a_capital_names_no_body(lang: str, text: str, named: set[str]) -> None:
    found = _by_surface(text, lang)
    assert not [s for s in found if "ssociation" in s]
    assert named <= set(found)
