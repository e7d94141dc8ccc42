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

# a release's lead sentence right under its headline tells of a judgment it names with its date;
# the release's own stamp above it dates the release
_RELEASE_FR = (
    "Communiqué du Parquet – Condamnation pour financement du terrorisme\n"
    "Publié le 01.12.2026\n"
    "Par jugement n° 2712/2026 du 27 novembre 2026, la chambre correctionnelle du tribunal "
    "a condamné deux prévenus pour financement du terrorisme.\n"
)
_RELEASE_EN = (
    "Prosecution Service statement – Conviction for terrorist financing\n"
    "Published 1 December 2026\n"
    "By judgment No. 2712/2026 of 27 November 2026, the criminal chamber of the district court "
    "convicted two defendants of terrorist financing.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "title", "value"),
    [
        # a gazette's title opens its line with the act's name, and may run on to a full stop
        (
            "fr",
            "JOURNAL OFFICIEL\n\nLOIS\n\nLoi organique n° 2024-41 du 13 septembre 2024, "
            "modifiant la loi organique n° 2015-26 du 7 août 2015 relative à la lutte contre "
            "le terrorisme.\n\nAu nom du peuple,\n",
            "Loi organique n° 2024-41 du 13 septembre 2024",
            "2024-09-13",
        ),
        (
            "en",
            "OFFICIAL GAZETTE\n\nACTS\n\nAct No. 41 of 13 September 2024, amending the "
            "Act No. 26 of 7 August 2015 on combating terrorism.\n\nIn the name of the people,\n",
            "Act No. 41 of 13 September 2024",
            "2024-09-13",
        ),
        (
            "fr",
            _RELEASE_FR,
            "Communiqué du Parquet – Condamnation pour financement du terrorisme",
            "2026-12-01",
        ),
        (
            "en",
            _RELEASE_EN,
            "Prosecution Service statement – Conviction for terrorist financing",
            "2026-12-01",
        ),
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
