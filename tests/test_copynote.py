"""A repository copy's note on itself (src/ctdocs/layout/_copynote.py): the blockquote
that stands under a front matter's record and the site's back link, before the document's
first line; and one quote, one verdict (``mark_quote_boxes``). Hand-written copies, French
and English side by side, worded so that no notice
or chrome cue reads them: the note goes by its place alone; the same blockquote on a page
without front matter, or after the document's first line, is left as it was.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

FRONT = ["---", 'titre: "Décret sur les ports"', "date: 2026-03-02", "---"]
BACK = "[← Retour à l'index](../index.md) · [Historique](../historique.md)"
NOTE = {  # a keeper's words on the copy, wrapped over two quoted lines
    "fr": (
        "> Copie de travail de la cellule documentation, tirée du fichier reçu en mars.",
        "> Les tableaux annexés ne sont pas repris ici.",
    ),
    "en": (
        "> Working copy kept by the documentation unit, taken from the file received in March.",
        "> The annexed tables are left out here.",
    ),
}
TITLE = {
    "fr": "Décret relatif à la sûreté des installations portuaires",
    "en": "Regulation on the security of port facilities",
}
PROSE = {
    "fr": "Article 1. Les exploitants des installations portuaires désignent un agent de sûreté.",
    "en": "Section 1. Operators of port facilities shall appoint a security officer.",
}


def reasons(lines: list[str]) -> dict[str, str | None]:
    units = segment(normalise("\n\n".join(lines), markdown=True))
    return {u.text: u.noise for u in units}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_note_under_the_record_is_boilerplate(lang: str) -> None:
    """Front matter, a back link, then the two quoted lines: both go, the title and the
    text under them stay."""
    got = reasons([*FRONT, BACK, *NOTE[lang], TITLE[lang], PROSE[lang]])
    for line in NOTE[lang]:
        assert got[line] == "boilerplate", line
    assert got[TITLE[lang]] is None
    assert got[PROSE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_front_matter_no_note(lang: str) -> None:
    """The same quote on a page with no record on top is the notice rules' to read: its
    place alone says nothing here."""
    got = reasons([BACK, *NOTE[lang], TITLE[lang], PROSE[lang]])
    for line in NOTE[lang]:
        assert got[line] is None, line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quote_after_the_first_line_is_the_texts(lang: str) -> None:
    """Once the document has begun (its title), a quote is its own: a summary box."""
    got = reasons([*FRONT, BACK, TITLE[lang], *NOTE[lang], PROSE[lang]])
    for line in NOTE[lang]:
        assert got[line] is None, line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_note_ends_with_the_quote(lang: str) -> None:
    """Only the quoted run goes: an unquoted line right under it opens the document."""
    got = reasons([*FRONT, NOTE[lang][0], PROSE[lang], NOTE[lang][1]])
    assert got[NOTE[lang][0]] == "boilerplate"
    assert got[PROSE[lang]] is None
    assert got[NOTE[lang][1]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_set_in_a_quote_stays(lang: str) -> None:
    """A quote under the record that ends no sentence is the document's title in a quote:
    no keeper's note, left to the title rules."""
    quoted = f"> {TITLE[lang]}"
    got = reasons([*FRONT, quoted, PROSE[lang]])
    assert got[quoted] is None


BOXED = {  # a note opening on its cue, wrapped over a quoted line that names none
    "fr": (
        "> À propos de cette copie : transcrite par la bibliothèque à partir de "
        "l'original numérisé.",
        "> Les sauts de page ne sont pas indiqués. Consultez le journal officiel.",
    ),
    "en": (
        "> About this copy: transcribed by the Sahel Policy Library from the scanned original.",
        "> Page breaks are not marked. Consult the official gazette for the authentic text.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_quote_one_verdict(lang: str) -> None:
    """The quote's first line set aside by its cue takes the quoted line under it along,
    on a page without front matter; the title and the text below stay."""
    got = reasons([*BOXED[lang], TITLE[lang], PROSE[lang]])
    first, rest = BOXED[lang]
    assert got[first] is not None
    assert got[rest] == got[first]
    assert got[TITLE[lang]] is None
    assert got[PROSE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_open_quote_stays_open(lang: str) -> None:
    """A quote whose first line no rule sets aside (the text's own quotation) keeps every
    line: the box takes its verdict from its first line only."""
    got = reasons([TITLE[lang], PROSE[lang], *NOTE[lang]])
    for line in NOTE[lang]:
        assert got[line] is None, line


INTRO = {
    "fr": "La circulaire ci-dessous est reproduite intégralement.",
    "en": "The circular below is reproduced in full.",
}
STAMPED = {  # a circular quoted whole under the page's update stamp
    "fr": (
        "> Dernière mise à jour : 12 mars 2026",
        "> Le ministre demande aux préfets de réexaminer les plans de sécurité avant le "
        "1er juin 2026.",
        "> La présente circulaire entre en vigueur le jour de sa publication.",
    ),
    "en": (
        "> Last updated: 12 March 2026",
        "> The Minister instructs all prefects to review the security plans before 1 June 2026.",
        "> This circular enters into force on the day of its publication.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_stamp_on_a_quote_leaves_the_quote(lang: str) -> None:
    """An update stamp set aside on a quote's first line is no keeper's note: the
    circular quoted under it is the document's text (guidelines §5: the stamp is noise,
    the quoted text is body)."""
    got = reasons([TITLE[lang], INTRO[lang], *STAMPED[lang]])
    assert got[STAMPED[lang][0]] is not None
    for line in STAMPED[lang][1:]:
        assert got[line] is None, line
