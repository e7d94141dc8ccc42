"""Structure gates on heldout14, the batch written and annotated blind in session 14 and
opened at its end (benchmarks/results/heldout14_blind.txt: clause F1 0.811 at the session's
base, 0.820 at its end, blind). After it was opened, the same session read two of its classes,
each also written out in other publishers' styles (test_clause_us_numbering): paragraphs
numbered by chapter in military doctrine (``2-9.``) and the plain-text CFR edition's ``Sec.``
and ``PART 99--``. Gates a little under the figures reached; whether those classes carry to
unseen texts is the next blind batch's question.
"""

from __future__ import annotations

import pytest

from .test_structure_corpus import HERE, _score, _stems

HELDOUT14 = HERE / "heldout14"


def test_held_out_batch_14() -> None:
    s = _score(HELDOUT14, _stems(HELDOUT14))
    assert s.clauses.f1 >= 0.97, s.clauses.f1  # 0.991 at the end of session 35 (was 0.95)
    assert s.rate(s.starts) >= 0.96, s.starts  # 0.975 at the end of session 35 (was 0.93)
    assert s.rate(s.titles) >= 0.98, s.titles  # 1.000 at the end of session 35 (was 0.94)
    assert s.rate(s.sections) >= 0.93, s.sections  # 0.948 at the end of session 35 (was 0.88)


# Clause F1 per text whose class was read after opening (blind figure in brackets), each
# class also written out in other publishers' styles in test_clause_us_numbering.
BATCH14_CLASS_GATES = {
    "en01_federalregister-govinfo-faa-uas-critical-facilities-rule": 0.91,  # 0.931 (0.407)
    "en11_army-pubs-atp-pdf-counter-ied-small-uas-chapter": 0.97,  # 1.0 (0.071)
}


@pytest.mark.parametrize("stem", sorted(BATCH14_CLASS_GATES))
def test_held_out_batch_14_per_text(stem: str) -> None:
    s = _score(HELDOUT14, [stem])
    assert s.clauses.f1 >= BATCH14_CLASS_GATES[stem], (stem, round(s.clauses.f1, 3))
