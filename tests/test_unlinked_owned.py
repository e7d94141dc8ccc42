"""A body named by its own head noun and words, then its owner, a known body: one name
(guidelines §3: a body's full name is one surface form, even when it contains another
body's name; the inner body is listed only where it is also named on its own). And a body
an acronym in quotes or on a head only an acronym makes a name's defines (guidelines §3:
bodies not in any list are actors). Texts written for these tests; the expected
surfaces checked by hand against the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "whole", "inner"),
    [
        (
            "fr",
            "Le Groupe de surveillance du Conseil de sécurité a remis son rapport le 3 mai.",
            "Groupe de surveillance du Conseil de sécurité",
            "Conseil de sécurité",
        ),
        (
            "fr",
            "La Cour d'appel du Tribunal pénal fédéral a rejeté le recours le 4 mars.",
            "Cour d'appel du Tribunal pénal fédéral",
            "Tribunal pénal fédéral",
        ),
        (
            "en",
            "The Expert Group on border security of the African Union met on 3 May.",
            "Expert Group on border security of the African Union",
            "African Union",
        ),
    ],
)
def test_a_body_and_its_known_owner_are_one_name(
    lang: str, text: str, whole: str, inner: str
) -> None:
    found = _surfaces(text, lang)
    assert whole in found
    assert inner not in found  # named only inside the longer name


@pytest.mark.parametrize(
    ("lang", "text", "head", "inner"),
    [
        # punctuation between the head and the owner: two phrases
        (
            "fr",
            "Le Groupe, de l'avis du Conseil de sécurité, a conclu.",
            "Groupe",
            "Conseil de sécurité",
        ),
        # a sentence, not a name, between the head and the owner
        (
            "fr",
            "Le Comité a entendu une présentation du Conseil de sécurité le 3 mai.",
            "Comité",
            "Conseil de sécurité",
        ),
        (
            "en",
            "The Committee noted the presentation of the African Union.",
            "Committee",
            "African Union",
        ),
        # a second body after "et de la": two bodies, not one name
        (
            "fr",
            "La Chambre de commerce et de la Commission européenne ont signé.",
            "Chambre",
            "Commission européenne",
        ),
        # the "owner" opens an enumeration: the joiner governs the list
        (
            "en",
            "The Heads of Delegation responsible for civil protection of Denmark, Estonia, "
            "Finland and Iceland met in Visby.",
            "Delegation",
            "Denmark",
        ),
        (
            "fr",
            "Les Chefs de Délégation chargés de la protection civile de la Belgique, de la "
            "France, du Luxembourg et de la Suisse se sont réunis à Genève.",
            "Délégation",
            "Belgique",
        ),
        # a force the owner fields, not a body of its own (organ.held_not)
        (
            "fr",
            "Ils décident de créer la Force de réaction de l'OTAN le 3 mai.",
            "Force",
            "OTAN",
        ),
    ],
)
def test_no_name_of_its_own_leaves_the_owner_alone(
    lang: str, text: str, head: str, inner: str
) -> None:
    found = _surfaces(text, lang)
    assert inner in found
    assert not any(s.startswith(head) and s.endswith(inner) for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "acronym"),
    [
        (
            "en",
            'His Majesty\'s Prison and Probation Service ("HMPPS") manages the estate. '
            "HMPPS reported in May.",
            "His Majesty's Prison and Probation Service",
            "HMPPS",
        ),
        (
            "fr",
            "La Société de transport de Montréal (STM) a interrompu le service. "
            "La STM a rouvert les stations.",
            "Société de transport de Montréal",
            "STM",
        ),
        (
            "en",
            "The Nigeria Security and Civil Defence Corps (NSCDC) shall keep a register. "
            "The NSCDC shall report monthly.",
            "Nigeria Security and Civil Defence Corps",
            "NSCDC",
        ),
    ],
)
def test_a_body_its_acronym_spells_is_found(lang: str, text: str, name: str, acronym: str) -> None:
    found = _surfaces(text, lang)
    assert {name, acronym} <= found
