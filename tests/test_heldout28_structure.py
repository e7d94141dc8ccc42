"""Structure gates on heldout28, the batch written and annotated blind in session 28
(benchmarks/results/heldout28_blind.txt: clause F1 0.783 at the session's base and 0.803
at its end, starts 0.676 and 0.712, titles 0.585 and 0.569, sections 0.973, blind).
Nothing was read after opening: these gates hold the blind figures at the end so that no
later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT28 = HERE / "heldout28"


def test_held_out_batch_28() -> None:
    s = _score(HELDOUT28, _stems(HELDOUT28))
    assert s.clauses.f1 >= 0.79, s.clauses.f1  # 0.803 (blind; 0.783 at base)
    assert s.rate(s.starts) >= 0.70, s.starts  # 0.712 (0.676)
    assert s.rate(s.titles) >= 0.55, s.titles  # 0.569 (0.585)
    assert s.rate(s.sections) >= 0.96, s.sections  # 0.973
