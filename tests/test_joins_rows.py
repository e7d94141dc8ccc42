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
