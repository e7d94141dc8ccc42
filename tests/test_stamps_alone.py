"""A publication line alone (src/ctdocs/layout/_stamps.py, ``_alone``): ``Publié le …`` /
``Published on …`` printed by a site's template under a release's title, above its first
prose, is the page's stamp (guidelines §5) even with nothing set aside beside it. Hand-
written pages, French and English side by side; the same line set in capitals (a printed
cover's issue line) or standing under the text's first numbered heading (a field of the
document's own record) is left as it was.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

TITLE = {
    "fr": "Démantèlement d'une filière de financement du terrorisme",
    "en": "Terrorist financing network dismantled in the capital",
}
STAMP = {"fr": "Publié le 27/11/2026", "en": "Published on 18 November 2026"}
PROSE = {
    "fr": (
        "Le parquet national a ouvert une information judiciaire contre quatre personnes "
        "soupçonnées d'avoir collecté des fonds pour un groupe armé."
    ),
    "en": (
        "The national prosecutor has opened an investigation into four people suspected "
        "of collecting funds for an armed group abroad."
    ),
}
HEADING = {"fr": "1. Introduction", "en": "1. Introduction"}


def reasons(lines: list[str]) -> dict[str, str | None]:
    units = segment(normalise("\n\n".join(lines), markdown=False))
    return {u.text: u.noise for u in units}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_publication_line_under_the_title_is_the_page_stamp(lang: str) -> None:
    got = reasons([TITLE[lang], STAMP[lang], PROSE[lang]])
    assert got[STAMP[lang]] == "metadata"
    assert got[TITLE[lang]] is None
    assert got[PROSE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_in_capitals_it_is_a_cover_issue_line(lang: str) -> None:
    line = STAMP[lang].upper()
    got = reasons([TITLE[lang], line, PROSE[lang]])
    assert got[line] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_under_a_numbered_heading_it_is_the_record_field(lang: str) -> None:
    got = reasons([TITLE[lang], HEADING[lang], STAMP[lang], PROSE[lang]])
    assert got[STAMP[lang]] is None
