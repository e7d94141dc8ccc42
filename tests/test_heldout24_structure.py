"""Structure gates on heldout24, the batch written and annotated blind in session 24
(benchmarks/results/heldout24_blind.txt: clause F1 0.899 at the session's base and 0.901 at
its end, starts 0.858, titles 0.984 and sections 0.091 at both, blind). Nothing was read
after opening: these gates hold the blind figures at the end so that no later change slides
below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT24 = HERE / "heldout24"


def test_held_out_batch_24() -> None:
    s = _score(HELDOUT24, _stems(HELDOUT24))
    assert s.clauses.f1 >= 0.88, s.clauses.f1  # 0.901 (0.899 at base, blind)
    assert s.rate(s.starts) >= 0.84, s.starts  # 0.858
    assert s.rate(s.titles) >= 0.96, s.titles  # 0.984
    assert s.rate(s.sections) >= 0.08, s.sections  # 0.091
