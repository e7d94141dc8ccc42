"""A French body's name on a capitalised head that ends on a complement with no article
(``Conseil présidentiel de transition``) or on an adjective known by its ending (``Cour
constitutionnelle``), found whole (guidelines §3: a body's full name is one surface
form); and where the name runs on past what the shape reads, not cut short. Texts
written for these tests; expected values checked by hand against the guidelines.
"""

from __future__ import annotations

import re

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import fold, load_actor_shapes
from ctdocs.extract._shape_regex import complement, organ_patterns


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "cut"),
    [
        (
            "fr",
            "Le décret a été adopté par le Conseil présidentiel de transition le 3 mars.",
            "Conseil présidentiel de transition",
            "Conseil",
        ),
        (
            "en",
            "The decree was adopted by the Transitional Presidential Council on 3 March.",
            "Transitional Presidential Council",
            "Presidential Council",
        ),
        (
            "fr",
            "Le texte a été examiné par la Commission de politique générale en juin.",
            "Commission de politique générale",
            "Commission",
        ),
        (
            "en",
            "The text was examined by the General Policy Commission in June.",
            "General Policy Commission",
            "Policy Commission",
        ),
        (
            "fr",
            "Dans son arrêt, la Cour constitutionnelle a annulé la disposition.",
            "Cour constitutionnelle",
            "Cour",
        ),
        (
            "en",
            "In its judgment, the Constitutional Court annulled the provision.",
            "Constitutional Court",
            "Court",
        ),
    ],
)
def test_a_name_ending_on_a_complement_or_adjective_is_one_surface(
    lang: str, text: str, surface: str, cut: str
) -> None:
    found = _surfaces(text, lang)
    assert surface in found, sorted(found)
    assert cut not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        # the name runs on after the complement in words no list holds: not cut short
        (
            "fr",
            "Le Centre de fusion de l'information maritime a signalé trois navires.",
            "Centre de fusion",
        ),
        (
            "en",
            "The Centre for Fusion of Maritime Information reported three ships.",
            "Centre for Fusion",
        ),
        # a lower-case head before the complement: a kind of body, not one
        (
            "fr",
            "Les services de renseignement des États membres échangent des données.",
            "services de renseignement des États",
        ),
        (
            "en",
            "The intelligence services of the Member States exchange data.",
            "intelligence services of the Member States",
        ),
        # a verb after the head, "-elle" as "rappelle": no adjective
        ("fr", "La Cour rappelle que la loi doit être claire.", "Cour rappelle"),
        ("en", "The Court recalls that the law must be clear.", "Court recalls"),
    ],
)
def test_a_complement_is_not_read_where_the_name_runs_on(lang: str, text: str, short: str) -> None:
    assert short not in _surfaces(text, lang)


@pytest.mark.parametrize(
    ("phrase", "joins"),
    [
        ("de transition", True),
        ("d'investigation", True),
        ("de politique", True),
        ("de permettre", False),  # a verb
        ("de plus", False),  # an adverb
        ("de ces", False),  # a determiner
        ("departement", False),  # no link: one word
    ],
)
def test_the_complement_piece(phrase: str, joins: bool) -> None:
    pat = re.compile(complement(load_actor_shapes()))
    assert (pat.fullmatch(fold(phrase)) is not None) is joins


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senat de transition, puis", "Senat de transition"),
        ("Commission mixte paritaire sur", "Commission mixte"),  # "-aire" is no ending
        ("Conseil ministeriel a", "Conseil ministeriel"),  # "-iel"
        ("Cour de cassation de Belgique", None),  # a link after the complement
    ],
)
def test_the_french_name_pattern(text: str, name: str | None) -> None:
    pat = re.compile(organ_patterns(load_actor_shapes())[1])
    found = pat.match(text)
    assert (found.group() if found else None) == name
