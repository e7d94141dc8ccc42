"""Paragraph numbers in parentheses that run across a text's markup headings (a judgment's
``(1)`` … ``(6)`` under ``## The judgment`` and ``## Legal starting point``) are numbered
paragraphs, cited ``1`` … ``6`` as ``[1]`` or ``1.`` are (heldout23/24 gold); the same
numbers under one heading and no other (a preamble's recitals) stay ``(1)`` … (guidelines
§1a: EU recitals).

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

_PARAS = {
    "fr": [
        "L'affaire concerne la peine pour participation à une organisation terroriste.",
        "A s'est rendue en Syrie en 2014 et y est restée cinq ans.",
        "Le tribunal de district l'a condamnée en mars 2031.",
        "Le ministère public a fait appel de la peine.",
        "La peine prévue par la loi va jusqu'à six ans.",
        "La Cour a déjà jugé une affaire semblable en 2029.",
    ],
    "en": [
        "The case concerns the sentence for participation in a terrorist organisation.",
        "A travelled to Syria in 2014 and stayed there for five years.",
        "The District Court sentenced her in March 2031.",
        "The prosecution has appealed against the sentence.",
        "The sentence provided by the Act is up to six years.",
        "The Court has already decided a similar case in 2029.",
    ],
}
_HEADS = {"fr": ("Les faits", "Le cadre juridique"), "en": ("Background", "Legal framework")}
_TITLES = {"fr": "Arrêt HR-2031-1 de la Cour suprême", "en": "Supreme Court ruling HR-2031-1"}
_INGRESS = {
    "fr": "La Cour suprême a statué sur la peine le 3 mars 2031.",
    "en": "The Supreme Court ruled on the sentence on 3 March 2031.",
}


def _text(lang: str, *, crossed: bool) -> str:
    first, second = _HEADS[lang]
    lines = [f"# {_TITLES[lang]}\n\n{_INGRESS[lang]}\n\n## {first}\n"]
    for i, para in enumerate(_PARAS[lang], start=1):
        if crossed and i == 5:
            lines.append(f"## {second}\n")
        lines.append(f"({i}) {para}\n")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parenthesised_paragraphs_across_headings_are_numbered(lang: str) -> None:
    doc = parse_text(_text(lang, crossed=True), language=lang)  # type: ignore[arg-type]
    first, second = _HEADS[lang]
    assert {c.number: c.section for c in doc.clauses()} == {
        **dict.fromkeys(["1", "2", "3", "4"], first),
        **dict.fromkeys(["5", "6"], second),
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parenthesised_paragraphs_under_one_heading_stay_in_parentheses(lang: str) -> None:
    doc = parse_text(_text(lang, crossed=False), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [f"({i})" for i in range(1, 7)]
