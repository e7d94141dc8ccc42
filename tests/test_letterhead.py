"""A text whose letterhead names its state in capitals (``UNION DES COMORES``,
``REPUBLIC OF MALI``) is of that state, whatever state it names more often: its
``Gouvernement`` / ``Government`` is that state, and a national body every state has
one of (``Police aux frontières``) is that state's (extract/_unlinked_owners.letterhead_state).
A state named in ordinary case, or further down, is no letterhead. Texts written for
these tests; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

_TAIL_FR = (
    "Les services concernés rendront compte de l'application de la présente circulaire "
    "avant la fin du mois.\n"
)
_TAIL_EN = "The services concerned shall report on this circular by the end of the month.\n"


def _names(text: str, lang: str) -> dict[str, str]:
    """Each mention's text -> its actor's name."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "government", "state"),
    [
        (
            "fr",
            "UNION DES COMORES\n\nMINISTÈRE DE L'INTÉRIEUR\n\nCIRCULAIRE\n\nLe Gouvernement a "
            "appris des transits vers le Mozambique, puis de nouveau vers le Mozambique et "
            "Madagascar. La Police aux frontières renforce ses contrôles.\n\n" + _TAIL_FR,
            "Gouvernement",
            "Comoros",
        ),
        (
            "en",
            "REPUBLIC OF MALI\n\nMINISTRY OF SECURITY\n\nCIRCULAR\n\nThe Government has learnt "
            "of transits towards Niger, then again towards Niger and Burkina Faso. The Police "
            "aux frontières shall strengthen its checks.\n\n" + _TAIL_EN,
            "Government",
            "Mali",
        ),
    ],
)
def test_the_letterhead_names_the_texts_state(
    lang: str, text: str, government: str, state: str
) -> None:
    names = _names(text, lang)
    assert names[government] == state
    assert names["Police aux frontières"] == f"Border Police ({state})"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "République du Mali\n\nCirculaire\n\nLa Police aux frontières renforce ses "
            "contrôles aux postes de la région.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "Republic of Mali\n\nCircular\n\nThe Police aux frontières shall strengthen its "
            "checks at the region's posts.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_a_state_in_ordinary_case_is_no_letterhead(lang: str, text: str) -> None:
    assert _names(text, lang)["Police aux frontières"] == "Border Police (France)"
