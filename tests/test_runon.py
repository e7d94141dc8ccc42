"""A title wrapped over blank lines is no menu (src/ctdocs/layout/_runon.py, read by
layout/_furniture.is_menu): its pieces stop on a function word and go on in lower case,
which a menu's items never do. Hand-written lines, French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._furniture import is_menu
from ctdocs.layout._runon import runs_on

TITLE = {
    "fr": ["Avis 7/2026", "sur la proposition de", "règlement relatif à la", "sûreté des sites"],
    "en": ["Opinion 7/2026", "on the proposal for a", "regulation on the use of", "drone data"],
}
MENU = {
    "fr": ["Accueil", "Actualités", "Publications", "Contact"],
    "en": ["Home", "News", "Publications", "Contact"],
}
# A menu whose items happen to open in lower case: none stops on a function word.
LOWER_MENU = {
    "fr": ["Accueil", "actualités", "publications", "contact"],
    "en": ["Home", "news", "publications", "contact"],
}


def gaps(items: list[str]) -> tuple[str, tuple[int, ...]]:
    """The items joined by one space, with a gap where each later one starts."""
    text, cuts = "", []
    for x in items:
        if text:
            text += " "
            cuts.append(len(text))
        text += x
    return text, tuple(cuts)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_wrapped_over_blank_lines_runs_on_and_is_no_menu(lang: str) -> None:
    assert runs_on(TITLE[lang]) is True
    assert is_menu(*gaps(TITLE[lang])) is False


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_menu_does_not_run_on_and_stays_a_menu(lang: str) -> None:
    assert runs_on(MENU[lang]) is False
    assert runs_on(LOWER_MENU[lang]) is False
    assert is_menu(*gaps(MENU[lang])) is True
    assert is_menu(*gaps(LOWER_MENU[lang])) is True
