"""Chrome words of new publishers (``layout.toml`` ``chrome``): a consent box's buttons
with the verb last or alone, and a breadcrumb opened by its label whose last item is the
page's long title (``is_menu`` wants short items only)."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

_PROSE = {
    "fr": "Le Conseil adopte les mesures suivantes afin de renforcer la sécurité des sites "
    "sensibles contre les menaces terroristes.",
    "en": "The Council adopts the following measures in order to strengthen the security of "
    "sensitive sites against terrorist threats.",
}


def _noise(lines: list[str], lang: str) -> dict[str, str | None]:
    text = "\n\n".join([*lines, _PROSE[lang]])
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize(
    ("lang", "buttons"),
    [
        ("fr", ["Tout accepter", "Tout refuser", "Personnaliser"]),
        ("en", ["Reject all", "Customise my choices"]),
    ],
)
def test_consent_buttons_are_chrome(lang: str, buttons: list[str]) -> None:
    got = _noise(buttons, lang)
    assert [got[b] for b in buttons] == ["web-chrome"] * len(buttons)
    assert got[_PROSE[lang]] is None


@pytest.mark.parametrize(
    ("lang", "crumb"),
    [
        (
            "fr",
            "Vous êtes ici : Accueil / Décisions de justice / Jurisprudence / CNDA, grande "
            "formation, 14 avril 2026, M. K., n° 25031876 C+",
        ),
        (
            "en",
            "You are here: Home / Judgments / Case law / Court of Appeal, full bench, 14 April "
            "2026, Mr K., No 25031876",
        ),
    ],
)
def test_labelled_breadcrumb_with_a_long_last_item_is_chrome(lang: str, crumb: str) -> None:
    assert _noise([crumb], lang)[crumb] == "web-chrome"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Tout accepter les conditions du contrat est une obligation."),
        ("en", "Reject all applications that arrive after the deadline."),
    ],
)
def test_a_sentence_with_the_buttons_words_is_no_chrome(lang: str, line: str) -> None:
    assert _noise([line], lang)[line] is None
