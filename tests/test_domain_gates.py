"""A piece drops the triggers tried everywhere whose needles lie outside its spans
(``_domain_gates``), and the tagger finds what it found without the gates: French and
English side by side, each trigger present in one piece of a document and not in the
other."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ctdocs.extract._domain_gates import Gates
from ctdocs.extract._domains import DocumentTagger, tag_text


@dataclass(frozen=True)
class _Trigger:
    cased: bool
    checks: tuple[tuple[str, ...], ...]


_DAT = _Trigger(True, (("DAT",),))  # a cased acronym, looked for in the folded text
_RD = _Trigger(False, (("r",), ("&",)))  # its rarest set ("&") is the gate

_DOCS = {
    "fr": "Le programme DAT est adopte.\nLa R & D finance les projets.\nLe Conseil decide.",
    "en": "The DAT programme is adopted.\nR & D funds the projects.\nThe Council decides.",
}


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_piece_without_the_needles_drops_the_trigger(lang: str) -> None:
    doc = _DOCS[lang]
    gates = Gates([_DAT, _RD], doc.lower(), doc)
    first, second, third = _lines(doc)
    assert gates.absent([first]) == {id(_RD)}  # DAT is there, "&" is not
    assert gates.absent([second]) == {id(_DAT)}
    assert gates.absent([third]) == {id(_DAT), id(_RD)}
    assert gates.absent([first, second]) == frozenset()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_needle_cut_by_the_span_end_is_not_inside(lang: str) -> None:
    doc = _DOCS[lang]
    at = doc.index("DAT")
    gates = Gates([_DAT], doc.lower(), doc)
    assert gates.absent([(0, at + 2)]) == {id(_DAT)}
    assert gates.absent([(at, at + 3)]) == frozenset()


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (("semaine des ",), ("week of",)),  # white space: may cross a join
        (("sécurité",), ("naïve",)),  # not ASCII: folding may change it
    ],
)
def test_a_needle_set_that_is_not_plain_is_not_a_gate(
    fr: tuple[str, ...], en: tuple[str, ...]
) -> None:
    for needles in (fr, en):
        trigger = _Trigger(False, (needles,))
        assert Gates([trigger], "no needle here", "no needle here").gated == frozenset()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_tagger_finds_what_each_piece_alone_finds(lang: str) -> None:
    doc = _DOCS[lang] + "\n" + _DOCS[lang].replace("DAT", "DEEP")
    tagger = DocumentTagger(doc)
    spans = _lines(doc)
    assert tagger.tag_spans(lang, [spans[0]])  # the DAT programme: a strong trigger
    for span in spans:
        s, e = span
        assert tagger.tag_spans(lang, [span]) == tag_text(doc[s:e], lang)
    pair = [spans[0], spans[2]]
    joined = "\n".join(doc[s:e] for s, e in pair)
    assert tagger.tag_spans(lang, pair) == tag_text(joined, lang)
