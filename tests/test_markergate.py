"""The marker gate (:mod:`ctdocs.layout._markergate`) turns away only lines that no shape of
the numbering grammar opens: ``find_marker`` reads the same marker with the gate as
without it, on hand-made rows and on every line of the seeds and test texts."""

from __future__ import annotations

import random

import pytest

from ctdocs.layout import _numbering
from ctdocs.layout._markergate import may_mark
from ctdocs.layout._numbering import _find_marker

from .conftest import SEEDS, TEXTS


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Article 5 – Champ d'application", "Article 5 - Scope"),
        ("TITRE II – DISPOSITIONS FINALES", "CHAPTER II – FINAL PROVISIONS"),
        ("12. Le Conseil rappelle", "12. The Council recalls"),
        ("3.1.2 Coopération", "3.1.2 Cooperation"),
        ("(a) les autorités", "(a) the authorities"),
        ("1° Le préfet", "(A) the Minister"),
        ("II. – L'arrêté", "IV. Conclusions"),
        ("§ 3 Définitions", "§ 594.201 Prohibited transactions"),
        ("- une mesure", "• a measure"),
        ("Question (2) : les garanties", "Issue (1): the scope"),
    ],
)
def test_a_line_a_shape_opens_passes_the_gate(fr: str, en: str) -> None:
    for line in (fr, en):
        assert may_mark(line), line
        assert _find_marker(line) is not None, line


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le Conseil de sécurité rappelle sa résolution", "The Security Council recalls"),
        ("La lutte contre le terrorisme exige", "Terrorism remains a threat"),
        ("Vu la résolution 1373 (2001)", "Having regard to resolution 1373 (2001)"),
        ("", "   "),
    ],
)
def test_running_text_is_turned_away(fr: str, en: str) -> None:
    for line in (fr, en):
        assert not may_mark(line), line
        assert _find_marker(line) is None, line


def _lines() -> list[str]:
    rng = random.Random(31)
    lines = [
        ln
        for p in [*SEEDS, *TEXTS]
        if p.suffix in (".txt", ".md")
        for ln in p.read_text(encoding="utf-8").splitlines()
    ]
    lines += [ln.strip().lstrip("#*> -") for ln in lines]
    alphabet = list("aAiIvVxX1290.()[]§°-–— :«\"'bcdeéSsTtRrPp\t")
    return lines + ["".join(rng.choices(alphabet, k=rng.randrange(0, 24))) for _ in range(20000)]


def test_the_gate_changes_no_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    gated = [_find_marker(ln) for ln in lines]
    monkeypatch.setattr(_numbering, "may_mark", lambda _text: True)
    assert [_find_marker(ln) for ln in lines] == gated
