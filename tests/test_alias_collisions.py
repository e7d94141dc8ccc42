"""A knowledge-base form another thing shares names that other thing in some texts: the
G5 Sahel's French name opens on "Groupe des cinq" (Five Eyes in Canadian French), "MRU"
is the Mauritanian ouguiya's currency code as well as the Mano River Union's acronym,
"CGG" a company's name as well as the Gulf of Guinea Commission's French acronym. The
longer name wins; the short forms count only in a text that names the body otherwise
(``weak_aliases`` in ``data/models/actors.toml``). Texts written for these tests in the
styles of a communiqué and a financial intelligence unit's note; expected values checked
by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _ids(text: str, lang: str) -> set[str]:
    return {a.id for a in parse_text(text, lang).actors}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "present", "absent"),
    [
        (
            "fr",
            "Les ministres du Groupe des cinq du Sahel ont adopté la stratégie; le Groupe des "
            "Cinq pour le Sahel coordonne la force conjointe.",
            {"g5-sahel"},
            {"five-eyes"},
        ),
        (
            "en",
            "Ministers of the G5 Sahel (Groupe des cinq pour le Sahel) adopted the strategy.",
            {"g5-sahel"},
            {"five-eyes"},
        ),
        (
            "fr",
            "La cellule a gelé des avoirs d'un montant de 5 000 000 MRU en Mauritanie.",
            set(),
            {"mano-river-union"},
        ),
        (
            "en",
            "The unit froze assets worth MRU 5,000,000 held by a Mauritanian company.",
            set(),
            {"mano-river-union"},
        ),
        (
            "en",
            "The CGG survey vessel was inspected in the port of Lomé on 3 May 2026.",
            set(),
            {"gulf-of-guinea-commission"},
        ),
        (
            "fr",
            "Le navire sismique de CGG a été inspecté dans le port de Lomé le 3 mai 2026.",
            set(),
            {"gulf-of-guinea-commission"},
        ),
    ],
)
def test_a_shared_form_names_the_body_only_where_it_is_meant(
    lang: str, text: str, present: set[str], absent: set[str]
) -> None:
    ids = _ids(text, lang)
    assert ids >= present
    assert not ids & absent
