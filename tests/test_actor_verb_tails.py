"""A verb after a French body's name is no part of it, even where a list holds the noun
it is spelt as: ``la Direction générale des Douanes contrôle les entrées``, ``la Police
fédérale enquête``.

A French name runs on in lower case past its capitals (``Centre de coordination des
opérations maritimes``), and its tail was read over every noun the lists hold, so the
verbs ``contrôle`` and ``enquête`` (nouns too: control, investigation) joined the name
(heldout17: ``Direction Générale des Douanes contrôle``). A noun goes on with a name
only after a link (``de``, ``des``, ``contre``); right after the name, unless its ending
makes it an adjective (``Forces armées``), it is the sentence's verb
(``_unlinked_lower.lower_tail``). The adjectives and linked complements of real tails
stay. English names take no tail and stand beside the French rows. Texts written for these
tests; expected values checked by hand against the annotation guidelines (§3: a body's
full name is one surface form).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fr",
            "1. La Direction générale des Douanes contrôle les entrées.",
            "Direction générale des Douanes",
        ),
        (
            "fr",
            "- la Direction Générale des Douanes contrôle, aux postes frontières, les entrées ;",
            "Direction Générale des Douanes",
        ),
        ("fr", "Article 5\n\nLa Police fédérale enquête sur les faits.", "Police fédérale"),
        ("en", "1. The Customs Directorate controls the entries.", "Customs Directorate"),
    ],
)
def test_a_verb_after_a_name_is_no_part_of_it(lang: str, text: str, body: str) -> None:
    assert body in _surfaces(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fr",
            "1. Le Centre de coordination des opérations maritimes est à Dakar.",
            "Centre de coordination des opérations maritimes",
        ),
        (
            "fr",
            "1. La Direction des Affaires juridiques et consulaires publie la note.",
            "Direction des Affaires juridiques et consulaires",
        ),
        # a noun the lists hold that is also an adjective by its ending ("armées")
        (
            "fr",
            "- le Ministère des Forces armées et la Gendarmerie coopèrent ;",
            "Ministère des Forces armées",
        ),
        (
            "en",
            "1. The Centre for the Coordination of Maritime Operations is in Dakar.",
            "Centre for the Coordination of Maritime Operations",
        ),
    ],
)
def test_a_tail_of_adjectives_and_linked_nouns_stays(lang: str, text: str, body: str) -> None:
    assert body in _surfaces(text, lang)
