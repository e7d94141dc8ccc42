"""Structure gates on heldout21, the batch written and annotated blind in session 21
(benchmarks/results/heldout21_blind.txt: clause F1 0.874 at the session's base and at its
end, blind; starts 0.860 -> 0.874). Nothing was read after opening: these gates hold the
blind figures at the end so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT21 = HERE / "heldout21"


def test_held_out_batch_21() -> None:
    s = _score(HELDOUT21, _stems(HELDOUT21))
    assert s.clauses.f1 >= 0.86, s.clauses.f1  # 0.874 (blind, base and end of session 21)
    assert s.rate(s.starts) >= 0.85, s.starts  # 0.874 (0.860 at base)
    assert s.rate(s.titles) >= 0.63, s.titles  # 0.649
    assert s.rate(s.sections) >= 0.90, s.sections  # 0.925
