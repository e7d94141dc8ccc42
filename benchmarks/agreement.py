"""How far two careful annotators agree on the same unseen texts: the ceiling of every measure.

A batch of tests/heldoutN has its gold (gold/) and, for some batches, a second annotation made
independently from the same texts, guidelines and precedents (gold_second/). This script scores
one against the other with the shared scorer (each in turn as gold) and ctdocs's exports against
both, so that a threshold can be read against what people reach: where two annotators agree at
0.99 the gap is ctdocs's; where they agree at 0.71 the guidelines leave the call open.

The scorer's noise and lost columns need a body, which gold lacks, so the noise agreement of two
golds is counted here: the lines one marks as noise that the other does not (case and spaces
folded).

    python benchmarks/agreement.py tests/heldout40 tests/heldout41 \
        --exports /tmp/ex/base/ho40 /tmp/ex/base/ho41
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

COLUMNS = ("cl", "st", "ti", "se", "da", "daP", "acs", "acc", "dd", "cd", "ddate", "sym")


def _figures(report: dict[str, Any]) -> list[float | None]:
    return [
        report["clauses"]["f1"],
        report["clause_starts_acc"],
        report["clause_title_acc"],
        report["clause_section_acc"],
        report["dates"]["f1"],
        report["dates"]["p"],
        report["actors_surface"]["f1"],
        report["actors_canonical"]["f1"],
        report["domains_document"]["f1"],
        report["domains_clause"]["f1"],
        report["document_date_acc"],
        report["symbol_acc"],
    ]


def _score(scorer: Path, gold: Path, output: Path, raw: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        cmd = [sys.executable, str(scorer), str(gold), str(output), "--raw", str(raw)]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        cmd += ["--json", str(out), "--quiet"]
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return report


def _noise_lines(gold: Path) -> dict[str, set[str]]:
    lines: dict[str, set[str]] = {}
    for path in sorted(gold.glob("*.json")):
        noise = json.loads(path.read_text(encoding="utf-8")).get("noise", [])
        lines[path.stem] = {" ".join(line.split()).casefold() for line in noise}
    return lines


def noise_disagreement(first: Path, second: Path) -> tuple[int, int, int]:
    """Lines noise in the first only, in the second only, and in both."""
    a, b = _noise_lines(first), _noise_lines(second)
    only_a = sum(len(a[s] - b.get(s, set())) for s in a)
    only_b = sum(len(b[s] - a.get(s, set())) for s in b)
    both = sum(len(a[s] & b.get(s, set())) for s in a)
    return only_a, only_b, both


def _row(label: str, figures: list[float | None]) -> str:
    cells = ["    -" if f is None else f"{f:.3f}" for f in figures]
    return f"{label:28} " + " ".join(f"{c:>5}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batches", nargs="+", type=Path, help="heldout folders with gold_second/")
    ap.add_argument("--exports", nargs="*", type=Path, default=[], help="one folder a batch")
    ap.add_argument("--scorer", type=Path, default=Path("/work/shared/tools/score.py"))
    args = ap.parse_args(argv)
    print(f"{'gold <- output':28} " + " ".join(f"{c:>5}" for c in COLUMNS))
    for i, batch in enumerate(args.batches):
        raw, first, second = batch / "texts", batch / "gold", batch / "gold_second"
        pairs = [("first <- second", first, second), ("second <- first", second, first)]
        if i < len(args.exports):
            ours = args.exports[i]
            pairs += [("first <- ctdocs", first, ours), ("second <- ctdocs", second, ours)]
        for label, gold, output in pairs:
            print(_row(f"{batch.name} {label}", _figures(_score(args.scorer, gold, output, raw))))
        only_a, only_b, both = noise_disagreement(first, second)
        print(f"{batch.name} noise lines: both {both}, first only {only_a}, second only {only_b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
