"""A publisher's postal address under the text (src/ctdocs/layout/_postal.py): the office's
address at the page's end is noise, written street first or number first; the same
address on a report's cover, above the text, and a sentence that gives an address, stay.
Hand-written pages, French and English side by side, of publishers the corpora do not hold.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._postal import is_postal_line
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": [
        "Les exploitants des sites sensibles désignent un référent pour la sûreté du site et "
        "transmettent son nom au préfet du département dans un délai de trois mois à compter "
        "de la publication de la présente note.",
        "Le référent transmet chaque année au préfet un rapport sur les mesures prises.",
    ],
    "en": [
        "Operators of sensitive sites shall appoint a security officer for each of their "
        "sites and give the officer's name to the regional security authority within three "
        "months of the publication of this note.",
        "The officer shall report every year to the authority on the measures taken.",
    ],
}
ADDRESS = {
    "fr": "Cellule de renseignement financier – Avenue de la Toison d'Or 55, 1060 Bruxelles",
    "en": "National Counter-Terrorism Office, 12 Wakefield Street, Adelaide SA 5000",
}


def reasons(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_offices_address_under_the_text_is_noise(lang: str) -> None:
    got = reasons("\n\n".join([*PROSE[lang], ADDRESS[lang]]))
    assert got[ADDRESS[lang]] == "boilerplate"
    assert all(got[x] is None for x in PROSE[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_address_on_the_cover_above_the_text_stays(lang: str) -> None:
    got = reasons("\n\n".join([ADDRESS[lang], *PROSE[lang]]))
    assert got[ADDRESS[lang]] is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Banque centrale – 4, place de Budapest – 75436 Paris Cedex 09", True),
        ("Ministry of Justice, Rue de la Loi 16, B-1000 Brussels", True),
        ("Office of the Commissioner, 20 Bligh Street, Sydney NSW 2000", True),
        ("Les demandes sont adressées au secrétariat, rue de la Loi 16, 1000 Bruxelles.", False),
        ("Contact : Secrétariat général, rue de la Loi 16, 1000 Bruxelles", True),
        ("Guisanplatz 1, 3003 Berne,", False),  # runs on into the sentence below
        ("Act No. 15, 2022 TO AMEND THE TERRORISM ACT", False),  # a year before capitals
        ("Lagos - 19th June, 2026   Vol. 113", False),  # a year before an abbreviation
    ],
)
def test_the_address_shape(line: str, expected: bool) -> None:
    assert is_postal_line(line) is expected
