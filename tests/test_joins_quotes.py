"""A quotation closing a sentence at the end of a hard-wrapped line (src/ctdocs/normalise/
_joins.py), French and English side by side: an order quotes the sentence it imposes, the
quotation's full stop inside its closing mark, and the next numbered line ("4  The
sentence is antedated …") opens an item of its own, however far the quoted line fills
the width. A line filled to the width that ends inside a sentence still goes on."""

from __future__ import annotations

import pytest

from ctdocs.normalise._text import normalise

# Lines of a plain-text judgment wrapped near 78 characters (the width _width_of finds).
WRAPPED = {
    "fr": [
        "1  L'appel du premier appelant contre la déclaration de culpabilité est rejeté",
        "   dans son ensemble et sans frais pour aucune des parties à la présente cause.",
        "2  L'appel de la seconde appelante est accueilli et sa déclaration de culpabilité",
        "   ainsi que la peine prononcée contre elle sont annulées par la présente Cour.",
        "3  L'appel du premier appelant contre la peine est accueilli dans la mesure où",
        "   la peine de 15 ans d'emprisonnement est remplacée par la peine suivante :",
        "   “L'accusé est condamné à 12 ans d'emprisonnement, dont 2 ans avec sursis",
        "   pendant 5 ans, à condition que l'accusé ne soit pas condamné pour une",
        "   infraction à la loi commise pendant toute la durée de la période de sursis.”",
    ],
    "en": [
        "1  The appeal of the first appellant against conviction is dismissed in its",
        "   entirety, and no order is made as to the costs of the appeal in this Court.",
        "2  The appeal of the second appellant is upheld and her conviction and sentence",
        "   are set aside, and the order of the court of first instance is replaced.",
        "3  The appeal of the first appellant against sentence succeeds to the extent",
        "   that the sentence of 15 years' imprisonment is replaced with the following:",
        "   'The accused is sentenced to 12 years' imprisonment, of which 2 years are",
        "   suspended for 5 years on condition that the accused is not convicted of an",
        "   offence under the POCDATARA Act committed during the period of suspension.'",
    ],
}
NEXT = {
    "fr": "4  La peine prend effet rétroactivement à compter du 14 mars 2025.",
    "en": "4  The sentence is antedated to 14 March 2025.",
}
OPENS = {"fr": "4 La peine prend effet", "en": "4 The sentence is antedated"}


def _lines(lang: str, last: str | None = None) -> list[str]:
    lines = list(WRAPPED[lang])
    if last is not None:
        lines[-1] = last
    text = normalise("\n".join([*lines, NEXT[lang]]) + "\n", markdown=False).text
    return text.split("\n")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_line_after_a_closed_quotation_opens_a_line(lang: str) -> None:
    lines = _lines(lang)
    assert any(line.startswith(OPENS[lang]) for line in lines)
    quoted = [line for line in lines if line.startswith(("“L'accusé", "'The accused"))]
    assert len(quoted) == 1 and quoted[0].endswith(("sursis.”", "suspension.'"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_filled_line_inside_a_sentence_still_goes_on(lang: str) -> None:
    """Without the closing quotation the filled line ends inside a sentence ("… during
    the period of" over "4  The …"): a hard-wrapped copy goes on as before."""
    last = {
        "fr": "   infraction à la loi commise pendant toute la durée de la période de",
        "en": "   offence under the POCDATARA Act committed during the whole period of",
    }[lang]
    lines = _lines(lang, last)
    assert not any(line.startswith(OPENS[lang]) for line in lines)
    assert any(line.endswith(NEXT[lang].replace("  ", " ")) for line in lines)
