"""Bodies whose names hold a hyphened word (:func:`ctdocs.extract._name_hyphens.whole_words`):
the span of a name found by its shape never ends or opens inside a word joined by a
hyphen (``Chefs d'État-major``, ``Sapeurs-pompiers``, ``Haut-Commissariat``,
``Chiefs-of-Staff``); after a closing English head the hyphened word is an adjective
(``Bureau-registered``), not part of the name. Texts written for these tests in the
styles of communiqués and reports; expected values checked by hand against the
annotation guidelines (§3: a body's full name is one surface form).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._name_hyphens import whole_words


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("Comité des Chefs d'Etat-major réuni", (0, 23), "Comité des Chefs d'Etat-major"),
        ("the Chiefs-of-Staff Committee", (14, 29), "Chiefs-of-Staff Committee"),
        # a dash between blanks, a hyphen before a digit: edges stay
        ("Cellule - Nord", (0, 7), "Cellule"),
        ("Task Force-2 met", (0, 10), "Task Force"),
    ],
)
def test_whole_words_widens_over_joining_hyphens(
    text: str, span: tuple[int, int], want: str
) -> None:
    s, e = whole_words(text, *span)
    assert text[s:e] == want


def test_whole_words_keeps_the_end_when_told() -> None:
    text = "NPO Bureau-registered"
    assert whole_words(text, 0, 10, right=False) == (0, 10)


@pytest.mark.parametrize(
    ("lang", "text", "want", "not_want"),
    [
        (
            "fr",
            "Le Comité des Chefs d'Etat-major de la Confédération s'est réuni à Bamako.\n",
            "Comité des Chefs d'Etat-major",
            "Comité des Chefs d'Etat",
        ),
        (
            "fr",
            "Le Haut-Commissariat à la Protection nationale coordonne le plan.\n",
            "Haut-Commissariat à la Protection nationale",
            "Commissariat à la Protection nationale",
        ),
        (
            "fr",
            "La Brigade nationale des Sapeurs-pompiers est intervenue.\n",
            "Brigade nationale des Sapeurs-pompiers",
            "Brigade nationale des Sapeurs",
        ),
        (
            "en",
            "The Chiefs-of-Staff Committee of Westland met in May.\n",
            "Chiefs-of-Staff Committee of Westland",
            "Staff Committee of Westland",
        ),
        (
            "en",
            "Funds reached charities through the NPO Bureau-registered channels.\n",
            "NPO Bureau",
            "NPO Bureau-registered",
        ),
    ],
)
def test_a_name_never_cuts_a_hyphened_word(lang: str, text: str, want: str, not_want: str) -> None:
    got = _surfaces(text, lang)
    assert want in got
    assert not_want not in got
