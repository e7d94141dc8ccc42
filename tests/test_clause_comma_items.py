"""Items written inline in one sentence and separated by commas rather than semicolons
(``… covering (a) online radicalisation, (b) the misuse of drones and (c) explosive
precursors, to be presented …``): clauses too (guidelines §1a: "Items written inline in one
sentence … are clauses too; each one's text ends where the next begins"), cited under the
paragraph they sit in (``6(a)``). Only a run counts: three items or more in turn, each of
two words or more, after a comma or a joiner; a cross-reference to another text's points
(``points (a), (b) and (c) of Article 5``) has no words between its items and stays text.

The class was met in a Pacific Islands Forum outcomes document (ho12); each text here is
written for the test in the style of other publishers: an ASEAN ministerial statement in
English and an ECOWAS communiqué in French. The expected numbers were worked out by hand from
the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

STATEMENT = {
    "en": """JOINT STATEMENT OF THE ASEAN MINISTERIAL MEETING ON TRANSNATIONAL CRIME

1. The Meeting reviewed the regional work plan adopted in 2024.

2. The Meeting tasked the Secretariat to prepare a study covering (a) the online
recruitment of young people, (b) the misuse of commercial drones and (c) the smuggling of
explosive precursors, to be presented at the next meeting.

3. The Meeting thanked the host country.
""",
    "fr": """COMMUNIQUÉ FINAL DE LA RÉUNION DES MINISTRES DE LA CEDEAO

1. La réunion a examiné le plan de travail régional adopté en 2024.

2. La réunion a chargé la Commission de préparer une étude portant sur (a) le recrutement
en ligne des jeunes, (b) l'usage détourné des drones civils et (c) la contrebande de
précurseurs d'explosifs, à présenter lors de la prochaine réunion.

3. La réunion a remercié le pays hôte.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_comma_items_are_clauses(lang: str) -> None:
    doc = parse_text(STATEMENT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "2(a)", "2(b)", "2(c)", "3"]


@pytest.mark.parametrize(
    ("lang", "number", "starts"),
    [
        ("en", "2(b)", "the misuse of commercial drones and"),
        ("fr", "2(b)", "l'usage détourné des drones civils et"),
        ("en", "2(c)", "the smuggling of explosive precursors, to be presented"),
        ("fr", "2(c)", "la contrebande de précurseurs d'explosifs, à présenter"),
    ],
)
def test_comma_item_text(lang: str, number: str, starts: str) -> None:
    doc = parse_text(STATEMENT[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c for c in doc.clauses()}[number].text.startswith(starts)


REFERENCE = {
    "en": """Implementing decision

1. The measures referred to in points (a), (b) and (c) of Article 5 shall apply from 1 July 2026.
""",
    "fr": """Décision d'exécution

1. Les mesures visées aux points (a), (b) et (c) de l'article 5 s'appliquent à partir du
1er juillet 2026.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_cross_reference_to_points_stays_text(lang: str) -> None:
    doc = parse_text(REFERENCE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1"]
