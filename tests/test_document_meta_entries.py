"""The document's own date against other documents' dates and the copy's stamps.

Each row is a short page written by hand in the layout of a class of publishers (not a
copy of a held-out text), French and English side by side: a box of related releases
whose items end on a dash and their date (the reader kept their links as plain text),
a site generator's ``lastmod`` key in the front matter (the export's date, like an
archive's ``saved:``). Expected values follow the annotation guidelines (§2: dates of
related-news headlines do not count; §6: the date the document bears as its own) and
were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docplace import listed_entry

from ._docmeta import own_value as _own

_BODY = "The commissioner asked every platform to report on its measures.\n"
_CORPS = "La commissaire a demandé à chaque plateforme de rendre compte de ses mesures.\n"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the release's stamp, not the last related release's date in the box below it
        (
            "en",
            "Media release\n\nPublished: 18 November 2026\n\n"
            + _BODY * 3
            + "\nRelated releases\n\n"
            "- New codes for search engines come into force \u2014 27 December 2025\n\n"
            "- Regulator welcomes partnership \u2014 12 June 2026\n",
            "2026-11-18",
        ),
        (
            "fr",
            "Communiqué\n\nPublié le 9 octobre 2026\n\n" + _CORPS * 3 + "\nÀ lire aussi\n\n"
            "- Atelier régional à Cotonou \u2013 30 septembre 2026\n"
            "- Lancement du programme \u2013 4 août 2026\n",
            "2026-10-09",
        ),
        # no stamp: the box's items still date other releases, so nothing dates the page
        (
            "en",
            "Media release\n\n" + _BODY + "\n- Codes come into force \u2014 27 December 2025\n"
            "- Regulator welcomes partnership \u2014 12 June 2026\n",
            None,
        ),
        (
            "fr",
            "Communiqué\n\n" + _CORPS + "\n- Atelier régional \u2013 30 septembre 2026\n"
            "- Lancement du programme \u2013 4 août 2026\n",
            None,
        ),
    ],
)
def test_a_list_of_dated_items_dates_other_documents(
    lang: str, text: str, value: str | None
) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "- Codes come into force \u2014 27 December 2025\n- Panel meets \u2014 2 June 2026\n",
            True,
        ),
        ("- Atelier \u2013 30 septembre 2026\n- Lancement \u2013 4 août 2026\n", True),
        # one dated item alone is maybe the page's own byline; an item with no dash is prose
        ("- Codes come into force \u2014 27 December 2025\n\nThe panel met.\n", False),
        ("- L'atelier s'est tenu le 30 septembre 2026\n- Lancement le 4 août 2026\n", False),
    ],
)
def test_listed_entry_needs_a_sibling_of_its_shape(text: str, listed: bool) -> None:
    assert listed_entry(text, 0, text.index("\n")) is listed


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a site generator's lastmod dates the export; the brief's own month under its title
        # (the lastmod alone on a line at the top would otherwise outrank it)
        (
            "en",
            '---\ntitle: "Analytical Brief"\nlastmod: 2026-10-09\n---\n\n'
            "# Analytical Brief on Maritime Security\n\n*September 2026*\n\n" + _BODY,
            "2026-09",
        ),
        (
            "fr",
            '---\ntitle: "Note d\'analyse"\nlastmod: 2026-10-09\n---\n\n'
            "# Note d'analyse sur la sûreté maritime\n\n*Septembre 2026*\n\n" + _CORPS,
            "2026-09",
        ),
    ],
)
def test_a_generators_lastmod_dates_the_copy(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
