"""Leave-one-batch-out fit of a clause-domain precision screen (features:
benchmarks/cdom44_feats.py) over the rows of benchmarks/cdom44_rows.py: for each
batch (a dev family, the seeds, ho1 ... ho42), fit the logistic model and choose its
threshold on every other batch, then drop the held-out batch's tags under it and score
the batch's clause-domain F1 against the rules' (base). ``--inherited`` / ``--own``: only
the tags with no word of their own / with words of their own. ``--words``: the table of
each trigger form's right and wrong tags by group of batches.

usage: python benchmarks/cdom44_lobo.py ROWS.json [ROWS.json ...] [--inherited|--own] [--words]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from cdom44_feats import FEATURES
from cdom44_rows import families, gold_tags, where

L2 = 1.0
GRID = [x / 4 for x in range(-16, 5)]  # logit thresholds tried


def gold_totals(sets: set[str]) -> dict[str, int]:
    fam = families()
    out: dict[str, int] = defaultdict(int)
    for s in sets:
        raw, gold_dir = where(s)
        stems = {p.stem: p.name for p in raw.iterdir()}
        for gp in gold_dir.glob("*.json"):
            if gp.stem not in stems:
                continue
            batch = f"dev:{fam.get(stems[gp.stem], '?')}" if s == "dev" else s
            g = gold_tags(json.loads(gp.read_text(encoding="utf-8")))
            out[batch] += sum(len(v) for v in g.values())
    return out


def design(rows: list[dict], codes: list[str]) -> np.ndarray:
    x = np.zeros((len(rows), len(FEATURES) + len(codes)))
    for i, r in enumerate(rows):
        x[i, : len(FEATURES)] = [r["x"][f] for f in FEATURES]
        x[i, len(FEATURES) + codes.index(r["code"])] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton steps, L2 on every weight (the code columns are
    the biases, so no separate intercept)."""
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ (p - y) + L2 * w
        h = (x * (p * (1 - p))[:, None]).T @ x + L2 * np.eye(x.shape[1])
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def counts(z: np.ndarray, y: np.ndarray, thr: float | None, gold: int) -> tuple[int, int, int]:
    keep = np.ones(len(y), bool) if thr is None else z >= thr
    tp = int((keep & (y == 1)).sum())
    fp = int((keep & (y == 0)).sum())
    return tp, fp, gold - int((y == 1).sum()) + int((~keep & (y == 1)).sum())


def choose(z: np.ndarray, y: np.ndarray, b: np.ndarray, gold: dict[str, int]) -> float | None:
    """The threshold with the largest sum of batch F1 gains over the given rows."""
    best, best_gain = None, 0.0
    batches = sorted(set(b))
    for thr in GRID:
        gain = 0.0
        for bb in batches:
            m = b == bb
            gain += f1(*counts(z[m], y[m], thr, gold[bb])) - f1(*counts(z[m], y[m], None, gold[bb]))
        if gain > best_gain + 1e-9:
            best, best_gain = thr, gain
    return best


def words_table(rows: list[dict]) -> None:
    """Each (domain, trigger forms) key's right / wrong tags by group of sets, where the
    key has 4+ wrong tags: a word that is wrong more often than right would show here."""
    st: dict[tuple[str, str], dict[str, list[Any]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, set()])
    )
    for r in rows:
        forms = "|".join(sorted({re.sub(r"s$", "", w) for w in r["words"]})) or "<inherited>"
        s = r["set"]
        grp = "dev" if s in ("dev", "seeds") else "ho1-19" if int(s[2:]) < 20 else "ho20-42"
        a = st[(r["code"], forms)][grp]
        a[0] += int(r["y"])
        a[1] += 1 - int(r["y"])
        a[2].add(s)
    out = []
    for k, v in st.items():
        right, wrong = sum(a[0] for a in v.values()), sum(a[1] for a in v.values())
        if wrong >= 4:
            out.append(
                (wrong - right, k, {g: (a[0], a[1], len(a[2])) for g, a in sorted(v.items())})
            )
    print("# (wrong - right, (domain, forms), {group: (right, wrong, sets)})")
    for t in sorted(out, key=lambda t: -t[0]):
        print(t)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = [r for p in args for r in json.loads(Path(p).read_text()) if r["y"] is not None]
    if "--inherited" in sys.argv:  # only the tags with no word of their own
        rows = [r for r in rows if r["x"]["own_none"]]
    if "--own" in sys.argv:  # only the tags with words of their own
        rows = [r for r in rows if not r["x"]["own_none"]]
    if "--words" in sys.argv:
        words_table(rows)
        return
    codes = sorted({r["code"] for r in rows})
    x, y = design(rows, codes), np.array([float(r["y"]) for r in rows])
    b = np.array([r["batch"] for r in rows])
    gold = gold_totals({r["set"] for r in rows})
    print(f"# {len(rows)} scored clause tags, {int(y.sum())} kept by the gold; L2 {L2}")
    print(
        f"{'batch':28} {'tags':>5} {'base F1':>8} {'LOBO F1':>8} {'gain':>7} thr  drop(right/wrong)"
    )
    tot_base, tot_lobo = [0, 0, 0], [0, 0, 0]
    ups = downs = 0
    for bb in sorted(
        set(b), key=lambda s: (s[:3] != "dev", int(s[2:]) if s[2:].isdigit() else 0, s)
    ):
        m = b == bb
        w = fit(x[~m], y[~m])
        thr = choose(x[~m] @ w, y[~m], b[~m], gold)
        z = x[m] @ w
        base, lobo = counts(z, y[m], None, gold[bb]), counts(z, y[m], thr, gold[bb])
        drop = (~(z >= thr)) if thr is not None else np.zeros(int(m.sum()), bool)
        right, wrong = int((drop & (y[m] == 1)).sum()), int((drop & (y[m] == 0)).sum())
        d = f1(*lobo) - f1(*base)
        ups, downs = ups + (d > 1e-9), downs + (d < -1e-9)
        for i in range(3):
            tot_base[i] += base[i]
            tot_lobo[i] += lobo[i]
        print(
            f"{bb:28} {int(m.sum()):5} {f1(*base):8.3f} {f1(*lobo):8.3f} {d:+7.3f}",
            f"{thr} {right}/{wrong}",
        )
    print(
        f"POOLED LOBO F1 {f1(*tot_base):.4f} -> {f1(*tot_lobo):.4f}; batches up {ups}, down {downs}"
    )
    w = fit(x, y)
    thr = choose(x @ w, y, b, gold)
    print(f"in-sample threshold {thr}")
    print("weights: " + ", ".join(f"{f}={v:+.3f}" for f, v in zip(FEATURES, w, strict=False)))
    print(
        "biases: "
        + ", ".join(f"{c}={v:+.2f}" for c, v in zip(codes, w[len(FEATURES) :], strict=True))
    )


if __name__ == "__main__":
    main()
