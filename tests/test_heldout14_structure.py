"""Structure gate on heldout14, the batch written and annotated blind in session 14 and
opened at its end (benchmarks/results/heldout14_blind.txt: clause F1 0.811 at the session's
base, 0.820 at its end). Nothing has been fitted on it yet: the floor sits a little under the
blind figure so that no later rule can lower it unseen, before a session reads its classes.
"""

from __future__ import annotations

from .test_structure_corpus import HERE, _score, _stems

HELDOUT14 = HERE / "heldout14"


def test_held_out_batch_14() -> None:
    s = _score(HELDOUT14, _stems(HELDOUT14))
    assert s.clauses.f1 >= 0.80, s.clauses.f1  # 0.820 (blind, end of session 14)
    assert s.rate(s.starts) >= 0.72, s.starts  # 0.740
    assert s.rate(s.titles) >= 0.66, s.titles  # 0.686
    assert s.rate(s.sections) >= 0.45, s.sections  # 0.474
