"""A list's rest, French and English side by side (src/ctdocs/layout/_bulletruns.py): the
open items of a bulleted run are set aside with the run's chrome when an item of the run
is chrome, when the run (two items at least) is boxed by chrome, or when it ends the
page's open text with chrome right below it (its short heading goes with it); an item
that is a sentence, a lead-in or too long keeps the whole run open, and so do a run with
open text on one side, a lone item, a run closed by a rule (the text's own list) and a
run under a heading that ends on a colon (a lead-in)."""

from __future__ import annotations

import pytest

from ctdocs.layout._bulletruns import mark_bullet_runs
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

SENTENCE = {
    "fr": "Le Conseil a adopté la décision relative aux précurseurs d'explosifs.",
    "en": "The Council adopted the decision on explosives precursors.",
}
ITEMS = {
    "fr": ["- Terrorisme", "- Sécurité des frontières", "- Afrique"],
    "en": ["- Terrorism", "- Border security", "- Africa"],
}
# Items of the text's own: a sentence, a lead-in, an item longer than a title.
OWN_ITEM = {
    "fr": [
        "- Les États renforcent les contrôles.",
        "- Les mesures suivantes :",
        "- la coopération entre les services de renseignement et de police des États membres"
        " et des pays tiers concernés",
    ],
    "en": [
        "- States strengthen their controls.",
        "- The following measures:",
        "- cooperation between the intelligence and police services of the Member States"
        " and of the third countries concerned",
    ],
}
LABEL = {"fr": "Pour aller plus loin", "en": "Related resources"}
LEAD_IN = {"fr": "Les domaines suivants :", "en": "The following areas:"}


def _units(lines: list[str], noise: dict[int, str]) -> list[Unit]:
    """Units of ``lines``, open but for the indexes ``noise`` sets aside (a sentence
    before them, so the page's open text starts above the lines)."""
    units = segment(normalise("\n\n".join([SENTENCE["en"], *lines]) + "\n", markdown=True))
    assert len(units) == len(lines) + 1
    for u in units:
        u.noise = None
    for k, reason in noise.items():
        units[k + 1].noise = reason
    mark_bullet_runs(units, lambda u: False)
    return units[1:]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_open_items_of_a_run_with_a_chrome_item_are_chrome(lang: str) -> None:
    lines = ["- Accueil" if lang == "fr" else "- Home", *ITEMS[lang], SENTENCE[lang]]
    got = [u.noise for u in _units(lines, {0: "navigation"})]
    assert got == ["navigation"] * 4 + [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_boxed_by_chrome_is_chrome(lang: str) -> None:
    lines = ["12/03/2026", *ITEMS[lang], "Partager" if lang == "fr" else "Share", SENTENCE[lang]]
    got = [u.noise for u in _units(lines, {0: "web-chrome", 4: "navigation"})]
    assert got == ["web-chrome"] * 4 + ["navigation", None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_ending_the_text_over_the_page_foot_takes_its_heading(lang: str) -> None:
    lines = [SENTENCE[lang], LABEL[lang], *ITEMS[lang], "Contact", "Privacy"]
    got = [u.noise for u in _units(lines, {5: "navigation", 6: "navigation"})]
    assert got == [None] + ["navigation"] * 6


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_an_item_of_the_texts_own_keeps_the_run_open(lang: str, k: int) -> None:
    lines = ["- Accueil", ITEMS[lang][0], OWN_ITEM[lang][k], SENTENCE[lang]]
    got = [u.noise for u in _units(lines, {0: "navigation"})]
    assert got == ["navigation", None, None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_open_text_on_one_side_or_a_lone_item_stays(lang: str) -> None:
    one_side = _units(["Menu", *ITEMS[lang], SENTENCE[lang]], {0: "navigation"})
    assert [u.noise for u in one_side] == ["navigation", None, None, None, None]
    lone = _units(
        ["Menu", ITEMS[lang][0], "Contact", SENTENCE[lang]], {0: "navigation", 2: "navigation"}
    )
    assert [u.noise for u in lone] == ["navigation", None, "navigation", None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_closed_by_a_rule_or_under_a_lead_in_stays(lang: str) -> None:
    ruled = _units([SENTENCE[lang], *ITEMS[lang], "Contact"], {4: "markup"})
    assert [u.noise for u in ruled] == [None] * 4 + ["markup"]
    led = _units([LEAD_IN[lang], *ITEMS[lang], "Contact"], {4: "navigation"})
    assert [u.noise for u in led] == [None] + ["navigation"] * 4


RELATED = {
    "fr": "- Résolution sur la protection des défenseurs des droits de l'homme - 05/11/2025",
    "en": "- Fifth Japan-Philippines Counter-Terrorism Consultations (November 21, 2024)",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_related_title_beside_the_menu_goes_but_not_alone_at_the_end(lang: str) -> None:
    """A related page's title (up to twelve words) goes with a chrome item of its run;
    under the text's end with only chrome below, the same title is not a label: the
    list stays (a key-figures list over a press contact box)."""
    beside = _units([SENTENCE[lang], RELATED[lang], "- Contact"], {2: "navigation"})
    assert [u.noise for u in beside] == [None, "navigation", "navigation"]
    tail = _units([SENTENCE[lang], RELATED[lang], RELATED[lang], "Contact"], {3: "boilerplate"})
    assert [u.noise for u in tail] == [None, None, None, "boilerplate"]


# A lead-in longer than a box's label, on a colon: the run under it is the text's list.
LONG_LEAD_IN = {
    "fr": "Le plan prévoit trois mesures nouvelles :",
    "en": "The plan sets out three new measures:",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_a_lead_in_introduces_stays_over_the_page_foot(lang: str) -> None:
    lines = [SENTENCE[lang], LONG_LEAD_IN[lang], *ITEMS[lang], "Contact", "Privacy"]
    got = [u.noise for u in _units(lines, {5: "navigation", 6: "navigation"})]
    assert got == [None] * 5 + ["navigation"] * 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_under_a_labels_colon_over_the_page_foot_goes(lang: str) -> None:
    """'Pour aller plus loin :' is the foot's label on a colon, not a lead-in."""
    lines = [SENTENCE[lang], LABEL[lang] + " :", *ITEMS[lang], "Contact", "Privacy"]
    got = [u.noise for u in _units(lines, {5: "navigation", 6: "navigation"})]
    assert got == [None, None] + ["navigation"] * 5
