"""Rows of a page's chrome in a Markdown-ish copy (src/ctdocs/normalise/_joins.py), French
and English side by side: a site's name bar cut by bars, its breadcrumb cut by arrows and
its tool row stay three lines though no blank line parts them; a row still joins a plain
line (a soft-wrapped title), and a sentence soft-wrapped after a short line is one."""

from __future__ import annotations

import pytest

from ctdocs.normalise._text import normalise

HEAD = {
    "fr": [
        "OHCHR | Jurisprudence – Base de données des organes de traités",
        "Accueil > Recherche > Comité des droits de l'homme > CCPR/C/146/D/3987/2021",
        "[Imprimer] [Télécharger (Word)] [Autres langues : EN | ES]",
    ],
    "en": [
        "OHCHR | Jurisprudence – Treaty Body Database",
        "Home > Search > Human Rights Committee > CCPR/C/146/D/3987/2021",
        "[Print] [Download (Word)] [Other languages : FR | ES]",
    ],
}
PLAIN = {
    "fr": ["Questions parlementaires | Session 270", "Détails de la question exportés"],
    "en": ["Parliamentary questions | Session 270", "Question details exported"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_of_different_kinds_stay_apart(lang: str) -> None:
    text = normalise("\n".join(HEAD[lang]) + "\n", markdown=True).text
    assert text.split("\n")[:3] == HEAD[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_row_still_joins_a_plain_line(lang: str) -> None:
    """Only two rows of different kinds part: a bar row over a plain line is a soft break
    as before (the layout reads the joined line as one)."""
    text = normalise("\n".join(PLAIN[lang]) + "\n", markdown=True).text
    assert text.split("\n")[0] == " ".join(PLAIN[lang])


# A related list copied as wrapped text: every item closes on its date in brackets.
DATED_ITEMS = {
    "fr": [
        "Plan national de lutte contre le terrorisme : le bilan 2025 est publié (03/09/2026)",
        "Vigilance renforcée dans les gares pendant les fêtes de fin d'année (12/12/2025)",
        "Précurseurs d'explosifs : ce que change le nouveau règlement européen (02/02/2025)",
    ],
    "en": [
        "Crowded places strategy refreshed after the national review of 2025 (12 July 2026)",
        "New guidance for event organisers on hostile vehicle mitigation (3 June 2026)",
        "Counter-terrorism exercise held at Central Station with local police (18 April 2026)",
    ],
}
WRAPPED_PROSE = {
    "fr": (
        "Le ministre de l'Intérieur a signé un arrêté qui renforce le contrôle de la vente de "
        "précurseurs d'explosifs aux particuliers dans les commerces de détail du pays. "
    )
    * 6,
    "en": (
        "The Minister for Home Affairs signed an order that tightens the control of the sale "
        "of explosive precursors to members of the public in the retail shops of the country. "
    )
    * 6,
}


def wrap(text: str, width: int = 84) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return [*lines, cur]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_items_closing_on_a_bracketed_date_stay_apart(lang: str) -> None:
    """In a hard-wrapped copy the items fill the width, but two lines running that close
    on a bracketed figure are rows of one list, not one wrapped sentence."""
    prose = wrap(WRAPPED_PROSE[lang])
    text = normalise(
        "\n".join(prose) + "\n\n" + "\n".join(DATED_ITEMS[lang]) + "\n", markdown=False
    )
    lines = text.text.split("\n")
    for item in DATED_ITEMS[lang]:
        assert item in lines, item
