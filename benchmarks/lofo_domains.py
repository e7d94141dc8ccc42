"""Document domains on the dev corpus: the fitted [scoring] numbers, leave-one-family-out.

usage: PYTHONPATH=src python benchmarks/lofo_domains.py [--quick]

The role factors and thresholds of ``data/models/domains.toml`` ([scoring]) are
fitted on the dev corpus (tests/devcorpus). This script shows how much that fit
flatters the score: for each family (FAMILIES.tsv) it picks the setting that
scores best on the *other* families and measures it on the held-out one; the
held-out predictions of all families, pooled, give the LOFO micro F1, to compare
with the in-sample F1 of the setting picked on all families and with the setting
shipped in domains.toml. Each document is parsed once; only the domain stage is
re-run per setting of the factors, and the thresholds are applied to the weights
it returns.

Output: a table, also written to benchmarks/results/lofo_domains.txt.
"""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import ctdocs.extract as ex
from ctdocs import parse_document
from ctdocs._knowledge import DomainScoring, load_domains
from ctdocs.extract import _domain_roles

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "devcorpus"
OUT = ROOT / "benchmarks" / "results" / "lofo_domains.txt"

# The first value of each knob is its prior, set from the guidelines before any
# fitting ("not where a word brushes past": roles discount, headings count double,
# one strong hit tags): where settings tie, the one closest to the priors wins.
FACTORS: dict[str, list[Any]] = {
    "list_factor": [0.3, 0.5, 1.0],
    "definition_factor": [0.3, 0.6, 1.0],
    "citation_factor": [0.3, 1.0],
    "name_factor": [0.0, 1.0],
    "heading_weight": [2.0, 1.0, 3.0],
    "list_max_words": [4, 6],
}
THRESHOLDS: dict[str, list[Any]] = {
    "document_threshold": [1.0, 1.5, 2.0, 2.5, 3.0],
    "document_per_kword": [0.0, 0.25, 0.5, 1.0, 2.0],
}
GRID = {**FACTORS, **THRESHOLDS}
QUICK = {"list_factor": [0.5], "definition_factor": [0.6], "citation_factor": [0.3]}

Doc = tuple[str, str, Any, Any]  # text, language, blocks, the document title


def families() -> dict[str, str]:
    with (CORPUS / "FAMILIES.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {r["file"].removesuffix(".txt"): r["family"] for r in rows}


def gold() -> dict[str, set[str]]:
    return {
        p.stem: set(json.loads(p.read_text(encoding="utf-8"))["domains"]["document"])
        for p in sorted((CORPUS / "gold").glob("*.json"))
    }


def capture(names: list[str]) -> dict[str, Doc]:
    """Parse each document once and keep what the domain stage reads."""
    seen: dict[str, Doc] = {}
    real = ex.weigh_domains
    for name in names:

        def spy(text: str, language: str, blocks: Any, title: Any = None, _n: str = name) -> Any:
            seen[_n] = (text, language, blocks, title)
            return real(text, language, blocks, title)

        with mock.patch.object(ex, "weigh_domains", spy):
            parse_document(CORPUS / "raw" / f"{name}.txt")
    return seen


@contextmanager
def scoring(update: dict[str, float]) -> Iterator[DomainScoring]:
    data = load_domains()
    new = data.model_copy(update={"scoring": data.scoring.model_copy(update=update)})
    _domain_roles.roles.cache_clear()
    try:
        with mock.patch.object(_domain_roles, "load_domains", lambda: new):
            yield new.scoring
    finally:
        _domain_roles.roles.cache_clear()


def f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return 1.0  # nothing to find and nothing found
    return 2 * tp / (2 * tp + fp + fn)


def show(c: tuple[int, ...]) -> str:
    return f"(tp={c[0]} fp={c[1]} fn={c[2]})"


def counts(
    pred: dict[str, set[str]], want: dict[str, set[str]], docs: list[str]
) -> tuple[int, int, int]:
    tp = sum(len(pred[d] & want[d]) for d in docs)
    fp = sum(len(pred[d] - want[d]) for d in docs)
    fn = sum(len(want[d] - pred[d]) for d in docs)
    return tp, fp, fn


def main() -> None:
    fam = families()
    want = gold()
    names = sorted(want)
    docs = capture(names)
    grid = dict(FACTORS, **(QUICK if "--quick" in sys.argv else {}))
    # setting (factors + thresholds) -> document -> predicted codes
    preds: dict[tuple[tuple[str, float], ...], dict[str, set[str]]] = {}
    for values in itertools.product(*grid.values()):
        update = dict(zip(grid, values, strict=True))
        with scoring(update) as sc:
            weights = {n: ex.weigh_domains(*docs[n])[0] for n in names}
            for tv in itertools.product(*THRESHOLDS.values()):
                tu = dict(zip(THRESHOLDS, tv, strict=True))
                sc2 = sc.model_copy(update=tu)
                key = tuple(sorted({**update, **tu}.items()))
                preds[key] = {n: ex.document_codes(weights[n], sc2) for n in names}

    def best(docs_in: list[str]) -> tuple[tuple[str, float], ...]:
        # ties go to the setting closest to the priors (the first value of each knob)
        def rank(k: tuple[tuple[str, float], ...]) -> tuple[float, int]:
            away = sum(GRID[a].index(v) for a, v in k)
            return f1(*counts(preds[k], want, docs_in)), -away

        return max(preds, key=rank)

    lines = []
    shipped = load_domains().scoring
    ship_key = tuple(sorted((k, getattr(shipped, k)) for k in {**grid, **THRESHOLDS}))
    if ship_key in preds:
        c = counts(preds[ship_key], want, names)
        lines.append(f"shipped setting     in-sample F1 {f1(*c):.3f}  {show(c)}")
        lines.append(f"  {dict(ship_key)}")
    top = best(names)
    c = counts(preds[top], want, names)
    lines.append(f"best on all         in-sample F1 {f1(*c):.3f}  {show(c)}")
    lines.append(f"  {dict(top)}")
    pooled = [0, 0, 0]
    lines.append("held-out family             docs  F1     chosen on the other families")
    for family in sorted(set(fam.values())):
        held = [n for n in names if fam[n] == family]
        rest = [n for n in names if fam[n] != family]
        k = best(rest)
        c = counts(preds[k], want, held)
        pooled = [a + b for a, b in zip(pooled, c, strict=True)]
        diff = {a: v for a, v in k if dict(top)[a] != v}
        lines.append(f"  {family:26} {len(held):4}  {f1(*c):.3f}  differs from best-on-all: {diff}")
    lines.append(f"LOFO pooled F1 {f1(*pooled):.3f}  {show(tuple(pooled))}")
    lines += clause_knob(fam, names, docs, "scope_max_words", SCOPE, "_domain_scope")
    lines += clause_knob(fam, names, docs, "theme_min_clauses", THEME, "_domain_subject")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    OUT.write_text(text, encoding="utf-8")


# scope_max_words (ctdocs.extract._domain_scope): the longest section heading whose
# domains the clauses under it take; 0 (no heading passes anything on) is the prior.
SCOPE = [0, 4, 6, 8, 10, 12, 15]
# theme_min_clauses (ctdocs.extract._domain_subject): the fewest clauses a document's
# theme is tagged on; 0 (no theme passes on) and 2 (more than a passing word) are priors.
THEME = [0, 2, 3, 4, 6]


def clause_gold() -> dict[str, set[tuple[str, str]]]:
    out = {}
    for p in sorted((CORPUS / "gold").glob("*.json")):
        tags = json.loads(p.read_text(encoding="utf-8"))["domains"]["clauses"]
        out[p.stem] = {(n, c) for n, codes in tags.items() for c in codes}
    return out


def clause_knob(
    fam: dict[str, str],
    names: list[str],
    docs: dict[str, Doc],
    knob: str,
    values: list[int],
    module: str,
) -> list[str]:
    """Clause domains (number, code) for each value of ``knob`` (read by ``module``),
    with the other knobs as shipped, in sample and leave-one-family-out."""
    want = clause_gold()
    got: dict[int, dict[str, set[tuple[str, str]]]] = {}
    for most in values:
        with (
            scoring({knob: most}) as sc,
            mock.patch(f"ctdocs.extract.{module}.load_domains") as ld,
        ):
            ld.return_value.scoring = sc
            got[most] = {}
            for n in names:
                blocks = docs[n][2]
                tags = ex.weigh_domains(*docs[n])[1]
                got[most][n] = {(blocks[k].number, c) for k, t in tags.items() for c in t}

    def count(most: int, docs_in: list[str]) -> tuple[int, int, int]:
        tp = sum(len(got[most][d] & want[d]) for d in docs_in)
        fp = sum(len(got[most][d] - want[d]) for d in docs_in)
        fn = sum(len(want[d] - got[most][d]) for d in docs_in)
        return tp, fp, fn

    def best(docs_in: list[str]) -> int:  # ties go to the smaller value (closer to the prior)
        return max(values, key=lambda m: (f1(*count(m, docs_in)), -m))

    lines = ["", f"clause domains, {knob} (the other knobs as shipped)"]
    for m in values:
        c = count(m, names)
        lines.append(f"  {knob}={m:<3} in-sample F1 {f1(*c):.3f}  {show(c)}")
    pooled = [0, 0, 0]
    lines.append("held-out family             docs  F1     chosen on the other families")
    for family in sorted(set(fam.values())):
        held = [n for n in names if fam[n] == family]
        m = best([n for n in names if fam[n] != family])
        c = count(m, held)
        pooled = [a + b for a, b in zip(pooled, c, strict=True)]
        lines.append(f"  {family:26} {len(held):4}  {f1(*c):.3f}  {knob}={m}")
    lines.append(f"LOFO pooled clause F1 {f1(*pooled):.3f}  {show(tuple(pooled))}")
    return lines


if __name__ == "__main__":
    main()
