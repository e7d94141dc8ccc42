"""An editor's or a keeper's note on the copy (src/ctdocs/layout/_editnotes.py), and the
italic line mark it reads (src/ctdocs/normalise/_text.py). Hand-written pages, French and
English side by side: numbered clauses, with a note before the first or after the last;
the note goes by its place, its wording about the copy and its emphasis, and the same
words between two clauses, or a sentence with no word about the copy, stay.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

from .test_copynote import reasons

TITLE = {
    "fr": "Règlement relatif à la sûreté des installations portuaires",
    "en": "Regulation on the security of port facilities",
}
CLAUSES = {
    "fr": (
        "Article 1. Les exploitants des installations portuaires désignent un agent de sûreté.",
        "Article 2. L'agent de sûreté tient un registre des incidents signalés au port.",
    ),
    "en": (
        "Section 1. Operators of port facilities shall appoint a security officer.",
        "Section 2. The security officer shall keep a register of incidents reported at the port.",
    ),
}
# in italics, one word about the copy (a transcription, a translation)
ITALIC_NOTE = {
    "fr": "*Cette transcription a été établie par nos soins à partir du fichier reçu en mars.*",
    "en": "*This transcription was prepared by our volunteers from the file received in March.*",
}
# plain, opened by a note's label
LABELLED = {
    "fr": "Note de la rédaction : les intertitres entre crochets sont les nôtres.",
    "en": "Editor's note: headings in square brackets are ours.",
}
# plain, two words about the copy in one sentence
PLAIN_NOTE = {
    "fr": "Le texte ci-dessous est une traduction établie par le secrétariat pour information.",
    "en": "The text below is a translation prepared by the secretariat for information.",
}
# italic, but no word about the copy: the document's own closing line
ITALIC_PROSE = {
    "fr": "*Les exploitants sont invités à signaler tout incident sans délai au port.*",
    "en": "*Operators are invited to report every incident to the port without delay.*",
}


def plain(line: str) -> str:
    return line.strip("*")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_italic_note_before_the_first_clause_is_boilerplate(lang: str) -> None:
    got = reasons([TITLE[lang], ITALIC_NOTE[lang], *CLAUSES[lang]])
    assert got[plain(ITALIC_NOTE[lang])] == "boilerplate"
    assert got[TITLE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("note", [LABELLED, PLAIN_NOTE])
def test_a_labelled_or_two_word_note_after_the_last_clause_is_boilerplate(
    lang: str, note: dict[str, str]
) -> None:
    got = reasons([TITLE[lang], *CLAUSES[lang], note[lang]])
    assert got[note[lang]] == "boilerplate"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_note_between_two_clauses_stays(lang: str) -> None:
    """Inside the document's numbered span a paragraph is the document's, whatever it says."""
    first, second = CLAUSES[lang]
    got = reasons([TITLE[lang], first, ITALIC_NOTE[lang], PLAIN_NOTE[lang], second])
    assert got[plain(ITALIC_NOTE[lang])] is None
    assert got[PLAIN_NOTE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_italics_without_a_word_about_the_copy_stay(lang: str) -> None:
    got = reasons([TITLE[lang], *CLAUSES[lang], ITALIC_PROSE[lang]])
    assert got[plain(ITALIC_PROSE[lang])] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_plain_word_about_the_copy_is_not_enough(lang: str) -> None:
    """Without italics or a label, one copy word ("translation") is a sentence's word."""
    line = {
        "fr": "La traduction des consignes est affichée dans chaque installation du port.",
        "en": "A translation of the instructions is posted in every facility of the port.",
    }[lang]
    got = reasons([TITLE[lang], *CLAUSES[lang], line])
    assert got[line] is None


@pytest.mark.parametrize(
    ("line", "italic"),
    [
        ("*Note de la rédaction : texte reproduit.*", True),
        ("*Editor's note: text reproduced.*", True),
        ("_Copie de travail._", True),
        ("<em>Unofficial translation.</em>", True),
        ("Une phrase avec *un mot* en italique.", False),
        ("A sentence with *one word* in italics.", False),
        ("**Texte en gras**", False),
        ("* A bullet item", False),
    ],
)
def test_the_italic_line_mark(line: str, italic: bool) -> None:
    """A line wholly in one emphasis span is marked; a span inside a line, bold, or a
    bullet's star is not."""
    norm = normalise(line, markdown=True)
    assert norm.lines[0].italic is italic


RECORD = {  # a site generator's record as plain "Key: value" lines, no fences
    "fr": [
        "Titre : Note sur la sûreté portuaire",
        "Date: 2026-10-15",
        "Slug: note-surete",
        "Tags: ports, sûreté",
        "Statut: publié",
    ],
    "en": [
        "Title: A note on port security",
        "Date: 2026-10-15",
        "Slug: port-security-note",
        "Tags: ports, security",
        "Status: published",
    ],
}
MEMO = {  # a memo's own head: record-like, but no field only a site writes
    "fr": [
        "Titre : Note sur la sûreté portuaire",
        "Date : 15 octobre 2026",
        "Auteur : Direction des ports",
    ],
    "en": [
        "Title: A note on port security",
        "Date: 15 October 2026",
        "Author: Directorate of Ports",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unfenced_site_record_on_top_is_markup(lang: str) -> None:
    norm = normalise(
        "\n".join([*RECORD[lang], "", TITLE[lang], "", CLAUSES[lang][0]]), markdown=True
    )
    marks = {norm.text[ln.start : ln.end]: ln.markup for ln in norm.lines}
    for field in RECORD[lang]:
        assert marks[field] is True, field
    assert marks[TITLE[lang]] is False


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_memo_head_is_no_site_record(lang: str) -> None:
    norm = normalise("\n".join([*MEMO[lang], "", TITLE[lang]]), markdown=True)
    assert not any(ln.markup for ln in norm.lines)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "This unofficial translation was transcribed from the printed edition.", 4),
        ("fr", "Cette traduction non officielle a été saisie à partir du texte imprimé.", 3),
        ("en", "The Committee met twice and adopted its report on border control.", 0),
        ("fr", "Le Comité s'est réuni deux fois et a adopté son rapport sur les frontières.", 0),
    ],
)
def test_the_copy_words_needles_skip_only_lines_without_any(
    lang: str, text: str, want: int
) -> None:
    """The needles' prefilter gives the count the copy words' union gives alone: the
    distinct copy words of the note (``unofficial``, ``translation``, ``transcribed``,
    ``printed edition``; ``traduction``, ``non officielle``, ``saisie à partir``), none in
    the minutes."""
    from ctdocs.layout._editnotes import _copy_words, _cues

    words = _cues()[1]
    assert words is not None
    plain = len({m.group().casefold() for m in words.finditer(text)})
    assert (_copy_words(text), plain) == (want, want), lang


# A decision's closing formula, which names the languages of its texts and which is
# authentic, under its last numbered line and over its place and date: the document's own
# close (layout.toml's signature lines), not an editor's note on a translation.
CLOSING = {
    "fr": [
        "1. La Chambre rejette l'appel et confirme la décision attaquée dans toutes ses parties.",
        "2. Les frais de la procédure sont laissés à la charge de l'État.",
        "",
        "Fait en anglais, arabe et français, la version anglaise faisant foi.",
        "Leidschendam (Pays-Bas), le 9 mai 2012",
    ],
    "en": [
        "1. The Chamber dismisses the appeal and upholds the impugned decision in all respects.",
        "2. The costs of the proceedings are borne by the State.",
        "",
        "Done in Arabic, English and French, the English version being authoritative.",
        "Leidschendam (Netherlands), 9 May 2012",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_closing_formula_naming_the_authentic_text_stays(lang: str) -> None:
    units = segment(normalise("\n".join(CLOSING[lang]), markdown=False))
    got = {u.text: u.noise for u in units}
    assert got[CLOSING[lang][3]] is None
