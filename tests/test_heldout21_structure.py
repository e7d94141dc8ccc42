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
    assert s.clauses.f1 >= 0.88, s.clauses.f1  # 0.896 (0.874 blind; structure22)
    assert s.rate(s.starts) >= 0.89, s.starts  # 0.909 (0.874; structure22)
    assert s.rate(s.titles) >= 0.84, s.titles  # 0.865 (0.649; structure22's marginal notes)
    assert s.rate(s.sections) >= 0.98, s.sections  # 1.0 (0.925; sect22, structure22)
