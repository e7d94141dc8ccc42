"""A site naming itself at both ends of its page (src/ctdocs/layout/_sitefooter.py): the
name alone on one of the first lines, and the last line opening with it as a sentence's
subject. Hand-written pages, French and English side by side, of publishers the corpora
do not hold; and the shapes that must stay the text's own.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

SITE = {"fr": "Portail du droit régional", "en": "Regional Law Portal"}
TITLE = {
    "fr": "Décret relatif à la protection des sites sensibles",
    "en": "Regulation on the protection of sensitive sites",
}
PROSE = {
    "fr": [
        "Article 1. Les exploitants des sites sensibles désignent un référent pour la sûreté.",
        "Article 2. Le référent transmet chaque année un rapport au préfet du département.",
        "Article 3. Le préfet peut prescrire des mesures complémentaires en cas de menace.",
        "Article 4. Le présent décret entre en vigueur le lendemain de sa publication.",
    ],
    "en": [
        "Section 1. Operators of sensitive sites shall appoint a security officer for each site.",
        "Section 2. The officer shall report every year to the regional security authority.",
        "Section 3. The authority may require further measures where the threat level rises.",
        "Section 4. This regulation comes into force on the day after its publication.",
    ],
}
FOOTER = {
    "fr": " est édité par le service de la documentation régionale. Mis à jour le 3 mai 2026.",
    "en": " is maintained by the Office of Regional Counsel. Page last updated: 3 May 2026.",
}


def reasons(lines: list[str]) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise("\n\n".join(lines), markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_last_line_opening_with_the_site_name_on_top_is_chrome(lang: str) -> None:
    """The footer goes; the name on top and the title under it stay open."""
    footer = SITE[lang] + FOOTER[lang]
    got = reasons([SITE[lang], TITLE[lang], *PROSE[lang], footer])
    assert got[footer] == "web-chrome"
    assert got[SITE[lang]] is None
    assert got[TITLE[lang]] is None
    assert all(got[p] is None for p in PROSE[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_naming_the_site_before_the_last_stays(lang: str) -> None:
    """The title opening a sentence of the text before its close is the text's own."""
    footer = SITE[lang] + FOOTER[lang]
    got = reasons([SITE[lang], TITLE[lang], footer, *PROSE[lang]])
    assert got[footer] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sentence_on_top_is_no_site_name(lang: str) -> None:
    """A head line that ends a sentence is the text's lead, whatever opens the last line."""
    head = SITE[lang] + "."
    footer = SITE[lang] + FOOTER[lang]
    got = reasons([head, TITLE[lang], *PROSE[lang], footer])
    assert got[footer] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_text_keeps_its_first_and_last_lines(lang: str) -> None:
    footer = SITE[lang] + FOOTER[lang]
    got = reasons([SITE[lang], PROSE[lang][0], footer])
    assert got[footer] is None
