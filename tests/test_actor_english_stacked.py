"""A French body's name read in English the way English names agencies, authorities
and services: the field before the head (``Agence nationale du renseignement`` ->
National Intelligence Agency), and a bare ``de`` complement before the head where only
the body's state follows (``Force de Défense nationale du Burundi`` -> National Defence
Force of Burundi). Names written for these tests; the English checked by hand against
the usual English names of such bodies (guidelines §3: a body in no list takes its usual
English name as canonical, one name in both languages)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_english import english_name


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # Agency, Authority, Service: the one-noun field, its adjectives, goes before
        ("Agence nationale du renseignement", "National Intelligence Agency"),
        ("Autorité de l'aviation civile", "Civil Aviation Authority"),
        ("Service de la sécurité intérieure", "Internal Security Service"),
        ("Agence nationale des ports", "National Ports Agency"),
        # and so where the state alone follows
        ("Agence de la santé publique du Canada", "Public Health Agency of Canada"),
        ("Autorité de l'aviation civile du Togo", "Civil Aviation Authority of Togo"),
        # a bare "de" complement before the state reads as at the name's end
        ("Force de défense nationale du Burundi", "National Defence Force of Burundi"),
        ("Cellule de renseignement financier du Gabon", "Financial Intelligence Unit of Gabon"),
    ],
)
def test_the_field_goes_before_the_head(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # other heads keep "of": English says Ministry of, Office of, Directorate of
        ("Office fédéral de la police", "Federal Office of Police"),
        ("ministère de la Justice du Togo", "Ministry of Justice of Togo"),
        # a purpose keeps its "for"; two complements stay as they are
        ("Agence nationale de la protection civile", "National Agency for Civil Protection"),
        # a seat is no state: the complement keeps its "of"
        ("Cour d'appel de Paris", "Court of Appeal of Paris"),
        ("Cour d'appel du Burundi", "Court of Appeal of Burundi"),
    ],
)
def test_other_names_keep_their_links(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("fr_text", "en_text", "name"),
    [
        (
            "L'Agence nationale du renseignement a transmis la note.",
            "The National Intelligence Agency forwarded the note.",
            "National Intelligence Agency",
        ),
        (
            "La Force de défense nationale du Burundi a sécurisé la frontière.",
            "The National Defence Force of Burundi secured the border.",
            "National Defence Force of Burundi",
        ),
    ],
)
def test_one_name_in_both_languages(fr_text: str, en_text: str, name: str) -> None:
    fr = {a.name for a in parse_text(fr_text, "fr").actors}
    en = {a.name for a in parse_text(en_text, "en").actors}
    assert name in fr
    assert name in en


def test_a_listed_body_keeps_its_own_english_name() -> None:
    """A body the knowledge base lists keeps its own English name, which no word-for-word
    reading gives (ANSSI: "National Cybersecurity Agency of France")."""
    doc = parse_text(
        "L'Agence nationale de la sécurité des systèmes d'information a publié une alerte.",
        "fr",
    )
    assert {a.name for a in doc.actors} == {"National Cybersecurity Agency of France"}
