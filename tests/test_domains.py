"""Domain tagger: gold scores on the seed texts, the data file, the fitted knobs and the
gates on the dev corpus.

Run with ``-s`` to see the figures printed by the gold tests.
"""

# The check-table sentences are kept whole, one per line, so that the English and
# French versions can be read side by side.
# ruff: noqa: E501

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ctdocs._knowledge import load_domains
from ctdocs.extract._domains import _domains, tag_text

from ._domaincodes import CODES
from .conftest import parsed

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "gold"
# Beyond the guidelines' twenty: prevention of violent extremism, terrorist content online
# (tests/test_domains_prevention.py). The dev gold predates them.
EXTRA_CODES = {"PVE", "TCO"}

# The product's gate; the seeds currently score well above it (see the printed figures).
CLAUSE_F1_GATE = 0.85
DOCUMENT_F1_GATE = 0.90


# ---------------------------------------------------------------- scoring helper
@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: Iterable[object], want: Iterable[object]) -> None:
        g, w = set(got), set(want)
        self.tp += len(g & w)
        self.fp += len(g - w)
        self.fn += len(w - g)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )


_SKIPPED_ROLES = {"title", "front-matter"}


def _predict(path: Path, language: str) -> tuple[dict[str, set[str]], set[str]]:
    """Clause number -> codes, and the document's codes, as the guidelines define them.

    A clause is tagged on its title, its text and the text of its non-clause
    children (bullets, paragraphs); the document on the union of its clauses plus
    its unnumbered headings, paragraphs and list items (title and front matter
    excepted).
    """
    doc = parsed(path)
    clauses: dict[str, set[str]] = {}
    document: set[str] = set()
    for c in doc.clauses():
        parts = [c.title or "", c.text]
        parts += [b.text for b in doc.children(c) if b.kind != "clause"]
        codes = set(tag_text(" ".join(parts), language))
        clauses[c.number] = codes
        document |= codes
    for b in doc.blocks():
        if b.kind not in ("heading", "paragraph", "list_item") or b.parent is not None:
            continue
        if getattr(b, "role", None) in _SKIPPED_ROLES:
            continue
        document |= set(tag_text(b.text, language))
    return clauses, document


def score_seeds() -> tuple[Score, Score, list[str]]:
    """Micro scores over (clause, code) pairs of all gold clauses and (doc, code) pairs."""
    clause_score, doc_score = Score(), Score()
    diffs: list[str] = []
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        clauses, document = _predict(RAW / f"{gold_path.stem}.txt", gold["lang"])
        for number, want in gold["domains"]["clauses"].items():
            got = clauses.get(number, set())
            clause_score.add(((number, c) for c in got), ((number, c) for c in want))
            if got != set(want):
                diffs.append(
                    f"{gold_path.stem} {number}: +{sorted(got - set(want))} "
                    f"-{sorted(set(want) - got)}"
                )
        want_doc = set(gold["domains"]["document"])
        doc_score.add(document, want_doc)
        if document != want_doc:
            diffs.append(
                f"{gold_path.stem} document: +{sorted(document - want_doc)} "
                f"-{sorted(want_doc - document)}"
            )
    return clause_score, doc_score, diffs


@pytest.fixture(scope="module")
def seed_scores() -> tuple[Score, Score, list[str]]:
    return score_seeds()


def test_clause_level_f1_on_seeds(seed_scores: tuple[Score, Score, list[str]]) -> None:
    clause_score, _, diffs = seed_scores
    print(f"\nclause-level   {clause_score}")
    for d in diffs:
        print("   ", d)
    assert clause_score.f1 >= CLAUSE_F1_GATE


def test_document_level_f1_on_seeds(seed_scores: tuple[Score, Score, list[str]]) -> None:
    _, doc_score, _ = seed_scores
    print(f"\ndocument-level {doc_score}")
    assert doc_score.f1 >= DOCUMENT_F1_GATE


# ---------------------------------------------------------------- data file
def test_data_file_has_the_twenty_guideline_codes() -> None:
    data = load_domains()
    assert {d.code for d in data.domain} == CODES | EXTRA_CODES
    for d in data.domain:
        assert set(d.strong) <= {"fr", "en"}
        assert set(d.weak) <= {"fr", "en"}
        assert set(d.exclude) <= {"fr", "en"}
        assert d.strong.get("fr") and d.strong.get("en"), d.code


def test_patterns_compiled_once() -> None:
    assert _domains() is _domains()


def _scoring_with(**change: object) -> dict[str, object]:
    raw = load_domains().scoring.model_dump()
    raw.update(change)
    return raw


def test_each_fitted_knob_tries_its_shipped_value_first() -> None:
    """[scoring.fit] declares the priors: the value shipped is the first tried, so a
    fit that moves nothing keeps it (benchmarks/lofo_domains.py)."""
    scoring = load_domains().scoring
    assert {"role_factor", "heading_weight", "document_threshold"} <= set(scoring.fit)
    for knob, values in scoring.fit.items():
        assert values[0] == getattr(scoring, knob), knob


@pytest.mark.parametrize(
    ("fit", "message"),
    [
        ({"role_factor": [0.5, 0.3]}, "first"),  # the prior is not the value in use
        ({"heading_weight": []}, "first"),  # nothing tried, not even the prior
        ({"cues": [1.0]}, "no number"),  # not a number of [scoring]
        ({"weight_of_nothing": [1.0]}, "no number"),
    ],
)
def test_a_fit_table_without_its_priors_is_refused(
    fit: dict[str, list[float]], message: str
) -> None:
    from pydantic import ValidationError

    from ctdocs._knowledge import DomainScoring

    with pytest.raises(ValidationError, match=message):
        DomainScoring.model_validate(_scoring_with(fit=fit))


FAMILY_GATES = {  # a little under what the shipped [scoring] reaches (see the printout)
    "council-of-europe": 0.95, "document-sharing-copies": 0.8, "eu": 0.95,
    "national-government": 0.45, "national-legislation": 0.8, "nato": 0.95, "osce": 0.95,
    "republishers": 0.95, "treaties": 0.95, "un": 0.75,
}  # fmt: skip
OVERALL_GATE = 0.85
# Clause domains: only the statutes (national-legislation) and two treaties carry
# clause tags in the dev gold; 0.805 after issue 13 item 3 (0.715 without the cue words
# read off national-legislation's headings, benchmarks/results/lofo_domains.txt).
CLAUSE_GATE = 0.78


def test_document_domains_per_family_on_the_dev_corpus() -> None:
    import csv

    from ._compare import F1

    corpus = ROOT / "tests" / "devcorpus"
    with (corpus / "FAMILIES.tsv").open(encoding="utf-8") as f:
        family = {r["file"]: r["family"] for r in csv.DictReader(f, delimiter="\t")}
    scores: dict[str, F1] = {}
    overall = F1()
    for name, fam in sorted(family.items()):
        gold = json.loads((corpus / "gold" / name.replace(".txt", ".json")).read_text("utf-8"))
        got = {str(c) for c in parsed(corpus / "raw" / name).domains}
        got &= CODES  # the gold was annotated with the guidelines' codes, before EXTRA_CODES
        want = set(gold["domains"]["document"])
        scores.setdefault(fam, F1()).add(want, got)
        overall.add(want, got)
    print(f"\ndocument domains on the dev corpus: F1 {overall.f1:.3f}")
    for fam, s in sorted(scores.items()):
        print(f"   {fam:26} F1 {s.f1:.3f} (tp={s.tp} fp={s.fp} fn={s.fn})")
    assert overall.f1 >= OVERALL_GATE
    for fam, s in scores.items():
        assert s.f1 >= FAMILY_GATES[fam], fam


def test_clause_domains_on_the_dev_corpus() -> None:
    """(clause number, code) pairs over every gold clause of the dev corpus."""
    from ._compare import F1

    corpus = ROOT / "tests" / "devcorpus"
    score = F1()
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        want = {(n, c) for n, codes in gold["domains"]["clauses"].items() for c in codes}
        if not gold["clauses"]:
            continue
        doc = parsed(corpus / "raw" / f"{gold_path.stem}.txt")
        got = {(c.number, t.code) for c in doc.clauses() for t in c.domains}
        score.add(want, got)
    print(
        f"\nclause domains on the dev corpus: F1 {score.f1:.3f} (tp={score.tp} fp={score.fp} fn={score.fn})"
    )
    assert score.f1 >= CLAUSE_GATE
