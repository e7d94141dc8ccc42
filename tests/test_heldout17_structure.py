"""Structure gates on heldout17, the batch written and annotated blind in session 17
(benchmarks/results/heldout17_blind.txt: clause F1 0.833 at the session's base and at its
end, blind; no structure figure moved). Nothing was read after opening: these gates hold
the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT17 = HERE / "heldout17"


def test_held_out_batch_17() -> None:
    s = _score(HELDOUT17, _stems(HELDOUT17))
    assert s.clauses.f1 >= 0.81, s.clauses.f1  # 0.833 (blind, base and end of session 17)
    assert s.rate(s.starts) >= 0.78, s.starts  # 0.801
    assert s.rate(s.titles) >= 0.71, s.titles  # 0.736
    assert s.rate(s.sections) >= 0.38, s.sections  # 0.400
