"""The corpus export against parsing alone, on the 200x benchmark corpus (833 files).

Targets (issue 14): ``ctdocs export DIR --to corpus.duckdb --jobs 1`` takes at most
1.25 x the time of ``ctdocs parse DIR --jobs 1`` over the same files, with peak
memory at most 400 MB; a second run with nothing changed takes at most 10 % of the
first. Each command runs in a fresh process (wall time from start to exit, peak
RSS of that process); ``parse`` and ``export`` run back to back, as a pair, so
both see the same load from whatever else runs on the machine, and the ratio is
taken within each pair. The figures are written to
``benchmarks/results/export.txt`` and ``export.json``.

Also measured: how to insert a batch of rows into DuckDB, an Arrow table against
``executemany``, on the rows of the first documents of the corpus (why
:mod:`ctdocs.views._export` inserts Arrow tables).

usage: python benchmarks/bench_export.py [--pairs 2] [--scale 200]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from corpus import build  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"

# A fresh interpreter runs the command and reports its own wall time and its child's
# peak RSS, so one measurement's memory is never mixed with another's.
_RUNNER = """
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _measure(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of ``python -m ctdocs ARGS`` in its own process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-c", _RUNNER, sys.executable, "-m", "ctdocs", *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    seconds, kb = out.split()
    return float(seconds), int(kb) / 1024


def _load() -> float:
    return os.getloadavg()[0]


def insert_methods(paths: list[Path], n_docs: int = 40) -> dict[str, float]:
    """Seconds to insert the rows of ``n_docs`` documents: Arrow tables, or executemany."""
    import duckdb

    from ctdocs import parse_document
    from ctdocs.views._export import _SQL_TYPES, arrow_tables
    from ctdocs.views._frames import TABLES, document_rows

    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in TABLES}
    for k, p in enumerate(paths[:n_docs]):
        for name, part in document_rows(f"d{k}", parse_document(p)).items():
            rows[name].extend(part)
    out: dict[str, float] = {"rows": float(sum(len(v) for v in rows.values()))}
    for method in ("arrow", "executemany"):
        con = duckdb.connect(":memory:")
        for name, cols in TABLES.items():
            body = ", ".join(f'"{c}" {_SQL_TYPES[t]}' for c, t in cols)
            con.execute(f'CREATE TABLE "{name}" ({body})')
        t = time.perf_counter()
        if method == "arrow":
            for name, table in arrow_tables(rows).items():
                con.register("batch", table)
                con.execute(f'INSERT INTO "{name}" SELECT * FROM batch')
                con.unregister("batch")
        else:
            for name, cols in TABLES.items():
                marks = ", ".join("?" for _ in cols)
                con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows[name])
        out[method] = time.perf_counter() - t
        con.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=2)
    ap.add_argument("--scale", type=float, default=200)
    ap.add_argument("--no-inserts", action="store_true", help="skip the insert comparison")
    args = ap.parse_args()
    corpus = build(args.scale)
    files = str(corpus.directory)
    work = Path(tempfile.mkdtemp(prefix="ctdocs-bench-export-"))
    report: dict[str, object] = {
        "corpus": {"files": len(corpus.paths), "bytes": corpus.total_bytes},
        "pairs": [],
        "insert_seconds": None,
        "cpus": os.cpu_count(),
    }
    pairs: list[dict[str, object]] = report["pairs"]  # type: ignore[assignment]
    try:
        for k in range(args.pairs):
            db = work / f"corpus{k}.duckdb"
            load0 = _load()
            parse_s, parse_mb = _measure(["parse", files, "--jobs", "1", "--no-progress"])
            export_s, export_mb = _measure(
                ["export", files, "--to", str(db), "--jobs", "1", "--no-progress"]
            )
            again_s, again_mb = _measure(["export", files, "--to", str(db), "--no-progress"])
            pairs.append(
                {
                    "parse_s": parse_s,
                    "parse_mb": parse_mb,
                    "export_s": export_s,
                    "export_mb": export_mb,
                    "again_s": again_s,
                    "again_mb": again_mb,
                    "export_over_parse": export_s / parse_s,
                    "again_over_export": again_s / export_s,
                    "load": [load0, _load()],
                }
            )
            print(json.dumps(pairs[-1]), flush=True)
            _write(report)  # a pair at a time: a long run interrupted keeps what it measured
        if not args.no_inserts:
            report["insert_seconds"] = insert_methods(corpus.paths)
            _write(report)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(_table(report))
    return 0


def _write(report: dict[str, object]) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "export.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "export.txt").write_text(_table(report), encoding="utf-8")


def _table(report: dict[str, object]) -> str:
    pairs = report["pairs"]
    assert isinstance(pairs, list)
    c = report["corpus"]
    assert isinstance(c, dict)
    lines = [
        f"ctdocs export, 200x corpus: {c['files']} files, {c['bytes'] / 1e6:.1f} MB; "
        "each pair run back to back (load average at start and end)",
        "pair  parse --jobs 1   export --jobs 1   ratio (<=1.25)   peak MB (<=400)   "
        "2nd run   2nd/1st (<=0.10)   load",
    ]
    for k, p in enumerate(pairs):
        lines.append(
            f"{k:>4}  {p['parse_s']:>12.1f} s  {p['export_s']:>13.1f} s  "
            f"{p['export_over_parse']:>14.2f}  {p['export_mb']:>16.0f}  "
            f"{p['again_s']:>6.1f} s  {p['again_over_export']:>16.3f}   "
            f"{p['load'][0]:.1f}/{p['load'][1]:.1f}"
        )
    ins = report["insert_seconds"]
    if isinstance(ins, dict):
        lines.append(
            f"insert {ins['rows']:.0f} rows (40 documents): Arrow tables {ins['arrow']:.3f} s, "
            f"executemany {ins['executemany']:.3f} s"
        )
    peaks = ", ".join(f"{p['parse_mb']:.0f}" for p in pairs)
    lines.append(f"parse-only peak MB: {peaks}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
