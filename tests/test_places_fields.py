"""A state that closes an address opened by a table's cell, a bullet, a postal code or a
quoted field (ctdocs.extract._places.in_field): the state only says where the town is,
as it does after a line's or a field's opening (guidelines §3: places are no actors),
while states listed in the same openings, with no town before them, still count.
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface

_ADDRESS = [
    # the class, in other publishers' shapes: a cell, a bullet, a postcode, a quote
    ("en", "| Course | Venue |\n|---|---|\n| 21/2026 | Nairobi, Kenya |\n\nIt trains.\n"),
    ("fr", "| Session | Lieu |\n|---|---|\n| 3 | Dakar, Sénégal |\n\nLa session siège.\n"),
    ("en", "Our office\n\nRue de la Loi 16 • 1000 Brussels, Belgium\n\nThe report follows.\n"),
    ("fr", "Le secrétariat\n\n• 75007 Paris, France\n\nLe rapport décrit la menace.\n"),
    ("en", "The CEPOL course\n\nVenue: 'Budapest, Hungary'\n\nThe course aims to train.\n"),
    ("fr", "Lieu : « Tunis, Tunisie »\n\nLe séminaire forme des juges.\n"),
    # negative rows for the offices: towns with a hyphen or an accent, no office in them
    ("fr", "| Session | Lieu |\n|---|---|\n| 4 | Saint-Louis, Sénégal |\n\nElle siège.\n"),
    ("en", "| Course | Venue |\n|---|---|\n| 22/2026 | Port-Louis, Mauritius |\n\nIt trains.\n"),
]

_LISTED = [
    # negative rows of the same openings: states listed, no town before them
    ("en", "| Parties | Role |\n|---|---|\n| Kenya, Uganda | signatories |\n", "Uganda"),
    ("fr", "• France, Allemagne et Italie ont signé l'accord.\n", "Allemagne"),
    ("en", "Since 2015 Belgium, France and Germany have shared data.\n", "France"),
    ("fr", "| Donateurs |\n|---|\n| Japon, Norvège |\n\nLes fonds arrivent.\n", "Norvège"),
    # an office in the town's place: the state holds it, represented
    ("en", "| Role | Member |\n|---|---|\n| 1 | Chair, Norway |\n\nIt met.\n", "Norway"),
    ("fr", "Bureau\n\n• Rapporteur, Maroc\n\nLe bureau se réunit.\n", "Maroc"),
    # ... an office written with an accent or a hyphen, a person by a form of address
    ("en", "| Role | Member |\n|---|---|\n| 1 | Vice-Chair, Norway |\n\nIt met.\n", "Norway"),
    ("en", "| Role | Member |\n|---|---|\n| 2 | Mr Lars Berg, Norway |\n\nIt met.\n", "Norway"),
    ("fr", "Bureau\n\n• Secrétaire, Maroc\n\nLe bureau se réunit.\n", "Maroc"),
    ("fr", "Bureau\n\n• Vice-présidente, Tunisie\n\nLe bureau se réunit.\n", "Tunisie"),
]


@pytest.mark.parametrize(("lang", "text"), _ADDRESS)
def test_a_state_closing_an_address_is_a_place(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert not {s for s, (_, kind, _) in found.items() if kind == "state"}


@pytest.mark.parametrize(("lang", "text", "state"), _LISTED)
def test_states_listed_in_the_same_openings_still_count(lang: str, text: str, state: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found.get(state, ("", "", True))[1] == "state"
