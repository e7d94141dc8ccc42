"""Structure gates on heldout10, the batch written and annotated blind in session 10 and
opened at session 11's base (benchmarks/results/heldout10_blind.txt: clause F1 0.707,
starts 0.574, titles 0.414, sections 0.304). Session 11 read its legal acts as classes: a
code's ``§ 594.201`` sections and a database page's place in its code (eCFR), an annex
titled after a dash (Frontex decision), a Commonwealth arrangement of sections closed by
full stops and the quoted definitions an amending act inserts (Nigerian gazette), an
article's sentence a page break cuts and a table's ``N°`` column (prefecture order), a
blockquoted amendment inside an article (Geneva law). Gates a little under the figures
reached, so the batch cannot slide; the reports and pages of the batch are gated where
their structure is read (the other texts' figures are the base's).
"""

from __future__ import annotations

import pytest

from .test_structure_corpus import HERE, _score, _stems

HELDOUT10 = HERE / "heldout10"


def test_held_out_batch_10() -> None:
    s = _score(HELDOUT10, _stems(HELDOUT10))
    assert s.clauses.f1 >= 0.86, s.clauses.f1  # 0.878 (blind 0.707)
    assert s.rate(s.starts) >= 0.76, s.starts  # 0.777 (blind 0.574)
    assert s.rate(s.titles) >= 0.60, s.titles  # 0.621 (blind 0.414)
    assert s.rate(s.sections) >= 0.44, s.sections  # 0.464 (blind 0.304)


# Clause F1 per legal act of batch 10 (blind figure in brackets).
BATCH10_ACT_GATES = {
    "en03_ecfr-31-cfr-part-594-global-terrorism-sanctions": 0.97,  # 1.0 (0.0)
    "en05_nigeria-gazette-terrorism-amendment-act-2026": 0.97,  # 1.0 (0.75)
    "en11_frontex-mb-decision-ftf-detection-guidelines": 0.97,  # 1.0 (0.609)
    "fr02_raa-prefecture-arrete-perimetre-drones": 0.97,  # 1.0 (0.857)
    "fr10_journal-monaco-arrete-gel-fonds": 0.97,  # 1.0 (1.0)
    "fr12_rsge-loi-application-mpt-geneve": 0.97,  # 1.0 (0.982)
}


@pytest.mark.parametrize("stem", sorted(BATCH10_ACT_GATES))
def test_held_out_batch_10_acts_per_text(stem: str) -> None:
    s = _score(HELDOUT10, [stem])
    assert s.clauses.f1 >= BATCH10_ACT_GATES[stem], (stem, round(s.clauses.f1, 3))
