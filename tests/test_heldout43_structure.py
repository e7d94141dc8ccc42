"""Structure gates on heldout43, the batch written and annotated blind in session 43
(benchmarks/results/heldout43_blind.txt: clause F1 0.938, starts 0.900, titles 0.673,
sections 0.914 at the session's base, blind). Nothing was read after opening: these gates
hold the blind figures so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT43 = HERE / "heldout43"


def test_held_out_batch_43() -> None:
    s = _score(HELDOUT43, _stems(HELDOUT43))
    assert s.clauses.f1 >= 0.92, s.clauses.f1  # 0.938 (blind; 0.938 at base)
    assert s.rate(s.starts) >= 0.89, s.starts  # 0.900 (0.900)
    assert s.rate(s.titles) >= 0.66, s.titles  # 0.673 (0.673)
    assert s.rate(s.sections) >= 0.90, s.sections  # 0.914 (0.914)
