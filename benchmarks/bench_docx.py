"""Benchmark: a 500-page .docx against the text it was written from.

Builds one long text (``--pages`` pages of about 3 000 characters, a page being
what Word lays out from 500 words) by repeating, in turn, five numbered
documents of the dev corpus and the seeds, writes it as a .docx whose clause
numbers are Word automatic numbering (``tests/docxgen``: multi-level decimal,
``(a)``/``(i)`` lists, numbered heading styles, restarts), and times
``ctdocs.parse_document`` on the .txt bytes and on the .docx bytes, best of
``--repeat`` runs after one warm-up. The target: the .docx parses in at most
twice the time of its text (the reader's own share is shown apart).

usage: python benchmarks/bench_docx.py [--pages 500] [--repeat 2] [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.docxgen.fromtext import text_to_docx  # noqa: E402

import ctdocs  # noqa: E402
from ctdocs.readers.docx import docx_to_text  # noqa: E402

PAGE_CHARS = 3_000
SOURCES = [
    ROOT / "tests/devcorpus/raw/en-ca-secure-air-travel-act.txt",
    ROOT / "tests/devcorpus/raw/en-un-convention-against-taking-of-hostages-1979.txt",
    ROOT / "tests/devcorpus/raw/fr-ca-loi-prevention-voyages-de-terroristes.txt",
    ROOT / "data/raw/001_f60dafd6480beac2.txt",
    ROOT / "data/raw/000_e2138b8dcc62d837.txt",
]


def long_text(pages: int) -> str:
    parts: list[str] = []
    size, k = 0, 0
    while size < pages * PAGE_CHARS:
        t = SOURCES[k % len(SOURCES)].read_text(encoding="utf-8")
        parts.append(t)
        size += len(t)
        k += 1
    return "\n\n".join(parts)


def best(fn: object, data: bytes, name: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(data, name=name)  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    text = long_text(args.pages)
    txt = text.encode("utf-8")
    docx = text_to_docx(text, auto=True)
    ctdocs.parse_document(b"1. Texte de chauffe.", name="warm.txt")  # load the models
    t_txt = best(ctdocs.parse_document, txt, "long.txt", args.repeat)
    t_docx = best(ctdocs.parse_document, docx, "long.docx", args.repeat)
    t0 = time.perf_counter()
    docx_to_text(docx, "long.docx")
    t_reader = time.perf_counter() - t0
    a = ctdocs.parse_document(txt, name="long.txt")
    b = ctdocs.parse_document(docx, name="long.docx")
    same = [c.number for c in a.clauses()] == [c.number for c in b.clauses()]
    lines = [
        f"pages (≈{PAGE_CHARS} chars each): {args.pages}; text {len(txt):,} bytes, "
        f".docx {len(docx):,} bytes",
        f"parse .txt : {t_txt:.2f} s",
        f"parse .docx: {t_docx:.2f} s (of which the DOCX reader {t_reader:.2f} s)",
        f"ratio docx/txt: {t_docx / t_txt:.2f} (target <= 2.0)",
        f"clauses: {len(a.clauses())} in both, same numbers: {same}",
    ]
    report = "\n".join(lines)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")
    return 0 if t_docx <= 2 * t_txt and same else 1


if __name__ == "__main__":
    raise SystemExit(main())
