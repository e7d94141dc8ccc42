"""What a Markdown page writes and no renderer prints, French and English side by side
(``ctdocs.normalise._linekinds``: ``comment_block_offsets``, ``is_markup_line``,
``is_image_line``; ``ctdocs.normalise._text``).

A comment written over whole lines (HTML's ``<!--`` … ``-->``, Obsidian's and Quartz'
``%%`` … ``%%``), a pair of shortcodes with nothing between them and an image that is a
link's only content are the page's code: each of their lines is markup (kept as noise
with its span), and the text around them stays the text. A comment inside a line of
prose, one never closed, or one whose closing line goes on with words prints those
words: no line of it is markup. Expected lines are written from the raw texts by hand.
"""

from __future__ import annotations

import pytest

from ctdocs.normalise._linekinds import comment_block_offsets, is_image_line, is_markup_line
from ctdocs.normalise._text import NormalisedText, normalise


def _split(norm: NormalisedText) -> tuple[list[str], list[str]]:
    marked = [norm.text[ln.start : ln.end] for ln in norm.lines if ln.markup]
    text = [norm.text[ln.start : ln.end] for ln in norm.lines if not ln.markup]
    return marked, text


COMMENTS = {
    # a blog engine's metadata kept in a comment over the page (Nikola's shape)
    "en-metadata": (
        "<!--\n.. title: Closing the gaps in national law\n.. slug: brief-12\n"
        ".. date: 2026-03-02 09:30:00 UTC\n-->\n\n"
        "States Parties shall take the necessary measures to prohibit these activities.\n",
        [
            "<!--",
            ".. title: Closing the gaps in national law",
            ".. slug: brief-12",
            ".. date: 2026-03-02 09:30:00 UTC",
            "-->",
        ],
        ["States Parties shall take the necessary measures to prohibit these activities."],
    ),
    # an editor's note in a comment, its marks on the first and last lines' own words
    "fr-editor-note": (
        "Le plan est adopté pour cinq ans.\n\n"
        "<!-- relu par le service juridique le 4 mars ;\n"
        "ne pas publier l'annexe cartographique -->\n\n"
        "Les ministres en rendent compte chaque année.\n",
        [
            "<!-- relu par le service juridique le 4 mars ;",
            "ne pas publier l'annexe cartographique -->",
        ],
        ["Le plan est adopté pour cinq ans.", "Les ministres en rendent compte chaque année."],
    ),
    "fr-wiki-one-line": (
        "Le plan est adopté pour cinq ans.\n\n"
        "%% version relue par le comité éditorial – ne pas publier les cartes %%\n\n"
        "Les ministres en rendent compte chaque année.\n",
        ["%% version relue par le comité éditorial – ne pas publier les cartes %%"],
        ["Le plan est adopté pour cinq ans.", "Les ministres en rendent compte chaque année."],
    ),
    "en-wiki-block": (
        "The plan is adopted for five years.\n\n%%\nTODO: check the figures of Table 4\n"
        "with the statistics unit before release.\n%%\n\n"
        "Ministers report on it every year.\n",
        [
            "%%",
            "TODO: check the figures of Table 4",
            "with the statistics unit before release.",
            "%%",
        ],
        ["The plan is adopted for five years.", "Ministers report on it every year."],
    ),
}


@pytest.mark.parametrize("case", sorted(COMMENTS))
def test_a_comment_over_whole_lines_is_markup(case: str) -> None:
    """Each line of the comment is markup; the sentences around it are the text's."""
    raw, marked, text = COMMENTS[case]
    assert _split(normalise(raw, markdown=True)) == (marked, text)


@pytest.mark.parametrize(
    "raw",
    [
        "Le plan <!-- brouillon --> est adopté pour cinq ans.\n",
        "The plan <!-- draft --> is adopted for five years.\n",
        "<!-- début du brouillon\nLe plan est adopté pour cinq ans.\n"
        "Les ministres en rendent compte.\n",
        "<!-- start of the draft\nThe plan is adopted for five years.\nMinisters report on it.\n",
        "<!-- note\n--> Le plan est adopté pour cinq ans.\n",
        "<!-- note\n--> The plan is adopted for five years.\n",
        "Le taux atteint 12 %% en 2025.\n",
        "%% of the budget %% goes to prevention, the rest to policing.\n",
    ],
    ids=[
        "fr-inside-prose",
        "en-inside-prose",
        "fr-never-closed",
        "en-never-closed",
        "fr-words-after-close",
        "en-words-after-close",
        "fr-marks-in-prose",
        "en-words-after-wiki-close",
    ],
)
def test_no_comment_block_where_words_are_printed(raw: str) -> None:
    """A comment mark inside a line of prose, a comment never closed, or a closing line
    that goes on with words: the words are printed, no line is the page's code."""
    assert comment_block_offsets(raw) == frozenset()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plain_text_keeps_its_percent_lines(lang: str) -> None:
    """Only Markdown writes comments so: a plain text's line between "%%" marks stays."""
    line = {"fr": "%% note de l'éditeur %%", "en": "%% editor's note %%"}[lang]
    marked, _ = _split(normalise(f"{line}\n\nArticle 1\n", markdown=False))
    assert marked == []


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        (
            '{{% thumbnail "/images/rapport-couverture.png" alt="Couverture" %}}{{% /thumbnail %}}',
            True,
        ),
        ('{{< figure src="/img/cover.jpg" title="Cover" >}}{{< /figure >}}', True),
        ('{{% media url="https://vimeo.com/1" %}} {{% /media %}}', True),
        ('{{< abbr "ONU" >}}Organisation des Nations unies{{< /abbr >}}', False),
        ("{{% note %}}The plan is adopted for five years.{{% /note %}}", False),
    ],
    ids=["fr-pair", "en-pair", "en-pair-spaced", "fr-words-between", "en-words-between"],
)
def test_a_pair_of_shortcodes_with_nothing_between_is_markup(line: str, markup: bool) -> None:
    """A shortcode opened and closed on one line with no words between draws a picture
    or a player; words between them are printed, so the line is the text's."""
    assert is_markup_line(line) is markup


@pytest.mark.parametrize(
    ("line", "image"),
    [
        (
            "[![Logo du CPRMV](https://wiki.example.org/uploads/logo-cprmv.png)]"
            "(https://wiki.example.org/uploads/logo-cprmv-full.png)",
            True,
        ),
        ("[![ASEAN](https://example.org/img/logo.svg)](https://example.org/)", True),
        ("[![License: CC BY 4.0](https://img.shields.io/badge/CC-BY-4.0.svg)](LICENSE)", True),
        ("[Logo du CPRMV](https://wiki.example.org/uploads/logo-cprmv.png)", False),
        (
            "[![Carte](carte.png)](carte.png) Carte 1 : la frontière entre le Sénégal et le Mali",
            False,
        ),
        ("[![Map](map.png)](map.png) Map 1: the border between Senegal and Mali", False),
    ],
    ids=[
        "fr-logo",
        "en-logo-home",
        "en-badge",
        "fr-word-link",
        "fr-caption-after",
        "en-caption-after",
    ],
)
def test_an_image_that_is_a_links_only_content_is_an_image_line(line: str, image: bool) -> None:
    """The picture and its alt text are no words of the text (guidelines §5); a link of
    words, or an image followed by a caption's words, is not an image line."""
    assert is_image_line(line) is image


INSIDE = {
    # a comment between two lines of one clause: set aside, it would cut the clause in two
    "fr": (
        "1. Les États membres désignent une autorité compétente\n",
        "<!-- rédaction : vérifier\nle chiffre avec le ministère -->\n",
        "aux fins du présent règlement.\n",
    ),
    "en": (
        "1. Member States shall designate a competent authority\n",
        "%%\nreviewed by legal\n%%\n",
        "for the purposes of this Regulation.\n",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_comment_inside_a_paragraph_stays_the_paragraphs(lang: str) -> None:
    """Between two lines of one paragraph, a comment is left to the paragraph, as a
    one-line HTML comment is: the clause keeps its sentence whole."""
    above, comment, below = INSIDE[lang]
    assert comment_block_offsets(above + comment + below) == frozenset()
    norm = normalise(above + comment + below, markdown=True)
    assert _split(norm)[0] == []


@pytest.mark.parametrize("where", ["blank-both", "blank-above", "blank-below", "page-top"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_comment_with_a_blank_line_on_one_side_is_markup(lang: str, where: str) -> None:
    """The same comment with a blank line (or the page's edge) above or below it cuts no
    paragraph: each of its lines is markup, the lines around it are the text."""
    above, comment, below = INSIDE[lang]
    raw = {
        "blank-both": above + "\n" + comment + "\n" + below,
        "blank-above": above + "\n" + comment + below,
        "blank-below": above + comment + "\n" + below,
        "page-top": comment + below,
    }[where]
    marked, text = _split(normalise(raw, markdown=True))
    assert marked == comment.strip().split("\n")
    assert text == ([below.strip()] if where == "page-top" else [above.strip(), below.strip()])
