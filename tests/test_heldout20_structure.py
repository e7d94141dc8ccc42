"""Structure gates on heldout20, the batch written and annotated blind in session 20
(benchmarks/results/heldout20_blind.txt: clause F1 0.937 at the session's base and at its
end, blind; starts 0.888 -> 0.895). Nothing was read after opening: these gates hold the
blind figures at the end so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT20 = HERE / "heldout20"


def test_held_out_batch_20() -> None:
    s = _score(HELDOUT20, _stems(HELDOUT20))
    assert s.clauses.f1 >= 0.92, s.clauses.f1  # 0.937 (blind, base and end of session 20)
    assert s.rate(s.starts) >= 0.87, s.starts  # 0.895 (0.888 at base)
    assert s.rate(s.titles) >= 0.83, s.titles  # 0.852
    assert s.rate(s.sections) >= 0.31, s.sections  # 0.333
