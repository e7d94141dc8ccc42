"""A report's list of recommendations printed in full, each closed by a dot leader and the
page it is discussed on (``That the Government of Canada … components. .... 9``): the words
are the document's, the clauses' text, not a contents entry set aside as noise (guidelines
§1, §5); a contents entry (a name of a few words) and a contents list run together on one
line keep their leaders' reading. French and English side by side.

Each text is written for the test; the expected values were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._linekeys import has_dot_leader, paged_prose

RECOMMENDATIONS = {
    "fr": [
        "Que le gouvernement du Canada, par l'entremise de Sécurité publique Canada, établisse "
        "d'ici le 31 mars 2027 une obligation de déclarer les incidents pour les exploitants "
        "d'infrastructures essentielles.",
        "Que le Service canadien du renseignement de sécurité élargisse la communication "
        "d'information classifiée sur les menaces aux propriétaires et aux exploitants "
        "d'infrastructures essentielles.",
    ],
    "en": [
        "That the Government of Canada, through Public Safety Canada, establish by 31 March "
        "2027 a mandatory incident-reporting requirement for operators of critical "
        "infrastructure in respect of physical attacks.",
        "That the Canadian Security Intelligence Service expand the provision of classified "
        "threat briefings to owners and operators of critical infrastructure, including "
        "provincial utilities.",
    ],
}
WORD = {"fr": "Recommandation", "en": "Recommendation"}
HEAD = {"fr": "LISTE DES RECOMMANDATIONS", "en": "LIST OF RECOMMENDATIONS"}


def _html(lang: str) -> str:
    items = "".join(
        f"<h3>{WORD[lang]} {k}</h3>\n<p>{text} .... {4 + 2 * k}</p>\n"
        for k, text in enumerate(RECOMMENDATIONS[lang], 1)
    )
    return f"<html><body><main>\n<h2>{HEAD[lang]}</h2>\n{items}</main></body></html>\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_recommendations_with_pages_are_text(lang: str) -> None:
    doc = parse_text(_html(lang), language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.text.split(" .... ")[0]) for c in doc.clauses()]
    assert got == [(f"{WORD[lang]} {k}", t) for k, t in enumerate(RECOMMENDATIONS[lang], 1)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (RECOMMENDATIONS["fr"][0] + " .... 6", True),
        (RECOMMENDATIONS["en"][0] + " .... 6", True),
        ("1. Introduction et contexte de l'étude ................................ 4", False),
        ("1. Introduction and background to the study ........................... 4", False),
        (
            "Introduction........4 La menace terroriste........6 Objectif et principes "
            "fondamentaux........10 La stratégie : prévenir, détecter, priver et "
            "intervenir........14 Prévenir........15 Détecter........17 Priver........20 "
            "Intervenir........25 "
            "Annexes et bibliographie........33 Conclusion. ........ 40",
            False,
        ),
    ],
)
def test_paged_prose_is_sentences_under_one_leader(line: str, expected: bool) -> None:
    assert has_dot_leader(line)
    assert paged_prose(line) is expected
