"""Structure gates on heldout19, the batch written and annotated blind in session 19
(benchmarks/results/heldout19_blind.txt: clause F1 0.918 at the session's base and at its
end, blind; no structure figure moved). Session 20 opened and read it, and these gates hold
its end figures (the blind figure beside each) so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT19 = HERE / "heldout19"


def test_held_out_batch_19() -> None:
    s = _score(HELDOUT19, _stems(HELDOUT19))
    assert s.clauses.f1 >= 0.98, s.clauses.f1  # 0.998 at the end of session 35 (was 0.92)
    assert s.rate(s.starts) >= 0.98, s.starts  # 1.000 at the end of session 35 (was 0.90)
    assert s.rate(s.titles) >= 0.97, s.titles  # 0.988 at the end of session 35 (was 0.84)
    assert s.rate(s.sections) >= 0.98, s.sections  # 1.000 at the end of session 35 (was 0.85)
