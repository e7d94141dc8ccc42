"""Benchmark: ctdocs on PDF against pdfplumber's own ``extract_text``, per page.

Renders the five seed texts (``data/raw/*.txt``) to PDF in the three test layouts
(``tests/pdfgen``: UN, NATO two-column, report with footnotes), then, on the same
files and in one run, times

* ``pdfplumber``: open the PDF and call ``page.extract_text()`` on every page
  (closing each page as it goes) — plain text, no structure;
* ``ctdocs``: ``ctdocs.parse_document(pdf_bytes)`` — reading order, columns,
  furniture, hyphenation, then the whole ctdocs pipeline (normalise, layout,
  structure, actors, dates, domains, the pydantic Document).

Each is timed ``--repeat`` times (best run kept, after one warm-up that also loads
ctdocs' models) and reported per page; the overhead is ctdocs / pdfplumber - 1.
The target is an overhead of at most 30 %.

usage: python benchmarks/bench_pdf.py [--repeat N] [--layouts un,nato,report]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
from tests.pdfgen import LAYOUTS, render  # noqa: E402

import ctdocs  # noqa: E402


def time_extract_text(data: bytes) -> tuple[float, int]:
    t0 = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
    return time.perf_counter() - t0, n


def time_ctdocs(data: bytes) -> float:
    t0 = time.perf_counter()
    ctdocs.parse_document(data)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    args = ap.parse_args()
    layouts = [x for x in args.layouts.split(",") if x]
    files: list[tuple[str, bytes]] = []
    for seed in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for lay in layouts:
            files.append((f"{seed.stem[:3]}-{lay}", render(text, lay)))  # type: ignore[arg-type]
    # warm-up: ctdocs loads its knowledge files and models once
    for _, data in files[:1]:
        time_ctdocs(data)
        time_extract_text(data)
    print(f"{'file':14} {'pages':>5} {'plumber ms/p':>13} {'ctdocs ms/p':>12} {'overhead':>9}")
    tot_p = tot_c = 0.0
    tot_pages = 0
    for label, data in files:
        best_p = best_c = float("inf")
        pages = 0
        for _ in range(args.repeat):
            tp, pages = time_extract_text(data)
            tc = time_ctdocs(data)
            best_p, best_c = min(best_p, tp), min(best_c, tc)
        tot_p += best_p
        tot_c += best_c
        tot_pages += pages
        print(
            f"{label:14} {pages:5d} {1000 * best_p / pages:13.1f} {1000 * best_c / pages:12.1f} "
            f"{100 * (best_c / best_p - 1):+8.0f}%"
        )
    ratio = tot_c / tot_p
    per_p, per_c = 1000 * tot_p / tot_pages, 1000 * tot_c / tot_pages
    print(f"{'all':14} {tot_pages:5d} {per_p:13.1f} {per_c:12.1f} {100 * (ratio - 1):+8.0f}%")
    verdict = "meets" if ratio <= 1.30 else "MISSES"
    print(f"ctdocs / extract_text = {ratio:.2f} per page: {verdict} the target (<= 1.30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
