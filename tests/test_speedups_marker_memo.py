"""The report reader's remembered markers (:meth:`._reportreading._Reports.remembering`,
each unit's answer kept until a reading it looks at changes): the parse with the memo on is
the parse with it off. French and English texts side by side, of the shapes the readings
see (a statute's articles, a gazette's sections, a decision's numbered paragraphs, a
judgment's facts outline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs.layout._numbering import Marker
from ctdocs.layout._unit import Unit
from ctdocs.structure._reportreading import _Reports

_TESTS = Path(__file__).parent


def _blocks(path: Path) -> list[dict[str, object]]:
    return [b.model_dump() for b in parse_document(path).block_list]


def _unremembered(self: _Reports, u: Unit) -> Marker | None:
    return self._marker(u)


def _own_unremembered(self: _Reports, u: Unit) -> Marker | None:
    return super(_Reports, self).marker(u)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            "heldout5/texts/fr06_maroc_dahir_loi_financement_terrorisme_BO.txt",
            "heldout5/texts/en05_india_uapa_amendment_act_2026_gazette.txt",
        ),
        (
            "heldout14/texts/fr12_cnda-decision-grande-formation-exclusion-financement-eiil.html",
            "heldout14/texts/en03_indiankanoon-sc-judgment-nia-terror-funding-bail.html",
        ),
        (
            "heldout9/texts/fr10_ff-message-financement-terrorisme-actifs-virtuels.txt",
            "heldout9/texts/en07_za-gazette-pocdatara-second-amendment-act-2026.txt",
        ),
    ],
)
def test_the_marker_memo_changes_no_parse(
    fr: str, en: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [_TESTS / fr, _TESTS / en]
    remembered = [_blocks(p) for p in paths]
    monkeypatch.setattr(_Reports, "marker", _unremembered)
    monkeypatch.setattr(_Reports, "_own_marker", _own_unremembered)
    assert [_blocks(p) for p in paths] == remembered
