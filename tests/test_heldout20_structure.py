"""Structure gates on heldout20, the batch written and annotated blind in session 20
(benchmarks/results/heldout20_blind.txt: clause F1 0.937 at the session's base and at its
end, blind; starts 0.888 -> 0.895). Session 21 opened and read it, and these gates hold
its end figures (the blind figure beside each) so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT20 = HERE / "heldout20"


def test_held_out_batch_20() -> None:
    s = _score(HELDOUT20, _stems(HELDOUT20))
    assert s.clauses.f1 >= 0.98, s.clauses.f1  # 1.000 at the end of session 35 (was 0.97)
    assert s.rate(s.starts) >= 0.98, s.starts  # 1.000 at the end of session 35 (was 0.96)
    assert s.rate(s.titles) >= 0.98, s.titles  # 1.000 at the end of session 35 (was 0.97)
    assert s.rate(s.sections) >= 0.98, s.sections  # 1.000 at the end of session 35 (was 0.54)
