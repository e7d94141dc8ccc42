"""Structure gates on heldout27, the batch written and annotated blind in session 27
(benchmarks/results/heldout27_blind.txt: clause F1 0.902, starts 0.853, titles 0.775 and
sections 0.857 at the session's base and at its end, blind). Nothing was read after
opening: these gates hold the blind figures at the end so that no later change slides
below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT27 = HERE / "heldout27"


def test_held_out_batch_27() -> None:
    s = _score(HELDOUT27, _stems(HELDOUT27))
    assert s.clauses.f1 >= 0.89, s.clauses.f1  # 0.902 (blind, base and end)
    assert s.rate(s.starts) >= 0.84, s.starts  # 0.853
    assert s.rate(s.titles) >= 0.76, s.titles  # 0.775
    assert s.rate(s.sections) >= 0.84, s.sections  # 0.857
