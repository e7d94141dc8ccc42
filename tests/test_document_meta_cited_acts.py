"""An act named with its date under the document's own title is cited (guidelines §6).

The first lines of a head may hold an act's title and its date ("Décret n° 2024-251 du
25 mars 2024 relatif …"), but only the document's own title and the few lines a long title
runs over: an act named with its date further down is one the text cites (a news report's
"la loi n° 03-03 du 28 mai 2003" under its headline, a code's "Created by Act No. 2026-512
of 30 July 2026" under its chapter's title). Each row is a short text written by hand,
French and English side by side; expected values worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._document import own_date


def _own(text: str, lang: str, title: str) -> str | None:
    hit = own_date(text, find_dates(text, lang), title=title)
    return hit.value if hit is not None else None


_NEWS_FR = (
    "Actualité\n\nSociété\n\nDémantèlement d'une cellule terroriste\n\n"
    "Rabat, 24/11/2026 (MAP) - Le Bureau central a procédé à l'arrestation de quatre personnes.\n\n"
    "Les opérations ont permis la saisie d'appareils électroniques.\n\n"
    "Les investigations se poursuivent sous la supervision du parquet.\n\n"
    "Le ministère public a rappelé que la loi n° 03-03 du 28 mai 2003 relative à la lutte "
    "contre le terrorisme incrimine ces faits\n"
)
_CODE_EN = (
    "Home\n\nCodes\n\nChapter X: Protection of sensitive sites\n\n"
    "Synchronised with the register\n\n"
    "---\n\n## Section 230-1\n\nIn force\n\nCreated by Act No. 2026-512 of 30 July 2026 - s. 4\n\n"
    "The operators of sensitive sites shall keep a register.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "title", "value"),
    [
        # the cited act's date is not the text's: the news report's dateline dates it
        ("fr", _NEWS_FR, "Démantèlement d'une cellule terroriste", "2026-11-24"),
        # nothing else dates the code's chapter
        ("en", _CODE_EN, "Chapter X: Protection of sensitive sites", None),
        # the act's date on its title's line, or on a line of a title over a few lines, is its own
        (
            "fr",
            "Accueil\n\nJORF\n\nDécret n° 2024-251 du 25 mars 2024 relatif à la détection\n\n"
            "Le Premier ministre,\n",
            "Décret n° 2024-251 du 25 mars 2024 relatif à la détection",
            "2024-03-25",
        ),
        (
            "en",
            "Official Journal\n\nCOUNCIL REGULATION (EU) 2026/418\n\nof 12 March 2026\n\n"
            "laying down measures\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n",
            "COUNCIL REGULATION (EU) 2026/418",
            "2026-03-12",
        ),
    ],
)
def test_a_cited_acts_date(lang: str, text: str, title: str, value: str | None) -> None:
    assert _own(text, lang, title) == value
