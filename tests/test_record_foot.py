"""A site's record under a page's last rule, French and English side by side: fields
(``Label : value``, a bare ``Label :``) beside the site's copyright are the page's foot,
their dates included (src/ctdocs/layout/_rulefoot.py, ``record_foot``); without the
copyright, or with a sentence or a numbered note among them, the zone stays the text's."""

from __future__ import annotations

import pytest

from ctdocs.layout._rulefoot import mark_rule_foot
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

RULE = "-" * 77
TEXT = {
    "fr": "DÉCISION DCC 26-214\n\nLa Cour constitutionnelle,\n\nConsidérant que la garde à vue "
    "a duré plus longtemps que le délai prévu par la loi, la Cour dit qu'elle est contraire "
    "à la Constitution et ordonne la notification de la présente décision.\n",
    "en": "DECISION DCC 26-214\n\nThe Constitutional Court,\n\nConsidering that the custody "
    "lasted longer than the period the law allows, the Court finds it contrary to the "
    "Constitution and orders that this decision be notified.\n",
}
FIELDS = {
    "fr": [
        "Publications :",
        "Proposition de citation : Bénin, Cour constitutionnelle, 12 novembre 2026",
        "Date de l'import : 03/12/2026",
    ],
    "en": [
        "Publications:",
        "Suggested citation: Benin, Constitutional Court, 12 November 2026",
        "Import date: 03/12/2026",
    ],
}
COPYRIGHT = {
    "fr": "© Association des Hautes Juridictions de cassation 2026 | Conditions d'utilisation",
    "en": "© Association of Supreme Courts of Cassation 2026 | Terms of use",
}
SENTENCE = {
    "fr": "La Cour rappelle que la présente décision est définitive et sans recours possible.",
    "en": "The Court recalls that this decision is final and admits of no appeal whatsoever.",
}
NOTE = {
    "fr": "1. Voir la décision DCC 25-101 du 4 mars 2025, au considérant 6.",
    "en": "1. See decision DCC 25-101 of 4 March 2025, at paragraph 6.",
}


def _noise(lang: str, foot: list[str], dated: bool = False) -> dict[str, str | None]:
    """The rule-foot pass alone, on units whose other reasons are cleared (the rule's
    own ``markup`` kept); ``dated``: the head rules protect the date lines."""
    text = TEXT[lang] + "\n" + "\n".join([RULE, *foot]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    mark_rule_foot(units, lambda u: dated and u.text.endswith("2026"))
    return {u.text: u.noise for u in units}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fields_beside_a_copyright_are_the_sites_record(lang: str) -> None:
    got = _noise(lang, [*FIELDS[lang], COPYRIGHT[lang]])
    for line in FIELDS[lang]:
        assert got[line] == "boilerplate", line  # the import date's line too
    assert got[COPYRIGHT[lang]] == "boilerplate"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_protected_date_among_the_fields_goes_with_them(lang: str) -> None:
    got = _noise(lang, [*FIELDS[lang], COPYRIGHT[lang]], dated=True)
    assert got[FIELDS[lang][2]] == "boilerplate"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fields_with_no_copyright_stay(lang: str) -> None:
    got = _noise(lang, FIELDS[lang])
    assert [got[line] for line in FIELDS[lang]] == [None, None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("extra", [SENTENCE, NOTE], ids=["sentence", "note"])
def test_a_line_that_is_no_field_keeps_the_zone(lang: str, extra: dict[str, str]) -> None:
    got = _noise(lang, [extra[lang], *FIELDS[lang], COPYRIGHT[lang]])
    assert got[extra[lang]] is None
    assert got[FIELDS[lang][1]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_text_above_the_rule_stays(lang: str) -> None:
    got = _noise(lang, [*FIELDS[lang], COPYRIGHT[lang]])
    assert all(v is None for k, v in got.items() if k.startswith(("DÉCISION", "DECISION")))
