"""Passes over a page's lines that do less work give the answers they gave: the clause
reader's markers remembered per unit once its setup is read (the whole document the same
with and without), and a plug under a page's boxes told by its length before its words are
searched; a caption's cue is still read on a line of one sentence (by hand, French and
English). The running lines' counts are tested by ``test_furniture_running``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs.layout._segment import segment
from ctdocs.layout._tailboxes import _sends_to_site
from ctdocs.normalise._text import normalise
from ctdocs.structure import _reportreading

from .conftest import SEEDS, TEXTS

_PARSED = [p for p in [*SEEDS, *TEXTS] if p.suffix in (".txt", ".md") and p.stem != "README"]


def _blocks(path: Path) -> str:
    return parse_document(path).model_dump_json()


@pytest.mark.parametrize("path", _PARSED[:8], ids=lambda p: p.name)
def test_remembered_markers_build_the_same_tree(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered = _blocks(path)
    monkeypatch.setattr(_reportreading._Reports, "remembering", lambda self: self.marker)
    assert _blocks(path) == remembered


_PROSE = {
    "fr": "Le Conseil invite les États membres à renforcer la coopération judiciaire.",
    "en": "The Council invites the Member States to strengthen judicial cooperation.",
}


@pytest.mark.parametrize(
    ("lang", "caption", "want"),
    [
        ("fr", "Photo : le ministre à Lyon, mars 2026.", "caption"),
        ("en", "Photo: the Minister in Lyon, March 2026.", "caption"),
        ("fr", "Photo : le ministre à Lyon. Il ouvre la réunion des chefs de service.", None),
        ("en", "Photo: the Minister in Lyon. He opens the meeting of the heads of service.", None),
    ],
)
def test_a_one_sentence_line_with_a_caption_cue_is_a_caption(
    lang: str, caption: str, want: str | None
) -> None:
    page = f"{_PROSE[lang]}\n\n{caption}\n\n{_PROSE[lang]} {_PROSE[lang]}"
    got = {u.text: u.noise for u in segment(normalise(page, markdown=False))}
    assert got[caption] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Retrouvez toutes nos publications sur www.interieur.gouv.fr", True),
        ("Find all our publications at www.gov.uk.", True),
        ("Les dossiers sont sur www.interieur.gouv.fr et les demandes doivent parvenir", False),
        (" ".join(["word"] * 25) + " www.example.org", False),  # 26 words: a paragraph
        (" ".join(["mot"] * 24) + " www.example.org", True),
    ],
)
def test_a_plug_sends_the_reader_to_a_site(text: str, want: bool) -> None:
    assert _sends_to_site(text) is want
