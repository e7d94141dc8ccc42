"""A court's heading names its bench and its parties: the names after a label
(``Before:``, ``Composition :``), the names a party's role closes (``— Appellant``,
``Intimé`` on the next line) and the names around ``v``/``contre`` are persons, set in
capitals or not; offices, bodies and states in those places are not. Texts written for
these tests; expected values checked by hand against the annotation guidelines (§3:
named persons are actors, a surname alone too; unnamed office holders are not)."""

from __future__ import annotations

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._unlinked_court import court_names

from ._actorsurfaces import _actors_by_surface


def _names(text: str) -> list[str]:
    folded = fold(text)
    return [folded[s:e] for s, e in court_names(folded)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the bench: surnames in capitals between offices, titles before a full name
        (
            "Before: HARGROVE, Chief Judge, ABERNATHY and SOLORZANO, Circuit\nJudges.\n",
            ["HARGROVE", "ABERNATHY", "SOLORZANO"],
        ),
        (
            "Composition : Mme Claire VALLON, presidente, et Paul ROCHAT\n",
            ["Claire VALLON", "Paul ROCHAT"],
        ),
        ("BEFORE: HON. LADY JUSTICE GRACE M. NAKIBUULE\n", ["GRACE M. NAKIBUULE"]),
        # counsel: initials with no full stop (the folded hyphen a blank), a joiner, the
        # name ending at "for", the form of address no part of it
        (
            "Appearances:    R M Tipene and J Ah-Kuoi for Crown\n",
            ["R M Tipene", "J Ah Kuoi"],
        ),
        ("Pour l'intimé : Me Anne Rochat avec Paul Favre\n", ["Anne Rochat", "Paul Favre"]),
        # a party's role after a dash, on the next line, a list's letter before the name
        (
            "DESMOND ALLEYNE CUMBERBATCH GREAVES - Appellant\n",
            ["DESMOND ALLEYNE CUMBERBATCH GREAVES"],
        ),
        ("BETWEEN:        KARIM HADDAD\n                Applicant\n", ["KARIM HADDAD"]),
        ("Karim Benali\nIntime\n", ["Karim Benali"]),
        ("(C) NAMUTEBI SARAH .......... ACCUSED\n", ["NAMUTEBI SARAH"]),
        # the parties around "v" / "contre", the case's word and the state aside
        ("THE KING v\n\nCIARAN McALEER and DECLAN FEGAN\n", ["CIARAN McALEER", "DECLAN FEGAN"]),
        ("AFFAIRE MOUSSA HAMANI ISSOUFOU\nc.\nREPUBLIQUE DU NIGER\n", ["MOUSSA HAMANI ISSOUFOU"]),
    ],
)
def test_the_bench_and_the_parties_are_persons(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "AND:            MINISTER FOR FOREIGN AFFAIRS\n                Respondent\n",
        "DIRECTEUR DES POUVOIRS PUBLICS - Intime\n",
        "SOCIETE SAHEL TRANSFERT EXPRESS SARL - Requerante\n",
        "UNITED STATES OF AMERICA,\nAppellee,\n",
        "The appeal was lodged by the Applicant\nand dismissed.\n",
        "Le recours a ete forme par le requerant\n",
        "Before: Circuit\n",
        "Counsel: the parties were represented by counsel\n",
        "Devant : la Cour d'appel\n",
    ],
)
def test_offices_bodies_and_prose_are_no_party(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Before: HARGROVE, Chief Judge, and ABERNATHY, Circuit Judge.\n\nWe affirm.",
            "ABERNATHY",
        ),
        ("fr", "ENTRE : Karim BENALI\nAppelant\n\nLa Cour rejette le pourvoi.", "Karim BENALI"),
    ],
)
def test_a_party_is_a_person_actor(lang: str, text: str, want: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[want][1] == "person"
