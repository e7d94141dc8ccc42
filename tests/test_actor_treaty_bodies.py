"""The UN human rights treaty bodies are UN organs, and their views and concluding
observations call them "the Committee" / "le Comité" after naming them once. Texts
written for these tests; expected values checked by hand against the annotation
guidelines (§3: international organisations' organs are actors; capitalised short
references to a named body are mentions of it)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "full", "short", "actor_id"),
    [
        (
            "fr",
            "Le Comité des droits de l'homme a examiné la communication. Le Comité "
            "conclut à une violation de l'article 12.",
            "Comité des droits de l'homme",
            "Comité",
            "un-human-rights-committee",
        ),
        (
            "en",
            "The Committee against Torture considered the report. The Committee "
            "recommends that detention be reviewed.",
            "Committee against Torture",
            "Committee",
            "un-committee-against-torture",
        ),
    ],
)
def test_a_treaty_body_and_its_short_name(
    lang: str, text: str, full: str, short: str, actor_id: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[full][0] == actor_id
    assert found[short][0] == actor_id


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Comité a adopté son rapport annuel en mars."),
        ("en", "The Committee adopted its annual report in March."),
    ],
)
def test_a_committee_no_text_names_is_none(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert not any(a.startswith("un-") for a, _, _ in found.values())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "RÉPUBLIQUE DE GUINÉE\n\nCirculaire\n\nAmpliation : Primature ; Ministère de la "
            "Défense nationale.",
        ),
        (
            "en",
            "REPUBLIC OF GUINEA\n\nCircular\n\nCopy to: Primature; Ministry of National Defence.",
        ),
    ],
)
def test_a_primature_is_a_prime_ministers_office(lang: str, text: str) -> None:
    actor_id, kind, _ = _actors_by_surface(text, lang)["Primature"]
    # not Senegal's, the one the knowledge base lists, in a Guinean circular
    assert actor_id.startswith("unlinked:prime-minister-s-office")
    assert kind == "organ"
