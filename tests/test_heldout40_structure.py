"""Structure gates on heldout40, the batch written and annotated blind in session 40
(benchmarks/results/heldout40_blind.txt: clause F1 0.974, starts 0.961, titles 0.896,
sections 1.000 at the session's base, blind). Nothing was read after opening: these gates
hold the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT40 = HERE / "heldout40"


def test_held_out_batch_40() -> None:
    s = _score(HELDOUT40, _stems(HELDOUT40))
    assert s.clauses.f1 >= 0.96, s.clauses.f1  # 0.974 (blind; 0.974 at base)
    assert s.rate(s.starts) >= 0.95, s.starts  # 0.961 (0.961)
    assert s.rate(s.titles) >= 0.88, s.titles  # 0.896 (0.896)
    assert s.rate(s.sections) >= 0.99, s.sections  # 1.000 (1.000)
