"""Structure gates on heldout18, the batch written and annotated blind in session 18
(benchmarks/results/heldout18_blind.txt: clause F1 0.749 at the session's base and at its
end, blind; no structure figure moved). Nothing was read after opening: these gates hold
the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT18 = HERE / "heldout18"


def test_held_out_batch_18() -> None:
    s = _score(HELDOUT18, _stems(HELDOUT18))
    assert s.clauses.f1 >= 0.73, s.clauses.f1  # 0.749 (blind, base and end of session 18)
    assert s.rate(s.starts) >= 0.68, s.starts  # 0.704
    assert s.rate(s.titles) >= 0.64, s.titles  # 0.667
    assert s.rate(s.sections) >= 0.12, s.sections  # 0.143
