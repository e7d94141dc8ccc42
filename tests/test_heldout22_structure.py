"""Structure gates on heldout22, the batch written and annotated blind in session 22
(benchmarks/results/heldout22_blind.txt: clause F1 0.965, starts 0.926, titles 0.985 and
sections 0.474 at the session's base and at its end, blind). Nothing was read after
opening: these gates hold the blind figures at the end so that no later change slides
below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT22 = HERE / "heldout22"


def test_held_out_batch_22() -> None:
    s = _score(HELDOUT22, _stems(HELDOUT22))
    assert s.clauses.f1 >= 0.95, s.clauses.f1  # 0.965 (blind, base and end of session 22)
    assert s.rate(s.starts) >= 0.91, s.starts  # 0.926
    assert s.rate(s.titles) >= 0.97, s.titles  # 0.985
    assert s.rate(s.sections) >= 0.45, s.sections  # 0.474
