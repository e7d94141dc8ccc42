"""A record's fields left open among fields set aside, French and English side by side
(src/ctdocs/layout/_fieldruns.py): a run of ``Label : value`` lines right under the
site's chrome, at least half of it set aside, is set aside whole; under a heading or a
rule, or with most of it open, it stays as the earlier passes left it."""

from __future__ import annotations

import pytest

from ctdocs.layout._fieldruns import mark_field_runs
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

RUN = {
    "fr": [
        "Réf. : CM/Rec(2018)6",
        "Date : 04/07/2018",
        "Type : Recommandation",
        "Organe : CODEXTER",
    ],
    "en": ["Ref.: CM/Rec(2018)6", "Date: 04/07/2018", "Type: Recommendation", "Body: CODEXTER"],
}
ABOVE = {"fr": "Document Documents liés Versions", "en": "Document Related documents Versions"}
TEXT = {
    "fr": "Le Comité des Ministres recommande aux gouvernements des États membres d'agir.",
    "en": "The Committee of Ministers recommends that the governments of member States act.",
}


def _units(lang: str, above_reason: str | None, aside: int) -> list[Unit]:
    """The run under its line above, its last ``aside`` fields set aside already."""
    text = "\n".join([ABOVE[lang], *RUN[lang], TEXT[lang]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[0].noise = above_reason
    for u in units[1 + len(RUN[lang]) - aside : 1 + len(RUN[lang])]:
        u.noise = "metadata"
    mark_field_runs(units)
    return units


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_half_set_aside_under_chrome_is_one_record(lang: str) -> None:
    units = _units(lang, "navigation", 2)
    assert [u.noise for u in units[1:5]] == ["metadata"] * 4
    assert units[5].noise is None  # the text under the record


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("above", "aside"), [(None, 2), ("markup", 2), ("navigation", 1)])
def test_a_run_under_a_heading_or_a_rule_or_mostly_open_stays(
    lang: str, above: str | None, aside: int
) -> None:
    units = _units(lang, above, aside)
    assert [u.noise for u in units[1:3]] == [None, None]
