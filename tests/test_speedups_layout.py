"""The layout stage's shared line views give the answers of the per-rule computations
they replace: a unit's word count and folded words (``Unit.words``, ``Unit.folded``),
and the keys cut from them (``unit_key``, ``_unit_line_key``) against the keys computed
from the text, on hand-made rows and on every line of the seeds and test texts."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from ctdocs.layout._boilerplate import _LINK_RE
from ctdocs.layout._linekeys import KEY_STRIP, key, unit_key
from ctdocs.layout._linekeys import has_pipes as _has_pipes
from ctdocs.layout._segment import _line_key, _unit_line_key
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import Line

from .conftest import SEEDS, TEXTS


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text, Line(0, len(text)))


def _same_views(text: str) -> None:
    u = _unit(text)
    assert u.words() == len(text.split()), text
    assert unit_key(u) == key(text), text
    assert _unit_line_key(u) == _line_key(text), text
    assert u.words() == len(text.split())  # asked again: the count kept


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Rapport d’activité de l’Office", "The Office’s Annual Report"),
        ("• Accueil •", "• Home •"),
        ("  - Sommaire :  ", "  - Contents :  "),
        ("STRASSE ß İSTANBUL ΣΟΦΊΑ ﬁn", "STRASSE ß İSTANBUL ΣΟΦΊΑ ﬁn"),  # folds that grow
        ("Partager\u00a0:\tFacebook  ’  Twitter", "Share\u00a0:\tFacebook  ’  Twitter"),
        ("*** # Titre # ***", "*** # Title # ***"),
        ("", " "),
    ],
)
def test_unit_views_equal_the_keys_of_the_text(fr: str, en: str) -> None:
    _same_views(fr)
    _same_views(en)


def test_unit_views_equal_the_keys_on_every_line_of_the_texts() -> None:
    for path in [*SEEDS, *TEXTS]:
        if path.suffix in (".txt", ".md"):
            for line in path.read_text(encoding="utf-8").splitlines():
                _same_views(line)


def test_case_folding_makes_no_mark_the_keys_strip_or_replace() -> None:
    """Why folding may come first (``unit_key``, ``_unit_line_key``): no character folds to
    a string holding a space, one of the stripped marks or a quote the line key replaces,
    and those fold to themselves."""
    marks = set(KEY_STRIP) | set(" .:;!?•-") | {"\u2019", "'"}
    assert all(m.casefold() == m for m in marks)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        folded = ch.casefold()
        if folded != ch:
            assert not marks & set(folded), hex(cp)


# The patterns the scorer's link and separator features searched each line with, tried
# at every character; the features now find the same lines from their few characters.
_LINK_PLAIN = re.compile(
    r"https?://|www\.|\w@\w|(?<=\w)\.(?:com|org|net|int|eu|fr|pdf|png|jpe?g|gif|html?|docx?)\b",
    re.IGNORECASE,
)
_PIPES_PLAIN = re.compile(r"\S\s*[|·•>\u203a»]\s*\S")


def _lines_and_pieces(alphabet: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = [ln for p in [*SEEDS, *TEXTS] if p.suffix in (".txt", ".md") for ln in _read(p)]
    return lines + ["".join(rng.choices(alphabet, k=rng.randrange(0, 10))) for _ in range(20000)]


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_link_feature_finds_the_lines_the_plain_pattern_finds() -> None:
    alphabet = ["http", "HTTPS", "\u017f", "www", "WWW", ".", ":", "//", "@", "a", " ", "com"]
    alphabet += ["ORG", "jpg", "jpeg", "HTM", "html", "x", "_", "1", "é", "-", "fr", "Fr"]
    for text in _lines_and_pieces(alphabet, 1):
        assert bool(_LINK_RE.search(text)) is bool(_LINK_PLAIN.search(text)), text


def test_pipes_feature_finds_the_lines_the_plain_pattern_finds() -> None:
    alphabet = ["|", "·", "•", ">", "\u203a", "»", " ", "\t", "\u00a0", "a", "\x85", "\u2028"]
    for text in _lines_and_pieces(alphabet, 2):
        assert _has_pipes(text) is bool(_PIPES_PLAIN.search(text)), repr(text)
