"""A short open line boxed by noise, French and English side by side
(src/ctdocs/layout/_shortboxed.py): a short, unnumbered line that closes no sentence,
with set-aside lines right above and right below, is set aside with the reason of the
line above; a sentence, a numbered line, a line with a figure, in capitals or a
labelled field, two open lines in one box, a line framed by rules or with open text on
one side, the text's first open line (a web page's title between its menu and its
record) and a line the head rules protect stay open."""

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
    under the page's open title (or with no open line before them)."""
    head = [TITLE[lang]] if title else []
    text = "\n".join([*head, ABOVE[lang], *lines, BELOW[lang]]) + "\n"
    units = segment(normalise(text, markdown=False))
    for u in units:
        u.noise = None
    units[len(head)].noise = above
    units[-1].noise = below
    mark_short_boxed(units, lambda u: protect)
    return units[len(head) + 1 : -1]


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
