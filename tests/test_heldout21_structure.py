"""Structure gates on heldout21, the batch written and annotated blind in session 21
(benchmarks/results/heldout21_blind.txt: clause F1 0.874 at the session's base and at its
end, blind; starts 0.860 -> 0.874). Session 22 opened and read it, and these gates hold
its end figures (the blind figure beside each) so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT21 = HERE / "heldout21"


def test_held_out_batch_21() -> None:
    s = _score(HELDOUT21, _stems(HELDOUT21))
    assert s.clauses.f1 >= 0.91, s.clauses.f1  # 0.930 at the end of session 35 (was 0.88)
    assert s.rate(s.starts) >= 0.90, s.starts  # 0.916 at the end of session 35 (was 0.89)
    assert s.rate(s.titles) >= 0.96, s.titles  # 0.973 at the end of session 35 (was 0.84)
    assert s.rate(s.sections) >= 0.98, s.sections  # 1.0 (0.925; sect22, structure22)
