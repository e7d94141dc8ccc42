"""The ranker of the document's own date (ctdocs.extract._docrank) reads the rules' own
scoring pass (``_document.rule_scores``): where the pick is unsure, the hits are scored
once, not once for the rules and again for the ranker's features (guidelines §6 for the
dates; the README's speed rules: no work done twice per document).

The texts' only date is a page's update stamp, so the rules pick it and are unsure of it
(``unsure``): the ranker is asked. The stamp stays the date (read by hand: nothing else
dates the page)."""

from __future__ import annotations

from typing import Any

import pytest

from ctdocs import parse_text
from ctdocs.extract import _docrank, _document


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Rapport annuel\n\nMis à jour le 3 mars 2026\n\nLe texte du rapport suit.\n",
            "2026-03-03",
        ),
        (
            "Annual report\n\nLast updated 3 March 2026\n\nThe report's text follows.\n",
            "2026-03-03",
        ),
    ],
)
def test_an_unsure_pick_is_scored_once(
    monkeypatch: pytest.MonkeyPatch, text: str, own: str
) -> None:
    passes: list[int] = []  # _alone_values opens each scoring pass, once
    asked: list[int] = []
    alone_values, features = _document._alone_values, _docrank.features

    def counted(*args: Any) -> Any:
        passes.append(1)
        return alone_values(*args)

    def heard(*args: Any) -> Any:
        asked.append(1)
        return features(*args)

    monkeypatch.setattr(_document, "_alone_values", counted)
    monkeypatch.setattr(_docrank, "features", heard)
    doc = parse_text(text)
    assert doc.date is not None
    assert doc.date.value == own
    assert asked == [1]  # the ranker was heard
    assert passes == [1]  # and the hits were scored once
