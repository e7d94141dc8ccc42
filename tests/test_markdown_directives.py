"""A Markdown dialect's directives and comments alone on their line, French and English
side by side (src/ctdocs/normalise/_linekinds.py): DocFX's include ("[!include[…](…)]"),
Retype's button and badge ("[!ref …](…)", "[!badge …]") and the comment idiom of a link
reference that points nowhere ("[//]: # (…)") are the site's markup, never the text's
(guidelines, section 5: repository interface lines are noise). A bracketed note, a
footnote's reference line and a link inside a sentence stay the text's, and a plain
text is never read for Markdown's marks."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

HEAD = {
    "fr": "# Repérer les signaux de radicalisation\n\n",
    "en": "# Preventing diversion of explosives\n\n",
}
BODY = {
    "fr": "L'agent signale les faits ; l'évaluation appartient aux cellules spécialisées.\n",
    "en": "The stockpile manager shall record high-risk items as a distinct category.\n",
}
DIRECTIVES = {
    "fr": [
        "[//]: # (title: Fiche pédagogique FP-RAD-07)",
        '[commentaire]: <> "Relu par la cellule, mars 2026"',
        "[!include[Avertissement](../includes/avertissement.md)]",
        '[!ref icon="download" text="Télécharger la fiche (PDF)"](/static/fp-rad-07.pdf)',
    ],
    "en": [
        "[//]: # (auto-convert: true)",
        '[comment]: # "Reviewed by the board, March 2026"',
        "[!include[Disclaimer](../includes/disclaimer.md)]",
        '[!badge text="First edition"]',
    ],
}
# Lines of the same shape that are the text's: a bracketed note with a colon, a
# footnote's reference line with a real target, a bracketed word before a link.
TEXT_LINES = {
    "fr": [
        "[Note]: voir l'article 3 de la loi (alinéa 2).",
        "[1]: https://www.legifrance.gouv.fr/loda/id/JORFTEXT000043",
        "[!] Les agents ne procèdent à aucune fouille sans ordre écrit du chef de poste.",
    ],
    "en": [
        "[Editor]: see section 3 of the Act (subsection 2).",
        "[1]: https://www.legislation.gov.uk/ukpga/2000/11",
        "[!] Officers conduct no search without the written order of the duty officer.",
    ],
}


def _noise(text: str, markdown: bool = True) -> dict[str, bool]:
    """Each unit's text, and whether it was set aside."""
    return {u.text: u.noise is not None for u in segment(normalise(text, markdown=markdown))}


@pytest.mark.parametrize("k", [0, 1, 2, 3])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_directive_or_comment_line_is_markup(lang: str, k: int) -> None:
    line = DIRECTIVES[lang][k]
    got = _noise(HEAD[lang] + line + "\n\n" + BODY[lang])
    assert got[line] is True, got
    assert got[BODY[lang].strip()] is False


@pytest.mark.parametrize("k", [0, 1, 2])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bracketed_text_line_is_no_directive(lang: str, k: int) -> None:
    line = TEXT_LINES[lang][k]
    got = _noise(HEAD[lang] + line + "\n\n" + BODY[lang])
    assert got.get(line) is False, got


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plain_text_is_not_read_for_directives(lang: str) -> None:
    line = DIRECTIVES[lang][0]
    got = _noise(line + "\n\n" + BODY[lang], markdown=False)
    assert got.get(line) is False, got
