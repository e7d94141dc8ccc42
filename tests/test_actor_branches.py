"""An armed group's regional branch named by its branch word or a dash and its region
(ctdocs.extract._unlinked_names): "Islamic State Mozambique Province", "État islamique –
Province d'Afrique centrale", "Islamic State – Somalia". Texts written for these tests in
the styles of listing notices, communiqués and typology reports; expected values checked
by hand against the annotation guidelines (§3: a body's full name is one surface form;
the place inside it is no state acting).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor id, kind) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "branch"),
    [
        # capitalised words, then the branch word (English order)
        (
            "en",
            "Attacks carried out by the Islamic State Central Africa Province continued.",
            "Islamic State Central Africa Province",
        ),
        # a dash, the branch word and its region (French order)
        (
            "fr",
            "La présence de combattants au sein de l'État islamique – Province d'Afrique "
            "centrale et d'Al-Shabaab inquiète l'Assemblée.",
            "État islamique – Province d'Afrique centrale",
        ),
        # a spaced dash and a state: the branch's region, no state acting
        (
            "en",
            "The company moved funds for Islamic State – Somalia last year.",
            "Islamic State – Somalia",
        ),
        (
            "fr",
            "La société a financé l'État islamique – Somalie en 2024.",
            "État islamique – Somalie",
        ),
    ],
)
def test_a_branch_by_its_word_or_region(lang: str, text: str, branch: str) -> None:
    found = _by_surface(text, lang)
    assert found[branch][1] == "non-state armed group"
    assert not {"Somalia", "Somalie", "Islamic State", "État islamique"} & set(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        # the knowledge base's branch and its own branch word: the same branch
        (
            "en",
            "Attacks attributed to ISIL-Khorasan Province rose.",
            "ISIL-Khorasan Province",
            "isil-k",
        ),
        # an en dash glued to the region, then the branch's known acronym in brackets
        (
            "en",
            "Funds for the Islamic State of Iraq and Syria–Khorasan (ISIS-K) were seized.",
            "Islamic State of Iraq and Syria–Khorasan",
            "isil-k",
        ),
        (
            "fr",
            "Des fonds destinés à l'État islamique–Khorassan (EI-K) ont été saisis.",
            "État islamique–Khorassan",
            "isil-k",
        ),
    ],
)
def test_a_known_branch_keeps_its_id(lang: str, text: str, surface: str, actor: str) -> None:
    assert _by_surface(text, lang)[surface][0] == actor


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a lower-case "province" after the group: a common noun, no branch's name
        ("en", "ISIS province leaders met in 2019.", {"ISIS"}),
        ("fr", "L'EIIL a perdu du terrain province par province.", {"EIIL"}),
        # the branch's acronym in the possessive: no more than the acronym
        (
            "en",
            "ISIS-Mozambique (ISIS-M) raided villages. ISIS-M's fighters fled.",
            {"ISIS-Mozambique", "ISIS-M"},
        ),
        # a capitalised word and "Province" with its own complement: a place's name
        ("en", "ISIS Province of Raqqa officials were named.", {"ISIS"}),
    ],
)
def test_no_branch_beyond_its_name(lang: str, text: str, surfaces: set[str]) -> None:
    assert set(_by_surface(text, lang)) == surfaces
