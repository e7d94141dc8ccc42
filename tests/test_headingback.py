"""Headings given back (src/ctdocs/layout/_headingback.py): a line set aside by its shape
alone (the line scorer's short capitals with an interface word, a running line's columns
ending in a page number) that stands once, directly over the first item of a numbered
sequence, heads that sequence. Hand-written pages, French and English side by side; and
the shapes that stay noise: over a later item, printed on two pages, above the text's
first sentence, with a number or a symbol among its words.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": (
        "Le présent rapport a été délibéré par la chambre, qui a entendu les administrations "
        "concernées avant de l'adopter."
    ),
    "en": (
        "This report was adopted by the committee after hearing the departments concerned "
        "and the operators of the sites."
    ),
}
RUNNING = {  # the running head of the page before
    "fr": "Rapport public – La protection des opérateurs – juillet 2026",
    "en": "Public report – The protection of operators – July 2026",
}
SUMMARY = {"fr": "RÉCAPITULATIF DES RECOMMANDATIONS", "en": "SUMMARY OF RECOMMENDATIONS"}
ITEMS = {
    "fr": (
        "(SGDSN, 2027) : achever la désignation des entités critiques.",
        "(Ministère de l'intérieur, 2026) : doter chaque zone d'une capacité anti-drones.",
    ),
    "en": (
        "(Cabinet Office, 2027): complete the designation of critical entities.",
        "(Home Office, 2026): give each region a counter-drone capability.",
    ),
}
# A heading the line scorer reads as chrome: two capitals, one an interface word.
PROJECT = {"fr": ("ANNEXE", "DOCUMENT PROJET"), "en": ("ANNEX", "PROJECT DOCUMENT")}
BACKGROUND = {
    "fr": ("1.   Contexte", "Les Balkans occidentaux restent exposés aux restes explosifs."),
    "en": ("1.   Background", "The Western Balkans continue to face explosive remnants of war."),
}


def reasons(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


def summary_page(lang: str, heading: str, first: int = 1, prose: bool = True) -> str:
    """A report's page: the text's prose, the page before's running head, then the page
    opening on a heading in columns with its page number, over numbered items."""
    items = [f"{first + k}.   {t}" for k, t in enumerate(ITEMS[lang])]
    before = f"Titre\n\n{PROSE[lang]}\n\n\n" if prose else "Titre\n\n"
    return f"{before}{RUNNING[lang]}\n\f        {heading}                 11\n\n" + "\n\n".join(
        items
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_line_over_the_first_item_is_its_heading(lang: str) -> None:
    """The heading goes back to the text, its page number stays noise, on its own."""
    got = reasons(summary_page(lang, SUMMARY[lang]))
    assert got[SUMMARY[lang]] is None
    assert got["11"] == "page-number"
    assert f"{SUMMARY[lang]} 11" not in got


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_scored_line_over_the_first_item_is_its_heading(lang: str) -> None:
    annex, heading = PROJECT[lang]
    got = reasons("\n\n".join(("Titre", PROSE[lang], annex, heading, *BACKGROUND[lang])))
    assert got[heading] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_line_over_a_later_item_stays_noise(lang: str) -> None:
    """A page that goes on with items 2 and 3 under its running line."""
    got = reasons(summary_page(lang, SUMMARY[lang], first=2))
    assert got[f"{SUMMARY[lang]} 11"] == "page-footer"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_line_printed_on_two_pages_stays_noise(lang: str) -> None:
    text = summary_page(lang, SUMMARY[lang])
    text += f"\n\n\n{RUNNING[lang]}\n\f        {SUMMARY[lang]}                 12\n\n{PROSE[lang]}"
    got = reasons(text)
    assert got[f"{SUMMARY[lang]} 11"] == "page-footer"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("fr", "Stratégie nationale 2026–2030 Page"),
        ("en", "National Strategy 2026–2030 Page"),
        ("fr", "DIA-3.60.3 LAD"),
        ("en", "JDP-3.60.3 CUAS"),
    ],
)
def test_a_running_line_with_numbers_stays_noise(lang: str, heading: str) -> None:
    """A publication's name with its years or its code is the running line's own."""
    got = reasons(summary_page(lang, heading))
    assert got[f"{heading} 11"] == "page-footer"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_above_the_first_sentence_stays_noise(lang: str) -> None:
    """Above the text's first sentence a page's tools may stand right over a "1."."""
    got = reasons(summary_page(lang, SUMMARY[lang], prose=False))
    assert got[f"{SUMMARY[lang]} 11"] == "page-footer"
