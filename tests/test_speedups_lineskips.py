"""Per-line skips of the layout and structure stages give the answers of the tests they
skip: the table-row pattern tried only on a line opening on a bar (``scorable``), and the
bold number read only on a line with a bold span."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs._offsets import Span
from ctdocs.layout._linekeys import TABLE_ROW_RE, scorable
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import Line
from ctdocs.structure._blocks import bold_number

from .conftest import SEEDS, TEXTS


def _unit(text: str, bold: list[tuple[int, int]] | None = None) -> Unit:
    line = Line(0, len(text))
    if bold is not None:
        line.bold_spans.extend(Span(s, e) for s, e in bold)
    return Unit(0, len(text), text, line)


def _lines() -> list[str]:
    paths: list[Path] = [*SEEDS, *TEXTS]
    return [ln for p in paths for ln in p.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("| Pays | Montant |", "| Country | Amount |"),
        ("│ 14.│ Nom │", "│ 14.│ Name │"),
        (" | Pays | Montant |", " | Country | Amount |"),
        ("Pays | Montant", "Country | Amount"),
        ("", "|"),
    ],
)
def test_scorable_skips_only_the_table_rows(fr: str, en: str) -> None:
    for text in (fr, en):
        assert scorable(_unit(text)) is (TABLE_ROW_RE.match(text) is None), text


@pytest.mark.parametrize(
    ("fr", "en"),
    [("**4** (1) L'agent peut agir", "**4** (1) The officer may act")],
)
def test_bold_number_needs_a_bold_span(fr: str, en: str) -> None:
    for raw in (fr, en):
        text = raw.replace("**", "")
        assert bold_number(_unit(text), text) is None  # no bold span: no number
        m = bold_number(_unit(text, [(0, 1)]), text)
        assert m is not None and m.value == "4", text
