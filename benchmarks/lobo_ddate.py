"""A ranker over the document's own date, measured leave-one-batch-out (LOBO).

Candidates of a text: every date value ctdocs reads in its head (its first lines), in its
last lines, in its noise, or that today's rules score, and "no date". Features (shallow,
language-independent, cue words from ``data/models/document.toml``): the rule score
today's reading gives the value's best mention, whether it is today's output, where it
stands (fraction of the text, first/last lines, head, noise and the noise's reason, front
matter), how it is written (day/month/year, span, inferred year, alone on its line), the
cue words on its line, its distance to the title, whether it is the head's latest or
earliest, how often it recurs. The model is a conditional logit (softmax over a text's
candidates, L2), fitted with numpy.

Groups: the dev corpus's families, the seeds, each held-out batch. For each group, fit on
the others, pick on it; accuracy is counted as the shared scorer counts it (a text counts
where gold or the pick gives a date). Texts whose gold takes one side of the known
conflict "cover month vs approval day" are left out of every fit (still measured).

usage: python benchmarks/lobo_ddate_data.py /tmp/ddl36/data.jsonl   # read the texts once
       python benchmarks/lobo_ddate.py /tmp/ddl36/data.jsonl [--no-rules] [--fit OUT.toml]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ctdocs.extract._doccues import _cues  # noqa: E402

FIRST_LINES, LAST_LINES, L2, STEPS = 20, 15, 1e-3, 2000
RULE_FEATURES = ("today", "s_")
Data = list[tuple[np.ndarray, int]]


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def candidates(rec: dict[str, Any]) -> list[dict[str, float]]:
    """The feature rows of a text's candidates; the last one is "no date"."""
    text, hits, cues = rec["text"], rec["hits"], _cues()
    n = max(1, len(text))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    n_lines = len(line_starts)

    def line_no(at: int) -> int:
        lo, hi = 0, n_lines - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= at:
                lo = mid
            else:
                hi = mid - 1
        return lo

    noise = sorted(rec["noise"])
    title_at = text.find(rec["title"]) if rec.get("title") else -1
    title_line = line_no(title_at) if title_at >= 0 else None
    today, today_start = rec["today"], rec["today_start"]
    by_value: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for h in hits:
        v = today if today_start is not None and h["start"] == today_start else h["value"]
        if v.startswith("--"):
            continue
        by_value[v].append(h)
    head_vals = [v for v, hs in by_value.items() if any(h["start"] < rec["head_end"] for h in hs)]
    firsts = {v: min(h["start"] for h in by_value[v]) for v in head_vals}
    latest = max(head_vals, key=lambda v: v.split("/")[-1]) if head_vals else None
    earliest = min(head_vals, key=lambda v: firsts[v]) if head_vals else None
    max_s = max((h["score"] for h in hits), default=0)
    rows: list[dict[str, float]] = []
    values: list[str | None] = []
    for v, hs in by_value.items():
        best = max(hs, key=lambda h: (h["score"], -h["start"]))
        ln = line_no(best["start"])
        keep = best["score"] > 0 or ln < FIRST_LINES * 3 or ln >= n_lines - LAST_LINES
        keep = keep or v == today
        if not keep:
            continue
        lo, hi = _line(text, best["start"], best["end"])
        before, after = text[lo : best["start"]], text[best["end"] : hi]
        reason = next((r for a, b, r in noise if a <= best["start"] < b), None)
        s = best["score"]
        f = {
            "today": float(v == today),
            "s_norm": s / 17.0,
            "s_ge16": float(s >= 16),
            "s_15": float(s == 15),
            "s_14": float(s == 14),
            "s_10": float(s == 10),
            "s_8": float(s == 8),
            "s_5_7": float(5 <= s <= 7),
            "s_4": float(s == 4),
            "s_3": float(s == 3),
            "s_1_2": float(1 <= s <= 2),
            "s_max": float(s > 0 and s == max_s),
            "frac": best["start"] / n,
            "first5": float(ln < 5),
            "first20": float(ln < FIRST_LINES),
            "head": float(best["start"] < rec["head_end"]),
            "last": float(ln >= n_lines - LAST_LINES),
            "noise": float(reason is not None),
            "noise_meta": float(reason == "metadata"),
            "noise_repo": float(reason == "repository"),
            "front": float(best["start"] < rec["record_end"]),
            "day": float(best["precision"] == "day"),
            "month": float(best["precision"] == "month"),
            "year": float(best["precision"] == "year"),
            "span": float("/" in v),
            "inferred": float(best["inferred"]),
            "count": math.log1p(len(hs)) / 2,
            "latest": float(v == latest),
            "earliest": float(v == earliest),
            "alone": float(best["alone"]),
            "cue_adopted": float(
                bool(cues.adopted.search(before) or cues.adopted_any.search(before[-60:]))
            ),
            "cue_published": float(
                bool(cues.published.search(before) or cues.published_near.search(before))
            ),
            "cue_stamp": float(
                bool(
                    cues.stamp.search(before)
                    or cues.stamp_near.search(before)
                    or cues.revised.search(before)
                    or cues.synced.search(before)
                )
            ),
            "cue_event": float(
                bool(cues.event.search(before[-40:]) or cues.not_own.search(before[-60:]))
            ),
            "cue_dateline": float(
                bool(cues.dateline.search(before) or cues.dateline_article.search(before))
            ),
            "cue_closing": float(bool(cues.closing.search(before))),
            "cue_act": float(bool(cues.act_of.search(before))),
            "words_before": math.log1p(len(before.split())) / 3,
            "words_after": math.log1p(len(after.split())) / 3,
            "title_near": float(title_line is not None and abs(ln - title_line) <= 3),
            "title_below": float(title_line is not None and ln > title_line),
        }
        rows.append(f)
        values.append(v)
    none = {k: 0.0 for k in (rows[0] if rows else {"today": 0.0})}
    none.update(
        is_none=1.0,
        today=float(today is None),
        none_nopos=float(max_s == 0),
        none_few=float(len(rows) == 0),
    )
    rows.append(none)
    values.append(None)
    rec["_values"] = values
    return rows


def conflict(rec: dict[str, Any]) -> bool:
    """The gold takes one side of "cover month vs approval day": the head prints a month
    alone and a day of a cued line (both scored), and the gold is one of them."""
    scored = [h for h in rec["hits"] if h["score"] >= 5 and h["start"] < rec["head_end"]]
    months = {h["value"] for h in scored if h["precision"] == "month"}
    days = {h["value"] for h in scored if h["precision"] == "day" and "/" not in h["value"]}
    g = rec["gold"]
    return bool(months and days) and (g in months or g in days)


def matrix(
    recs: list[dict[str, Any]], names: list[str], rules: bool
) -> list[tuple[np.ndarray, int]]:
    out = []
    for r in recs:
        rows = r["_rows"]
        x = np.array([[row.get(k, 0.0) for k in names] for row in rows])
        if not rules:
            keep = [i for i, k in enumerate(names) if not k.startswith(RULE_FEATURES)]
            x = x[:, keep]
        vals = r["_values"]
        y = vals.index(r["gold"]) if r["gold"] in vals else -1
        out.append((x, y))
    return out


def fit(
    data: list[tuple[np.ndarray, int]], dim: int, steps: int = STEPS, l2: float = L2
) -> np.ndarray:
    """Conditional logit by full-batch gradient descent with Adam, L2 on the weights."""
    w = np.zeros(dim)
    m = np.zeros(dim)
    v = np.zeros(dim)
    usable = [(x, y) for x, y in data if y >= 0]
    X = np.concatenate([x for x, _ in usable])
    bounds = np.cumsum([0] + [len(x) for x, _ in usable])
    ys = np.array([bounds[i] + y for i, (_, y) in enumerate(usable)])
    seg = np.repeat(np.arange(len(usable)), [len(x) for x, _ in usable])
    for t in range(1, steps + 1):
        z = X @ w
        zmax = np.maximum.reduceat(z, bounds[:-1])
        e = np.exp(z - zmax[seg])
        p = e / np.add.reduceat(e, bounds[:-1])[seg]
        g = X.T @ p - X[ys].sum(axis=0)
        g = g / len(usable) + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def pick(x: np.ndarray, w: np.ndarray) -> int:
    z = x @ w
    return int(np.argmax(z))  # first among equals: deterministic


FIRST = Path("/tmp/ex/first")  # what ctdocs output on each batch before anyone saw it


def first_sight(rec: dict[str, Any]) -> str | bool | None:
    """The document date of the text's first-sight export, False where there is none."""
    grp = rec["group"]
    path = FIRST / grp / f"{Path(rec['path']).stem}.json"
    if not path.exists():
        return False
    got: str | None = json.loads(path.read_text(encoding="utf-8")).get("document_date") or None
    return got


def acc(pairs: list[tuple[str | None, str | None]]) -> tuple[int, int]:
    counted = [(g, p) for g, p in pairs if g or p]
    return sum(g == p for g, p in counted), len(counted)


def _order(g: str) -> tuple[int, int, str]:
    if g.startswith("ho"):
        return (2, int(g[2:]), g)
    return (0 if g.startswith("dev") else 1, 0, g)


COLUMNS = ("first", "today", "lobo", "insample")
Cells = dict[str, tuple[int, int]]


def _picks(recs: list[dict[str, Any]], data: Data, idx: list[int], col: str, w: Any) -> Cells:
    """Correct and counted texts of ``idx`` for one column of the table."""
    pairs = []
    for i in idx:
        r = recs[i]
        if col == "first":
            fs = first_sight(r)
            if fs is False:
                continue
            pairs.append((r["gold"], fs if isinstance(fs, str) else None))
        elif col == "today":
            pairs.append((r["gold"], r["today"]))
        else:
            pairs.append((r["gold"], r["_values"][pick(data[i][0], w)]))
    return {col: acc(pairs)}


def _row(label: str, n: int, c: int, cols: Cells, frac: bool = False) -> str:
    def cell(ok: int, m: int) -> str:
        if not m:
            return "-"
        return f"{ok / m:.3f}" if frac else f"{ok:>3}/{m:<3} {ok / m:.2f}"

    cells = " ".join(cell(*cols[k]).rjust(11) for k in COLUMNS)
    return f"{label:30} {n:>5} {c:>5} {cells}"


def _sum(rows: list[tuple[str, int, int, Cells]]) -> tuple[int, int, Cells]:
    tot = {k: (sum(t[3][k][0] for t in rows), sum(t[3][k][1] for t in rows)) for k in COLUMNS}
    return sum(t[1] for t in rows), sum(t[2] for t in rows), tot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--no-rules", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--steps", type=int, default=STEPS)
    a = ap.parse_args()
    with open(a.data, encoding="utf-8") as fh:
        recs = [r for r in map(json.loads, fh) if r.get("has_gold")]
    for r in recs:
        r["_rows"] = candidates(r)
    names = sorted({k for r in recs for row in r["_rows"] for k in row})
    data = matrix(recs, names, not a.no_rules)
    dim = data[0][0].shape[1]
    skip = [conflict(r) for r in recs]
    w_all = fit([d for d, s in zip(data, skip, strict=True) if not s], dim, a.steps, a.l2)
    table: list[tuple[str, int, int, Cells]] = []
    for grp in sorted({r["group"] for r in recs}, key=_order):
        idx = [i for i, r in enumerate(recs) if r["group"] == grp]
        train = [data[i] for i in range(len(recs)) if recs[i]["group"] != grp and not skip[i]]
        w = fit(train, dim, a.steps, a.l2)
        cols: Cells = {}
        for col, ww in zip(COLUMNS, (None, None, w, w_all), strict=True):
            cols.update(_picks(recs, data, idx, col, ww))
        table.append((grp, len(idx), sum(skip[i] for i in idx), cols))
        for i in idx:
            got = recs[i]["_values"][pick(data[i][0], w)]
            if a.show and (skip[i] or got != recs[i]["gold"]):
                r = recs[i]
                mark = "CONFLICT" if skip[i] else "miss"
                print(f"  {mark} {grp} {Path(r['path']).name[:60]}: gold {r['gold']} ", end="")
                print(f"lobo {got} today {r['today']}")
    kind = "shallow only (no rule score, no today)" if a.no_rules else "rules + shallow"
    print(f"features: {kind}; l2 {a.l2}, {a.steps} steps; conflict texts out of fits: {sum(skip)}")
    print(
        f"{'group':30} {'texts':>5} {'confl':>5} "
        + " ".join(h.rjust(11) for h in ("first-sight", "today", "LOBO", "in-sample"))
    )
    for t in table:
        print(_row(*t))
    print(_row("POOLED", *_sum(table), frac=True))
    print(_row("POOLED ho20-ho34", *_sum([t for t in table if t[3]["first"][1]]), frac=True))
    kept = [k for k in names if not a.no_rules or not k.startswith(RULE_FEATURES)]
    weights = ", ".join(f"{k}={x:+.2f}" for k, x in zip(kept, w_all, strict=True))
    print(f"weights (in-sample): {weights}")


if __name__ == "__main__":
    main()
