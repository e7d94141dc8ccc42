"""Structure gates on heldout15, the batch written and annotated blind in session 15 and
opened at its end (benchmarks/results/heldout15_blind.txt: clause F1 0.619 at the session's
base and at its end, blind). After it was opened, the same session read four of its classes,
each also written out in other publishers' styles (test_html, test_numbering, test_normalise,
test_clauses): raised insertion numbers (``§ 237¹``, ``(1¹)``), Markdown heading attribute
blocks, a roman article with its suffix (``Article IV bis``) and French slash plans (``A/``,
``1/``). Gates a little under the figures reached; whether those classes carry to unseen
texts is the next blind batch's question.
"""

from __future__ import annotations

import pytest

from .test_structure_corpus import HERE, _score, _stems

HELDOUT15 = HERE / "heldout15"


def test_held_out_batch_15() -> None:
    s = _score(HELDOUT15, _stems(HELDOUT15))
    assert s.clauses.f1 >= 0.85, s.clauses.f1  # 0.871 at the end of session 35 (was 0.77)
    assert s.rate(s.starts) >= 0.81, s.starts  # 0.826 at the end of session 35 (was 0.70)
    assert s.rate(s.titles) >= 0.86, s.titles  # 0.875 at the end of session 35 (was 0.77)
    assert s.rate(s.sections) >= 0.60, s.sections  # 0.618 at the end of session 35 (was 0.32)


# Clause F1 per text whose class was read after opening (blind figure in brackets).
BATCH15_CLASS_GATES = {
    "en09_epub-saarc-compendium-additional-protocol-financing": 0.95,  # 0.977 (0.0)
    "en11_riigiteataja-estonia-penal-code-terrorist-offences": 0.87,  # 0.893 (0.214)
    "fr12_caert-lettre-information-courriel": 0.93,  # 0.952 (0.429)
}


@pytest.mark.parametrize("stem", sorted(BATCH15_CLASS_GATES))
def test_held_out_batch_15_per_text(stem: str) -> None:
    s = _score(HELDOUT15, [stem])
    assert s.clauses.f1 >= BATCH15_CLASS_GATES[stem], (stem, round(s.clauses.f1, 3))
