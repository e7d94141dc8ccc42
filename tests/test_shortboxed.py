"""A short open line boxed by noise, French and English side by side
(src/ctdocs/layout/_shortboxed.py): a short, unnumbered line that closes no sentence,
with set-aside lines right above and right below, is set aside with the reason of the
line above; a sentence, a numbered line, a line with a figure, in capitals or a
labelled field, two open lines in one box, a line framed by rules or with open text on
one side, the text's first open line (a web page's title between its menu and its
record) and a line the head rules protect stay open. The text's last open line, short
and followed by noise only, is the first link of the page's foot and is set aside with
the reason below it; a name, a lead-in, a signatory under a place and a date, a
sentence or a protected line stays."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._shortboxed import mark_short_boxed
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

TITLE = {
    "fr": "Le Conseil renforce la lutte contre le terrorisme",
    "en": "The Council steps up the fight against terrorism",
}
ABOVE = {"fr": "Accueil | Actualités | Contact", "en": "Home | News | Contact"}
BELOW = {"fr": "Publié le 12 mars 2026", "en": "Published on 12 March 2026"}
SHORT = {
    "fr": ["Service de presse", "Sécurité des frontières", "Paris, France"],
    "en": ["Press office", "Border security", "Paris, France"],
}
SENTENCE = {
    "fr": "Le Conseil a adopté la décision.",
    "en": "The Council adopted the decision.",
}
NUMBERED = {"fr": "1. Dispositions générales", "en": "1. General provisions"}
# The text's own shapes: a figure, capitals, a labelled field.
OWN = {
    "fr": ["Loi de finances 2026", "PREMIER MINISTRE", "Signé : M. Dupont"],
    "en": ["Finance Act 2026", "PRIME MINISTER", "Signed: Mr Smith"],
}


def _boxed(
    lines: list[str],
    lang: str,
    above: str | None = "navigation",
    below: str | None = "metadata",
    *,
    title: bool = True,
    protect: bool = False,
) -> list[Unit]:
    """``lines`` between a line set aside as ``above`` and one set aside as ``below``,
    under the page's open title (or with no open line before them), over an open
    sentence (the text goes on: the page's end is not in the box)."""
    head = [TITLE[lang]] if title else []
    text = "\n".join([*head, ABOVE[lang], *lines, BELOW[lang], SENTENCE[lang]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[len(head)].noise = above
    units[-2].noise = below
    mark_short_boxed(units, lambda u: protect)
    return units[len(head) + 1 : -2]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_short_line_boxed_by_noise_is_noise(lang: str, k: int) -> None:
    assert [u.noise for u in _boxed([SHORT[lang][k]], lang)] == ["navigation"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("n", [2, 3])
def test_two_open_lines_in_a_box_stay(lang: str, n: int) -> None:
    assert [u.noise for u in _boxed(SHORT[lang][:n], lang)] == [None] * n


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("which", ["sentence", "numbered"])
def test_a_sentence_or_a_numbered_line_stays(lang: str, which: str) -> None:
    line = SENTENCE[lang] if which == "sentence" else NUMBERED[lang]
    assert [u.noise for u in _boxed([line], lang)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("above", "below"), [("markup", "markup"), (None, "metadata"), ("navigation", None)]
)
def test_rules_or_open_text_do_not_box(lang: str, above: str | None, below: str | None) -> None:
    assert [u.noise for u in _boxed(SHORT[lang][:1], lang, above, below)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_figure_capitals_or_a_field_stay(lang: str, k: int) -> None:
    assert [u.noise for u in _boxed([OWN[lang][k]], lang)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("title", "protect"), [(False, False), (True, True)])
def test_the_first_open_line_or_a_protected_line_stays(
    lang: str, title: bool, protect: bool
) -> None:
    inner = _boxed([SHORT[lang][0]], lang, title=title, protect=protect)
    assert [u.noise for u in inner] == [None]


# The text's end: a foot's first link, and the text's own closing lines.
LINK = {
    "fr": ["Retour à la liste des documents", "Publications similaires"],
    "en": ["Back to the list of documents", "Search for related information by keyword"],
}
CLOSING = {
    "fr": [
        "Marie-Claire Dupont",
        "Procureur de la République antiterroriste",
        "Ont signé :",
        "Président",
        "Le Conseil a adopté la décision.",
    ],
    "en": [
        "John Smith-Jones",
        "Director of Public Prosecutions",
        "Signed by:",
        "President",
        "The Council adopted the decision.",
    ],
}
PLACE_DATE = {"fr": "Fait à Abidjan, le 15 octobre 2026", "en": "Done at London, 15 October 2026"}
SIGNATORY = {"fr": "Les participants", "en": "The participants"}
FOOT = {"fr": "Partager : Facebook X LinkedIn", "en": "Share: Facebook X LinkedIn"}


def _ending(
    lines: list[str],
    lang: str,
    *,
    foot: bool = True,
    protect: bool = False,
    reason: str = "web-chrome",
) -> list[Unit]:
    """The page's title and a sentence of its text, then ``lines`` open, then (with
    ``foot``) one line set aside as ``reason``: the units of ``lines``."""
    tail = [FOOT[lang]] if foot else []
    text = "\n".join([TITLE[lang], SENTENCE[lang], *lines, *tail]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    if foot:
        units[-1].noise = reason
    mark_short_boxed(units, lambda u: protect)
    return units[2 : 2 + len(lines)]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1])
@pytest.mark.parametrize(("foot", "reason"), [(True, "web-chrome"), (False, None)])
def test_the_last_open_line_over_the_foot_is_the_foot(
    lang: str, k: int, foot: bool, reason: str | None
) -> None:
    """Over a foot set aside, the link goes with it; a text cut short ends on it."""
    assert [u.noise for u in _ending([LINK[lang][k]], lang, foot=foot)] == [reason]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_the_last_open_line_goes(lang: str) -> None:
    units = _ending([LINK[lang][0], LINK[lang][1]], lang)
    assert [u.noise for u in units] == [None, "web-chrome"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2, 3, 4])
def test_a_name_an_office_a_lead_in_or_a_sentence_ends_the_text(lang: str, k: int) -> None:
    assert [u.noise for u in _ending([CLOSING[lang][k]], lang)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signatory_under_a_place_and_date_stays(lang: str) -> None:
    units = _ending([PLACE_DATE[lang], SIGNATORY[lang]], lang)
    assert [u.noise for u in units] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_protected_last_line_stays(lang: str) -> None:
    assert [u.noise for u in _ending([LINK[lang][0]], lang, protect=True)] == [None]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("reason", ["page-footer", "page-number", "markup"])
def test_a_running_foot_or_a_rule_is_no_web_foot(lang: str, reason: str) -> None:
    """A paged copy cut short on a heading over its running foot keeps the heading."""
    assert [u.noise for u in _ending([LINK[lang][1]], lang, reason=reason)] == [None]
