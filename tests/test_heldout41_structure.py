"""Structure gates on heldout41, the batch written and annotated blind in session 41
(benchmarks/results/heldout41_blind.txt: clause F1 0.957, starts 0.931, titles 0.945,
sections 1.000 at the session's base, blind). Nothing was read after opening: these gates
hold the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT41 = HERE / "heldout41"


def test_held_out_batch_41() -> None:
    s = _score(HELDOUT41, _stems(HELDOUT41))
    assert s.clauses.f1 >= 0.94, s.clauses.f1  # 0.957 (blind; 0.957 at base)
    assert s.rate(s.starts) >= 0.92, s.starts  # 0.931 (0.931)
    assert s.rate(s.titles) >= 0.93, s.titles  # 0.945 (0.945)
    assert s.rate(s.sections) >= 0.99, s.sections  # 1.000 (1.000)
