"""Structure gates on heldout42, the batch written and annotated blind in session 42
(benchmarks/results/heldout42_blind.txt: clause F1 0.943, starts 0.894, titles 0.932,
sections 0.690 at the session's base, blind). Nothing was read after opening: these gates
hold the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT42 = HERE / "heldout42"


def test_held_out_batch_42() -> None:
    s = _score(HELDOUT42, _stems(HELDOUT42))
    assert s.clauses.f1 >= 0.93, s.clauses.f1  # 0.943 (blind; 0.943 at base)
    assert s.rate(s.starts) >= 0.88, s.starts  # 0.894 (0.894)
    assert s.rate(s.titles) >= 0.92, s.titles  # 0.932 (0.932)
    assert s.rate(s.sections) >= 0.67, s.sections  # 0.690 (0.690)
