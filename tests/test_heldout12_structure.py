"""Structure gates on heldout12, the batch written and annotated blind in session 12 and
opened at session 13's base (blind: clause F1 0.716, starts 0.658, titles 0.562, sections
0.744). Session 13 read classes first met there, each also written out in other publishers'
styles in its own test file: decorated article and chapter numbers (``Article (3) bis``,
``Chapter One``, ``1-``), section-sign paragraphs running across a report's sections, a
judgment's facts outline and roman operative part, table rows set in columns, a delivery
plan's outcomes, page numbers a transcript glues to headings, comma-separated inline items.
Gates a little under the figures reached, so the batch cannot slide; whether the classes
carry to unseen texts is heldout13's question.
"""

from __future__ import annotations

import pytest

from .test_structure_corpus import HERE, _score, _stems

HELDOUT12 = HERE / "heldout12"


def test_held_out_batch_12() -> None:
    s = _score(HELDOUT12, _stems(HELDOUT12))
    assert s.clauses.f1 >= 0.97, s.clauses.f1  # 0.985 at the end of session 35 (was 0.95)
    assert s.rate(s.starts) >= 0.97, s.starts  # 0.982 at the end of session 35 (was 0.93)
    assert s.rate(s.titles) >= 0.92, s.titles  # 0.938 at the end of session 35 (was 0.87)
    assert s.rate(s.sections) >= 0.96, s.sections  # 0.975 at the end of session 35 (was 0.92)


# Clause F1 per text whose class session 13 read (blind figure in brackets).
BATCH12_CLASS_GATES = {
    "en01_pifs-frsc-outcomes-document": 0.97,  # 1.0 (0.811): table rows, comma items
    "en11_las-arab-convention-uas-github-mirror": 0.97,  # 1.0 (0.0): decorated numbers
    "fr04_ocam-note-strategique-menace-drones-explosifs": 0.85,  # 0.875 (0.125): § paragraphs
    "fr10_docplayer-ceeac-plan-action-regional-terrorisme": 0.97,  # 1.0 (0.912): glued pages
    "fr12_tpf-arret-cour-affaires-penales-financement": 0.97,  # 1.0 (0.686): facts outline
}


@pytest.mark.parametrize("stem", sorted(BATCH12_CLASS_GATES))
def test_held_out_batch_12_per_text(stem: str) -> None:
    s = _score(HELDOUT12, [stem])
    assert s.clauses.f1 >= BATCH12_CLASS_GATES[stem], (stem, round(s.clauses.f1, 3))
