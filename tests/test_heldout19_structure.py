"""Structure gates on heldout19, the batch written and annotated blind in session 19
(benchmarks/results/heldout19_blind.txt: clause F1 0.918 at the session's base and at its
end, blind; no structure figure moved). Nothing was read after opening: these gates hold
the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT19 = HERE / "heldout19"


def test_held_out_batch_19() -> None:
    s = _score(HELDOUT19, _stems(HELDOUT19))
    assert s.clauses.f1 >= 0.90, s.clauses.f1  # 0.918 (blind, base and end of session 19)
    assert s.rate(s.starts) >= 0.89, s.starts  # 0.912
    assert s.rate(s.titles) >= 0.71, s.titles  # 0.735
    assert s.rate(s.sections) >= 0.85, s.sections  # 0.870
