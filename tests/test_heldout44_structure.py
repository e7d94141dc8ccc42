"""Structure gates on heldout44, the batch written and annotated blind in session 44
(benchmarks/results/heldout44_blind.txt: clause F1 0.857, starts 0.799, titles 0.938,
sections 0.956 at the session's base, blind). Nothing was read after opening: these gates
hold the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT44 = HERE / "heldout44"


def test_held_out_batch_44() -> None:
    s = _score(HELDOUT44, _stems(HELDOUT44))
    assert s.clauses.f1 >= 0.84, s.clauses.f1  # 0.857 (blind; 0.857 at base)
    assert s.rate(s.starts) >= 0.78, s.starts  # 0.799 (0.799)
    assert s.rate(s.titles) >= 0.92, s.titles  # 0.938 (0.938)
    assert s.rate(s.sections) >= 0.94, s.sections  # 0.956 (0.956)
