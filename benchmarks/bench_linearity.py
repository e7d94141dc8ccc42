"""Benchmark: does parsing time grow linearly with input size, for every kind of input?

For each family of inputs — the bundled corpus as plain text, Markdown, HTML,
a long list of bullets, numbered clauses, one single line with no line break,
the texts built to make regexes backtrack (``tests/test_pathological.py``), and
PDF by page count — the script parses sizes n, 2n, 4n, 8n (16n where cheap)
and reports:

* ``s/MB`` — the slope of a least-squares line through (size, time): the cost
  of one more megabyte (for PDF: seconds per 100 pages);
* ``worst/best`` — the largest ratio of time per byte between two sizes. Near
  1 means linear; a quadratic step doubles it with every doubling of size;
* ``exponent`` — the slope of log(time) against log(size): 1 is linear, 2
  quadratic.

Times are CPU seconds of this process (``time.process_time``), best of
``--repeat`` runs, after a warm-up that loads the knowledge base: the machine
is shared, and CPU time is what another process's load disturbs least.

usage: python benchmarks/bench_linearity.py [--base-mb 0.25] [--steps 5] [--repeat 2]
       [--families text,markdown,...] [--json out.json]

``--memory``: each (family, size) runs in a fresh subprocess, which reports
the CPU time of the parse and its peak memory: the growth of the process's
peak resident set (``ru_maxrss``) from just before the parse (input built,
knowledge base loaded, a small input of the same class parsed first so that
its reader is imported) to its end, over the input's size in bytes. The
budget (issue 15): at most 30 times the input and 5 s/MB, for every class —
plain text, short lines, long lines, HTML, Markdown tables.

usage: python benchmarks/bench_linearity.py --memory [--base-mb 0.25] [--steps 3]
       [--json benchmarks/results/linearity_memory.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import ctdocs  # noqa: E402

Make = Callable[[int], tuple[object, int]]  # size unit -> (input, size in bytes)


def _repeat_to(piece: str, size: int, sep: str = "\n\n") -> str:
    unit = piece + sep
    return (unit * (size // len(unit.encode("utf-8")) + 1))[: max(size, 1)]


def _corpus() -> str:
    seeds = sorted((ROOT / "data" / "raw").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)


def _texts(suffix: str) -> str:
    return "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "texts").glob(f"*{suffix}"))
    )


SENTENCE = (
    "L'OTAN et la Russie ont signé le 5 juin 2003 un accord sur les armes chimiques. "
    "NATO and the European Union met on 6 June 2002 on border control. "
)


@dataclass(frozen=True)
class Family:
    name: str
    unit: str  # what a size counts
    make: Make  # size -> (input for parse, bytes)
    pdf: bool = False


def _text_family(name: str, build: Callable[[int], str], layout: str | None = None) -> Family:
    def make(size: int) -> tuple[object, int]:
        text = build(size)
        return (text, layout), len(text.encode("utf-8"))

    return Family(name, "MB", make)


def families() -> list[Family]:
    corpus, md = _corpus(), _texts(".md")
    html_body = (ROOT / "tests" / "texts" / "en_osce_decision.html").read_text(encoding="utf-8")
    html_body = html_body.split("<body", 1)[-1].split(">", 1)[-1].rsplit("</body>", 1)[0]

    def bullets(size: int) -> str:
        line = "- mesure {k} : coopération avec l'OTAN contre le terrorisme\n"
        n = size // len(line.format(k=10**6).encode("utf-8")) + 1
        return "Liste des mesures\n\n" + "".join(line.format(k=k) for k in range(n))

    def clauses(size: int) -> str:
        out, total, k = [], 0, 0
        while total < size:
            k += 1
            s = (
                f"{k % 999 + 1}. Le Conseil de sécurité décide, le 5 juin 2003, que l'OTAN "
                f"renforcera le contrôle aux frontières.\n\n{k % 999 + 1}.1 Les Alliés "
                "coopéreront avec l'Union européenne.\n\n(a) échange d'informations ;\n\n"
            )
            out.append(s)
            total += len(s.encode("utf-8"))
        return "".join(out)

    def attacks(size: int) -> str:
        # The regex attacks of the pathological tests, each on its own line, round robin.
        pieces = [
            "cookies " * 500,
            "subscribe " * 500,
            "1." * 2000 + "1 x",
            "*a " * 1000,
            "a-" * 2000 + "a x",
            "2003 juin " * 300,
            "Conseil OTAN " * 300,
        ]
        out, total, k = [], 0, 0
        while total < size:
            out.append(pieces[k % len(pieces)])
            total += len(pieces[k % len(pieces)]) + 2
            k += 1
        return "\n\n".join(out)

    def table(size: int) -> str:
        head = "| Pays / Country | Mesure / Measure | Date |\n|---|---|---|\n"
        row = "| France {k} | contrôle aux frontières / border control | 5 juin 2003 |\n"
        n = size // len(row.format(k=10**5).encode("utf-8")) + 1
        return "Tableau des mesures\n\n" + head + "".join(row.format(k=k) for k in range(n))

    fams = [
        _text_family("text (corpus)", lambda n: _repeat_to(corpus, n)),
        _text_family("short lines", lambda n: "a\n" * (n // 2)),
        _text_family("markdown tables", table, "markdown"),
        _text_family("markdown", lambda n: _repeat_to(md, n), "markdown"),
        _text_family(
            "html",
            lambda n: "<html><body>" + _repeat_to(html_body, n, "\n") + "</body></html>",
            "html",
        ),
        _text_family("bullets", bullets),
        _text_family("clauses", clauses),
        _text_family("one line", lambda n: _repeat_to(SENTENCE, n, "")),
        _text_family("regex attacks", attacks),
    ]

    def pdf(pages: int) -> tuple[object, int]:
        from tests.test_pathological import _big_pdf

        data, _ = _big_pdf(pages)
        return data, pages

    fams.append(Family("pdf", "100 pages", pdf, pdf=True))
    return fams


def _time(fam: Family, arg: object, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t0 = time.process_time()
        if fam.pdf:
            ctdocs.parse_document(arg, name="bench.pdf")
        else:
            text, layout = cast(tuple[str, Any], arg)
            ctdocs.parse_text(text, layout=layout)
        best = min(best, time.process_time() - t0)
    return best


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares slope and intercept of ys on xs."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var
    return slope, my - slope * mx


def measure(fam: Family, sizes: list[int], repeat: int) -> dict[str, object]:
    points: list[tuple[float, float]] = []
    for size in sizes:
        arg, nbytes = fam.make(size)
        t = _time(fam, arg, repeat if (fam.pdf or nbytes <= 2_000_000) else 1)
        x = nbytes / 100 if fam.pdf else nbytes / 1e6  # PDF: in 100 pages; text: in MB
        points.append((x, t))
        print(f"  {fam.name:<14} {x:9.3f} {fam.unit:<9} {t:8.2f} s", file=sys.stderr, flush=True)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    slope, intercept = _fit(xs, ys)
    per = [y / x for x, y in points]
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    exponent, _ = _fit(lx, ly)
    return {
        "family": fam.name,
        "unit": fam.unit,
        "sizes": xs,
        "seconds": ys,
        "slope": slope,
        "intercept": intercept,
        "worst_over_best": max(per) / min(per),
        "exponent": exponent,
    }


def _child(name: str, size: int) -> int:
    """In a fresh process: parse one input, print its CPU time and peak memory as JSON."""
    import resource

    fam = next(f for f in families() if f.name == name)
    ctdocs.parse_text("1. Le Conseil de sécurité, le 5 juin 2003, OTAN.")  # warm-up
    # and a small input of the class: its reader's imports (html5lib: ~3 MB) and
    # compiled patterns are paid once per process, not in proportion to the input
    _time(fam, fam.make(5000)[0], 1)
    arg, nbytes = fam.make(size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t = _time(fam, arg, 1)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"bytes": nbytes, "seconds": t, "peak_growth": after - before}))
    return 0


MEMORY_CLASSES = ("text (corpus)", "short lines", "one line", "html", "markdown tables")


def memory(base_mb: float, steps: int, out: str) -> int:
    """Each class at ``steps`` sizes, each in its own process: s/MB and peak/size."""
    import subprocess

    rows = []
    print(f"{'class':<16} {'MB':>6} {'CPU s':>7} {'s/MB':>6} {'peak MB':>8} {'peak/size':>9}")
    for name in MEMORY_CLASSES:
        for k in range(steps):
            size = int(base_mb * 1e6) * 2**k
            res = subprocess.run(
                [sys.executable, __file__, "--child", name, str(size)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(res.stdout.strip().splitlines()[-1])
            mb = r["bytes"] / 1e6
            row = {
                "class": name,
                "mb": mb,
                "seconds": r["seconds"],
                "s_per_mb": r["seconds"] / mb,
                "peak_mb": r["peak_growth"] / 1e6,
                "peak_over_size": r["peak_growth"] / r["bytes"],
            }
            rows.append(row)
            print(
                f"{name:<16} {mb:6.2f} {r['seconds']:7.2f} {row['s_per_mb']:6.2f} "
                f"{row['peak_mb']:8.1f} {row['peak_over_size']:9.1f}",
                flush=True,
            )
    if out:
        Path(out).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        return _child(sys.argv[2], int(sys.argv[3]))
    if "--memory" in sys.argv:
        mp = argparse.ArgumentParser()
        mp.add_argument("--memory", action="store_true")
        mp.add_argument("--base-mb", type=float, default=0.25)
        mp.add_argument("--steps", type=int, default=3)
        mp.add_argument("--json", default="")
        a = mp.parse_args()
        return memory(a.base_mb, a.steps, a.json)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base-mb", type=float, default=0.25, help="smallest text size (MB)")
    ap.add_argument("--base-pages", type=int, default=25, help="smallest PDF (pages)")
    ap.add_argument("--steps", type=int, default=5, help="sizes: base * 2**k for k < steps")
    ap.add_argument("--pdf-steps", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--families", default="", help="comma-separated names (default: all)")
    ap.add_argument("--json", default="", help="also write the results here")
    args = ap.parse_args()
    ctdocs.parse_text("1. Le Conseil de sécurité, le 5 juin 2003, OTAN.")  # warm-up
    wanted = {f.strip() for f in args.families.split(",") if f.strip()}
    rows = []
    for fam in families():
        if wanted and not any(w in fam.name for w in wanted):
            continue
        if fam.pdf:
            sizes = [args.base_pages * 2**k for k in range(args.pdf_steps)]
        else:
            sizes = [int(args.base_mb * 1e6) * 2**k for k in range(args.steps)]
        rows.append(measure(fam, sizes, args.repeat))
    print(
        f"{'family':<15} {'sizes':<28} {'CPU seconds':<36} "
        f"{'slope':>13} {'worst/best':>10} {'exponent':>8}"
    )
    for r in rows:
        shown = " ".join(f"{x:.3g}" for x in r["sizes"])  # type: ignore[attr-defined]
        secs = " ".join(f"{y:.2f}" for y in r["seconds"])  # type: ignore[attr-defined]
        unit = "s/MB" if r["unit"] == "MB" else "s/100p"
        print(
            f"{r['family']:<15} {shown:<28} {secs:<36} {r['slope']:>6.2f} {unit:<6}"
            f"{r['worst_over_best']:>10.2f} {r['exponent']:>8.2f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
