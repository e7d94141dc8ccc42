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


# A hard-wrapped paragraph two of whose lines close on a footnote call.
FOOTNOTED = {
    "fr": [
        "Le Conseil rappelle que les mesures restrictives ont été adoptées en 2014 et ont",
        "été renouvelées tous les six mois depuis lors à l'unanimité de ses membres, dans",
        "une étroite coopération avec les États membres et avec la Commission européenne",
        "chargée de veiller à leur application sur tout le territoire de l'Union, sous le",
        "régime du règlement (UE) n° 269/2014 du 17 mars 2014 sur les mesures restrictives (1)",
        "Décision 2014/145/PESC et ses modifications ultérieures, publiée le 17 mars (2)",
        "et sur proposition du haut représentant, après consultation des autorités des",
        "États membres concernés et de l'Union, afin de tenir pleinement compte de toute",
        "l'évolution de la situation sur le terrain dans la région visée par ces mesures.",
    ],
    "en": [
        "The Council recalls that the restrictive measures were first adopted in 2014 and",
        "have been renewed every six months since then by unanimity of its members, in a",
        "close cooperation with the Member States and with the European Commission which",
        "is responsible for monitoring their application throughout the Union, under the",
        "Council Regulation (EU) No 269/2014 of 17 March 2014 on restrictive measures (1)",
        "Council Decision 2014/145/CFSP and its later amendments, published on 17 March (2)",
        "and on the proposal of the High Representative, after consulting the competent",
        "authorities of the Member States concerned and of the Union, in order to take a",
        "full account of the situation on the ground in the region concerned by measures.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_footnote_calls_closing_lines_keep_the_paragraph_whole(lang: str) -> None:
    """A footnote call "(1)" closing a line is no item's date: the wrapped paragraph stays
    one paragraph (guidelines §5: a wrapped paragraph is one block)."""
    text = normalise("\n".join(FOOTNOTED[lang]) + "\n", markdown=False).text
    assert text.split("\n")[0] == " ".join(FOOTNOTED[lang])
