"""A page's own date stamp in a chrome line (ctdocs.extract._docstamps), guidelines §2:
dates in noise lines count when they are the page's own stamp."""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docstamps import stamp_in_noise


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # the second of two stamps joined by a middle dot is the page's too
        ("en", "First published: 14 May 2026 · Last updated: 21 May 2026 – See all updates", True),
        ("fr", "Publié le 14 mai 2026 · Mis à jour le 21 mai 2026 – Voir les mises à jour", True),
        # a version stamp opening a toolbar line
        ("en", "Version Date: 01/06/2026 | Print | Download PDF", True),
        ("fr", "Date de version : 01/06/2026 | Imprimer | Télécharger", True),
        # a related item's date after a middle dot is no stamp
        ("en", "Related: Annual report · Safer communities plan 21 May 2026", False),
        ("fr", "À lire aussi : Rapport annuel · Plan pour des villes sûres 21 mai 2026", False),
    ],
)
def test_stamps_in_a_chrome_line(lang: str, line: str, kept: bool) -> None:
    text = line + "\n"
    hit = find_dates(text, lang)[-1]
    assert stamp_in_noise(text, hit, 0, len(line), body_start=0) is kept
