"""Structure gates on heldout11, the batch written and annotated blind in session 11 and
opened at session 12's base (benchmarks/results/heldout11_blind.txt: clause F1 0.676,
starts 0.646, titles 0.561, sections 0.480). Session 12 read classes first met there:
statute sections with a letter suffix (``11A.``, ``Part 3A``), report outlines with a
hyphen after the number (``I - ``, ``A - ``, ``1 - ``), entries one instrument adds to
another's list, headings that repeat inline items (``Issue (1):``), operative verbs in
capitals that name no section. Gates a little under the figures reached, so the batch
cannot slide; whether the classes carry to unseen texts is heldout12's question.
"""

from __future__ import annotations

import pytest

from .test_structure_corpus import HERE, _score, _stems

HELDOUT11 = HERE / "heldout11"


def test_held_out_batch_11() -> None:
    s = _score(HELDOUT11, _stems(HELDOUT11))
    assert s.clauses.f1 >= 0.96, s.clauses.f1  # 0.974 (blind 0.676)
    assert s.rate(s.starts) >= 0.97, s.starts  # 0.980 (blind 0.646)
    assert s.rate(s.titles) >= 0.93, s.titles  # 0.951 at the end of session 35 (was 0.91)
    assert s.rate(s.sections) >= 0.78, s.sections  # 0.800 (blind 0.480)


# Clause F1 per text whose class session 12 read (blind figure in brackets).
BATCH11_CLASS_GATES = {
    "en03_hk-elegislation-cap575-part3a": 0.97,  # 1.0 (0.0): lettered sections
    "en09_uksc-press-summary-schedule-7": 0.97,  # 1.0 (0.667): inline issues
    "en11_canada-gazette-sor-2026-74-listed-entities": 0.97,  # 1.0 (0.571): added entries
    "fr04_ccomptes-rapport-operateurs-importance-vitale": 0.97,  # 1.0 (0.6): hyphen outline
    "fr12_omd-resolution-ccd-precurseurs": 0.97,  # 1.0: operative verbs
}


@pytest.mark.parametrize("stem", sorted(BATCH11_CLASS_GATES))
def test_held_out_batch_11_per_text(stem: str) -> None:
    s = _score(HELDOUT11, [stem])
    assert s.clauses.f1 >= BATCH11_CLASS_GATES[stem], (stem, round(s.clauses.f1, 3))
