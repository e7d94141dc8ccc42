"""Structure gates on heldout26, the batch written and annotated blind in session 26
(benchmarks/results/heldout26_blind.txt: clause F1 0.880, starts 0.820, titles 0.844 and
sections 0.782 at the session's base and at its end, blind). Nothing was read after
opening: these gates hold the blind figures at the end so that no later change slides
below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT26 = HERE / "heldout26"


def test_held_out_batch_26() -> None:
    s = _score(HELDOUT26, _stems(HELDOUT26))
    assert s.clauses.f1 >= 0.87, s.clauses.f1  # 0.880 (blind, base and end)
    assert s.rate(s.starts) >= 0.81, s.starts  # 0.820
    assert s.rate(s.titles) >= 0.83, s.titles  # 0.844
    assert s.rate(s.sections) >= 0.77, s.sections  # 0.782
