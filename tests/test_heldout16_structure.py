"""Structure gates on heldout16, the batch written and annotated blind in session 16
(benchmarks/results/heldout16_blind.txt: clause F1 0.762 at the session's base and at its
end, blind; sections 0.423 -> 0.673 with sect16's rules). Nothing was read after opening:
these gates hold the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT16 = HERE / "heldout16"


def test_held_out_batch_16() -> None:
    s = _score(HELDOUT16, _stems(HELDOUT16))
    assert s.clauses.f1 >= 0.74, s.clauses.f1  # 0.762 (blind, base and end of session 16)
    assert s.rate(s.starts) >= 0.64, s.starts  # 0.663
    assert s.rate(s.titles) >= 0.45, s.titles  # 0.474
    assert s.rate(s.sections) >= 0.65, s.sections  # 0.673 (0.423 at base)
