"""A lone web address after a blank line (src/ctdocs/normalise/_sites.py, used by
normalise/_joins.py): the print's page foot, never the rest of the sentence above it, even
when it opens in lower case; a report's code over it goes with it. Hand-written pages,
French and English side by side, of publishers the corpora do not hold.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._sites import site_line
from ctdocs.normalise._text import normalise

COVER = {
    "fr": ("Avis 7/2026 sur la proposition de règlement", "12 mars 2026", "cnil-regionale.fr"),
    "en": ("Opinion 7/2026 on the proposal for a regulation", "12 March 2026", "dpa-regional.eu"),
}
BODY = {
    "fr": "L'autorité régionale de protection des données rend le présent avis au Conseil.",
    "en": "The regional data protection authority delivers this opinion to the Council.",
}
LOWER = {
    "fr": ("Le Conseil adopte les mesures relatives", "à la sûreté des sites sensibles."),
    "en": ("The Council adopts the measures relating", "to the security of sensitive sites."),
}


def lines(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lower_case_address_under_a_date_stays_apart_and_is_the_page_foot(lang: str) -> None:
    """A cover: title, date, then the site alone above the page number and form feed."""
    title, date, site = COVER[lang]
    got = lines(f"{title}\n\n{date}\n\n\n{site}\n       1\n\f{BODY[lang]}\n")
    assert got[date] is None
    assert got[site] == "page-footer"
    assert f"{date} {site}" not in got


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_report_code_over_the_address_goes_with_it(lang: str) -> None:
    """ "IF12937" over the site: one footer line, as the edge rule reads it."""
    site = COVER[lang][2]
    got = lines(f"{BODY[lang]}\n\nIF12937\n\n\n{site}\n")
    assert got[f"IF12937 {site}"] == "page-footer"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sentence_going_on_in_lower_case_past_a_blank_line_still_joins(lang: str) -> None:
    """Only an address is held apart: prose in lower case past a blank line goes on."""
    head, rest = LOWER[lang]
    got = lines(f"{head}\n\n{rest}\n")
    assert f"{head} {rest}" in got


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("cnil-regionale.fr", True),
        ("dpa-regional.eu", True),
        ("IF12937 dpa-regional.eu", True),
        ("12 mars 2026 cnil-regionale.fr", False),
        ("12 March 2026 dpa-regional.eu", False),
        ("à la sûreté des sites sensibles.", False),
        ("to the security of sensitive sites.", False),
        ("www.senat-regional.fr", True),
        ("www.regional-assembly.org", True),
        ("WWW.JOURNAL-OFFICIEL.DZ", True),
        ("rapports.senat-regional.fr", True),
        ("reports.regional-assembly.org", True),
        ("IF12937 www.regional-assembly.org", True),
        ("2026/14 | https://rapports.senat-regional.fr", True),
        ("Rapport 56 https://rapports.senat-regional.fr", False),
        ("voir www.senat-regional.fr", False),
        ("see www.regional-assembly.org", False),
        ("p. ex.", False),
        ("e.g.", False),
        ("Art.Premier", False),
        ("Art.One", False),
        ("S/RES/1373", False),
    ],
)
def test_site_line(text: str, site: bool) -> None:
    assert site_line(text) is site


@pytest.mark.parametrize(
    ("fr", "en", "site"),
    [
        ("cnil-regionale.fr", "dpa-regional.eu", True),
        ("IF12937 https://www.senat.fr", "IF12937 https://crsreports.congress.gov", True),
        ("www.joradp.dz | 12/2026", "www.nato-pa.int | 12/2026", True),
        ("Voir cnil-regionale.fr pour le texte", "See dpa-regional.eu for the text", False),
        ("cnil-regionale.fr a b c", "dpa-regional.eu a b c", False),  # a fourth word
        ("a b c d", "one two three four five", False),
        ("   ", "", False),
        ("Art.Deux", "e.g.", False),  # no host in one case
    ],
)
@pytest.mark.parametrize("pad", ["", " ", "\t\u2003"])
def test_site_line_reads_the_words_it_needs(fr: str, en: str, site: bool, pad: str) -> None:
    """The line's words cut no further than one past the three allowed: an address alone or
    beside a code or a bar, whatever blanks pad it; nothing with a fourth word."""
    for text in (fr + pad, pad + en, pad + fr + pad):
        assert site_line(text) is site, text
