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


# A run in a paragraph with no number of its own (a committee's recommendation under its
# numbered heading, met in an Oireachtas report, ho22), and a run of numbers in parentheses
# whose first item a colon sets apart (a journal abstract's "trois logiques : (1) …, (2) … et
# (3) …", met on Cairn, ho15). Written for the test in the style of a parliamentary committee
# (English) and of a journal abstract (French).
UNNUMBERED = {
    "en": """REPORT ON THE CRITICAL ENTITIES BILL

1. Introduction

The Committee held three hearings in 2026.

2. Recommendations

The Bill should allow counter-drone measures at airports and ports, subject to (a) authorisation
by a senior officer, (b) a proportionality test and (c) annual reporting to Parliament.

3. Conclusion

The Committee thanks the witnesses.
""",
    "fr": """RAPPORT SUR LE PROJET DE LOI RELATIF AUX ENTITÉS CRITIQUES

1. Introduction

La commission a tenu trois auditions en 2026.

2. Recommandations

Le projet de loi devrait permettre des mesures anti-drones aux aéroports et aux ports, sous
réserve (a) d'une autorisation d'un officier supérieur, (b) d'un contrôle de proportionnalité
et (c) d'un rapport annuel au Parlement.

3. Conclusion

La commission remercie les témoins.
""",
}


@pytest.mark.parametrize(
    ("lang", "starts"),
    [
        ("en", ["authorisation by a senior", "a proportionality test and", "annual reporting"]),
        ("fr", ["d'une autorisation d'un", "d'un contrôle de proportionnalité", "d'un rapport"]),
    ],
)
def test_a_run_in_an_unnumbered_paragraph(lang: str, starts: list[str]) -> None:
    doc = parse_text(UNNUMBERED[lang], language=lang)  # type: ignore[arg-type]
    clauses = {c.number: c for c in doc.clauses()}
    assert list(clauses) == ["1", "2", "2(a)", "2(b)", "2(c)", "3"]
    assert [clauses[f"2({k})"].text[: len(s)] for k, s in zip("abc", starts, strict=True)] == starts
    assert clauses["2"].text.endswith("subject to" if lang == "en" else "sous réserve")


ABSTRACT = {
    "en": """Abstract

This article distinguishes three logics: (1) the bilateralisation of exchanges, (2) the
regionalisation around the Alliance of Sahel States and (3) the growing use of private firms.

Introduction

1. On 15 August 2022 the last French troops left the country.
""",
    "fr": """Résumé

Cet article distingue trois logiques : (1) la bilatéralisation des échanges, (2) la
régionalisation autour de l'Alliance des États du Sahel et (3) le recours croissant à des
prestataires privés.

Introduction

1. Le 15 août 2022, les derniers militaires français ont quitté le pays.
""",
}


@pytest.mark.parametrize(
    ("lang", "second"),
    [("en", "the regionalisation around"), ("fr", "la régionalisation autour")],
)
def test_a_run_of_numbers_after_a_colon(lang: str, second: str) -> None:
    doc = parse_text(ABSTRACT[lang], language=lang)  # type: ignore[arg-type]
    clauses = {c.number: c for c in doc.clauses()}
    assert list(clauses) == ["(1)", "(2)", "(3)", "1"]
    assert clauses["(2)"].text.startswith(second)


NUMBERED_REFERENCE = {
    "en": """Explanatory note

The duties in paragraphs (1), (2) and (3) of regulation 5 apply to every operator of a site.
""",
    "fr": """Note explicative

Les obligations des paragraphes (1), (2) et (3) de l'article 5 s'appliquent à tout exploitant.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_numbers_cited_in_a_paragraph_stay_text(lang: str) -> None:
    doc = parse_text(NUMBERED_REFERENCE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == []
