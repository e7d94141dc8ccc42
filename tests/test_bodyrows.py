"""Rows of the text read as menus, given back (:mod:`ctdocs.layout._bodyrows`): a court's
bench signing in columns under its closing formula, a table's row under its lead-in, are
the document's (guidelines §5: only the site's chrome and the page's furniture are
noise); a row of page tools, a tab bar the page prints twice, stay aside. French and
English side by side.

Each text is written for the test, in a layout none of the held-out batches has; the
expected noise was worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout import _bodyrows
from ctdocs.layout._unit import Unit

OPEN = {
    "fr": [
        "TRIBUNAL SUPÉRIEUR DE DJIBOUTI",
        "Arrêt n° 77/2026 du 3 mars 2026",
        "La Cour, statuant publiquement et en dernier ressort, rejette le pourvoi formé "
        "contre l'arrêt de la chambre d'accusation relatif au financement du terrorisme.",
        "Ainsi fait, jugé et prononcé en audience publique les jour, mois et an que dessus.",
    ],
    "en": [
        "HIGH COURT OF THE GAMBIA",
        "Judgment No. 77/2026 of 3 March 2026",
        "The Court, sitting in public and as the court of last resort, dismisses the appeal "
        "brought against the ruling of the indictment chamber on terrorist financing.",
        "Thus done, judged and pronounced in open court on the day, month and year above.",
    ],
}
# The bench, signing in three columns: not a menu of the page
BENCH = {
    "fr": "Le Premier Président      Les Assesseurs      Le Greffier en chef",
    "en": "The Chief Justice      The Associate Judges      The Chief Registrar",
}
# Page tools in the same columns: a menu, whatever stands above it
TOOLS = {
    "fr": "Imprimer      Partager      Télécharger",
    "en": "Print      Share      Download",
}


def _noise(text: str, lang: str) -> list[str]:
    """The noise lines, with the columns' wide gaps folded to one space (as the text
    keeps them)."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return [n.text for n in doc.noise]


def _fold(row: str) -> str:
    return " ".join(row.split())


def _page(lang: str, row: str, tail: str = "") -> str:
    head, date, body, close = OPEN[lang]
    return f"{head}\n\n{date}\n\n{body}\n\n{close}\n{row}\n{tail}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bench_signing_in_columns_under_the_closing_formula_is_text(lang: str) -> None:
    """Nor does it make the court's name and the judgment's number over the text read as
    a site's chrome around a menu: the page has no noise at all."""
    assert _noise(_page(lang, BENCH[lang]), lang) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_tools_under_the_text_stay_a_menu(lang: str) -> None:
    assert _fold(TOOLS[lang]) in _noise(_page(lang, TOOLS[lang]), lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_row_the_page_prints_twice_stays_a_menu(lang: str) -> None:
    """The same columns in another order further down: a tab bar, not the text's row."""
    cells = BENCH[lang].split("      ")
    again = "      ".join(reversed(cells))
    noise = _noise(_page(lang, BENCH[lang], tail=f"\n{OPEN[lang][2]}\n{again}\n"), lang)
    assert _fold(BENCH[lang]) in noise


# A news page's last paragraph, a closed sentence, then the site's topic tags and its
# newsletter line: the page's chrome, not a row of the text (a row stands under an open
# line or a closing formula).
NEWS = {
    "fr": (
        "Sahel : les ministres s'accordent sur un nouveau plan\n\n"
        "Les ministres des cinq États ont convenu lundi de mettre en commun leurs "
        "renseignements sur les groupes armés.\n",
        "Terrorisme      Sahel      Sécurité des frontières      Renseignement",
        "Abonnez-vous à notre lettre",
    ),
    "en": (
        "Sahel: the ministers agree on a new plan\n\n"
        "The ministers of the five states agreed on Monday to pool their intelligence on "
        "armed groups operating along the borders.\n",
        "Terrorism      Sahel      Border security      Intelligence",
        "Subscribe to our newsletter",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tags_under_a_closed_sentence_stay_the_page_chrome(lang: str) -> None:
    body, tags, subscribe = NEWS[lang]
    noise = _noise(f"{body}{tags}\n\n{subscribe}\n", lang)
    assert _fold(tags) in noise and subscribe in noise


# A bench under a sentence that a closing formula opens, over two lines and closed
# ("En foi de quoi, … et le Greffier."): the text's own row.
SIGNED = {
    "fr": "En foi de quoi, le présent arrêt a été signé par le Président, les Membres\n"
    "et le Greffier.",
    "en": "In witness whereof, this judgment has been signed by the President, the Members\n"
    "and the Registrar.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bench_under_a_closing_formula_over_two_lines_is_text(lang: str) -> None:
    head, date, body, _ = OPEN[lang]
    text = f"{head}\n\n{date}\n\n{body}\n\n{SIGNED[lang]}\n{BENCH[lang]}\n"
    assert _noise(text, lang) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_under_prose_cost_work_linear_in_the_rows(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each gapped row's columns are cut a bounded number of times, not once per other
    row of the page (the menu rule once compared every row with every row)."""
    cuts = 0
    real = _bodyrows._cells

    def counted(u: Unit) -> frozenset[str]:
        nonlocal cuts
        cuts += 1
        return real(u)

    monkeypatch.setattr(_bodyrows, "_cells", counted)
    n = 300
    para = OPEN[lang][2].rstrip(".") + ":"  # (a lead-in: each row stands under an open line)
    first, second, third = BENCH[lang].split("      ")
    rows = "".join(f"{para}\n\n{first}      {second} {k % 7}      {third}\n\n" for k in range(n))
    parse_text(f"{OPEN[lang][0]}\n\n{rows}", language=lang)  # type: ignore[arg-type]
    assert cuts <= 6 * n
