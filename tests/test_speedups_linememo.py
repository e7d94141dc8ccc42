"""The per-document line memo (:mod:`ctdocs._linememo`): made when a parse begins, dropped
when it ends, and the parse with it is the parse without it. The classifiers that keep an
answer in it (:func:`ctdocs.layout._numbering.find_marker`,
:func:`ctdocs.structure._titlelines.line_features`) answer as they do outside a parse.
French and English rows side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

import ctdocs.layout._numbering as numbering
import ctdocs.structure._titlelines as titlelines
from ctdocs import parse_document, parse_text
from ctdocs._linememo import LineMemo, current_memo, document_memo
from ctdocs.layout._numbering import find_marker
from ctdocs.structure._titlelines import line_features

_TESTS = Path(__file__).parent


def test_memo_lives_for_one_parse() -> None:
    assert current_memo() is None
    with document_memo() as memo:
        assert current_memo() is memo
        with document_memo() as inner:  # a parse inside another's gets its own
            assert current_memo() is inner and inner is not memo
        assert current_memo() is memo
    assert current_memo() is None


def test_memo_is_dropped_when_the_parse_raises() -> None:
    with pytest.raises(ValueError), document_memo():
        raise ValueError
    assert current_memo() is None


def test_parse_fills_a_memo_and_lets_it_go(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[LineMemo] = []
    real = numbering._line_marker

    def spy(text: str, heading: bool, gap: bool) -> numbering.Marker | None:
        memo = current_memo()
        assert memo is not None
        seen.append(memo)
        return real(text, heading, gap)

    monkeypatch.setattr(numbering, "_line_marker", spy)
    parse_text("Article 1er\n\nLe présent décret entre en vigueur.\n\nArticle 2\n\nIl est publié.")
    parse_text("Section 1\n\nThis Act may be cited.\n\nSection 2\n\nIt comes into force.")
    assert seen and current_memo() is None
    assert len({id(m) for m in seen}) == 2  # one memo per document, none shared
    assert all(m.markers for m in seen)


@pytest.mark.parametrize(
    ("text", "heading", "gap"),
    [
        ("Article 3 - Le ministre de l'Intérieur", False, False),
        ("Section 3. The Minister may", False, False),
        ("1.2 Champ d'application", True, False),
        ("4   The Convention applies", False, True),
        ("Le présent décret entre en vigueur.", False, False),
        ("The Act comes into force.", False, False),
        ("x" * 300, False, False),  # longer than a line: computed, never kept
    ],
)
def test_marker_in_a_parse_is_the_marker_outside(text: str, heading: bool, gap: bool) -> None:
    outside = find_marker(text, heading=heading, gap=gap)
    with document_memo() as memo:
        first = find_marker(text, heading=heading, gap=gap)
        again = find_marker(text, heading=heading, gap=gap)
        kept = (text, heading, gap) in memo.markers
    assert first == again == outside
    assert kept is (len(text) <= numbering._REMEMBERED)


def test_marker_options_are_kept_apart() -> None:
    # checked by hand: "4 Short title" opens a numbered heading only when set as a heading
    with document_memo():
        assert find_marker("4 Titre abrégé", heading=True) is not None
        assert find_marker("4 Titre abrégé") is None
        assert find_marker("4 Short title", heading=True) is not None
        assert find_marker("4 Short title") is None


@pytest.mark.parametrize(
    "text",
    [
        "DÉCRET N° 2024-251 relatif à la lutte contre le terrorisme",
        "REPORT OF THE COMMITTEE",
        "Accueil | Actualités | Publications",
    ],
)
def test_features_in_a_parse_are_the_features_outside(text: str) -> None:
    outside = line_features(text)
    with document_memo() as memo:
        assert line_features(text) == outside
        assert line_features(text) is memo.features[text]
    assert titlelines._line_features(text) == outside


@pytest.mark.parametrize(
    "path",
    [
        "heldout5/texts/fr06_maroc_dahir_loi_financement_terrorisme_BO.txt",
        "heldout5/texts/en05_india_uapa_amendment_act_2026_gazette.txt",
    ],
)
def test_parse_with_memo_is_parse_without(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with_memo = parse_document(_TESTS / path).model_dump_json()
    monkeypatch.setattr("ctdocs._linememo.LineMemo.__init__", _forgetful_init)
    without = parse_document(_TESTS / path).model_dump_json()
    assert with_memo == without


class _Forgets(dict[object, object]):
    """A table that keeps nothing: every call computes."""

    def __setitem__(self, key: object, value: object) -> None:
        return None


def _forgetful_init(self: LineMemo) -> None:
    self.markers = _Forgets()  # type: ignore[assignment]
    self.features = _Forgets()  # type: ignore[assignment]
