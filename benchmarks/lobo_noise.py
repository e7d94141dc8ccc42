"""Fit the learned noise-line model and report it leave-one-batch-out (LOBO).

The lines the layout rules leave open are scored by one logistic model
(``src/ctdocs/layout/_linescore.py``: the boilerplate scorer's features and ``EXTRA``).
It is fitted here on every annotated text (``benchmarks/lobo_noise_data.py``: the dev
corpus's families and the held-out batches, each line labelled by its document's gold
noise lines) and measured leave-one-batch-out: for each group (a dev family or a batch),
fitted on the others, measured on it. Class-weighted L2 logistic regression by plain
gradient descent (a body line counts ``--cw`` times a noise line), then the threshold
that minimises ``noise missed + --cost * body lost`` on the training lines: losing text
is worse than leaking chrome.

A line's outcome: noise when the model says so, or when a later rule set it aside
though today's scorer had left it open (those rules do not read the scorer). Figures per
group: gold noise lines left open (leaked, and of them the 12 characters or more the
shared scorer counts) and gold body lines set aside (lost, and of them the 40 characters
or more it counts), today's (the shipped model), LOBO, and in-sample (fitted on all).

Labels that disagree: a line whose text is gold noise in one group and gold body in
another (the known conflicts: a repository's record, front matter, footnotes) is
dropped from the fit and counted.

usage: python benchmarks/lobo_noise.py [--batches 34] [--base-only] [--cw 5] [--cost 10]
       python benchmarks/lobo_noise.py --rules   # how often each rule's noise is gold body
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lobo_noise_data import DocRows, load
from lobo_noise_feats import EXTRA

from ctdocs.layout._boilerplate import FEATURES

L2 = 1e-4
STEPS = 3000


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def conflicts(docs: list[DocRows]) -> set[str]:
    """Texts labelled noise in one group and body in another."""
    seen: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for d in docs:
        for _v, lab, _r, _f, text in d.cand:
            seen[_key(text)].add((d.group, lab))
    return {
        k
        for k, gl in seen.items()
        if {lab for _, lab in gl} == {0, 1} and len({g for g, _ in gl}) > 1
    }


def arrays(docs: list[DocRows], ncols: int, drop: set[str] | None = None):  # type: ignore[no-untyped-def]
    rows = [
        (v[:ncols], lab, ver, bool(fin), len(text))
        for d in docs
        for v, lab, ver, fin, text in d.cand
        if drop is None or _key(text) not in drop
    ]
    x = np.array([r[0] for r in rows], dtype=float).reshape(len(rows), ncols)
    cols = [np.array([r[k] for r in rows]) for k in range(1, 5)]
    return x, *cols


def fit(x, y, cw: float, cost: float) -> tuple[np.ndarray, float, float]:  # type: ignore[no-untyped-def]
    sw = np.where(y == 1, 1.0, cw)
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = sw * (p - y)
        w -= x.T @ g / sw.sum() + L2 * w
        b -= g.sum() / sw.sum()
    w, b = np.round(w, 3), round(float(b), 3)
    s = x @ w + b
    best = (float("inf"), 0.0)
    for t in np.unique(np.round(s, 3)):
        c = ((s < t) & (y == 1)).sum() + cost * ((s >= t) & (y == 0)).sum()
        best = min(best, (float(c), float(t)))
    return w, b, round(best[1] - 0.0005, 4)


MODES = ("replace", "add", "veto")


def decide(x, ver, fin, model, mode: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Which lines end as noise. ``replace``: the model decides every candidate (a later
    rule's noise stays); ``add``: today's outcome, plus the lines the model sets aside;
    ``veto``: today's outcome, less the scorer's noise the model gives back."""
    if model is None:
        return np.asarray(fin)
    w, b, t = model
    s = x @ w + b
    if mode == "add":
        return fin | (s >= t)
    if mode == "veto":
        return fin & ~((ver == 1) & (s < t))
    return (s >= t) | (fin & (ver == 0))


def fit_mode(a, cw: float, cost: float, mode: str) -> tuple[np.ndarray, float, float]:  # type: ignore[no-untyped-def]
    """``fit``, its threshold chosen again for ``add`` or ``veto`` among the lines the mode
    may change (the lines today leaves open, or the scorer's noise)."""
    x, y, ver, fin, _ = a
    w, b, t = fit(x, y, cw, cost)
    if mode == "replace":
        return w, b, t
    s = x @ w + b
    may = ~fin if mode == "add" else ver == 1
    best = (0.0, -1e9 if mode == "veto" else 1e9)
    for cut in np.unique(np.round(s[may], 3)):
        flip = may & ((s >= cut) if mode == "add" else (s < cut))
        gain = (flip & (y == 1)).sum() - cost * (flip & (y == 0)).sum()
        c = -gain if mode == "add" else -(cost * (flip & (y == 0)).sum() - (flip & (y == 1)).sum())
        best = min(best, (float(c), float(cut)))
    return w, b, best[1] + (0.0 if mode == "add" else 0.0005)


def outcome(x, y, ver, fin, chars, model, mode: str = "replace") -> np.ndarray:  # type: ignore[no-untyped-def]
    """(leaked, leaked >= 12 chars, noise, lost, lost >= 40 chars, body)."""
    new = decide(x, ver, fin, model, mode)
    leak, lost = (y == 1) & ~new, (y == 0) & new
    return np.array(
        [
            leak.sum(),
            (leak & (chars >= 12)).sum(),
            (y == 1).sum(),
            lost.sum(),
            (lost & (chars >= 40)).sum(),
            (y == 0).sum(),
        ]
    )


def _fmt(r: np.ndarray) -> str:
    return f"{r[0]:4}/{r[2]:<4}({r[1]:3}) lost {r[3]:3}/{r[5]:<5}({r[4]:2})"


def rule_table(docs: list[DocRows]) -> None:
    """Per noise reason of the lines the rules set aside (not the scorer's candidates): how
    many are gold body (all; of 40 characters or more, which the shared scorer counts as
    lost; in how many groups); then the open lines the scorer never sees that are gold noise."""
    rt: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    groups: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for reason, lab, chars in d.ruled:
            r = rt[reason]
            r[0] += 1
            r[1] += 1 - lab
            if not lab and chars >= 40:
                r[2] += 1
                groups[reason].add(d.group)
    print(f"{'reason':14} {'lines':>6} {'gold body':>9} {'>=40 ch':>7} groups")
    for reason, (n, body, long_) in sorted(rt.items(), key=lambda kv: -kv[1][2]):
        print(f"{reason:14} {n:6} {body:9} {long_:7} {len(groups[reason]):6}")
    for cut in (0, 12):
        n = sum(1 for d in docs for lab, ch in d.open_ if lab and ch >= cut)
        g = len({d.group for d in docs for lab, ch in d.open_ if lab and ch >= cut})
        print(f"open, never a candidate, gold noise (>= {cut} ch): {n} lines in {g} groups")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=int, default=34)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--base-only", action="store_true", help="the boilerplate features alone")
    ap.add_argument("--cw", type=float, default=5.0)
    ap.add_argument("--cost", type=float, default=10.0)
    ap.add_argument("--write", type=Path, default=None, help="write the in-sample model (TOML)")
    ap.add_argument("--mode", choices=MODES, default="replace")
    ap.add_argument("--rules", action="store_true", help="the per-reason table instead")
    a = ap.parse_args()
    docs = load(a.batches, a.cache or Path(f"/tmp/lobo_noise_{a.batches}.pkl"))
    if a.rules:
        rule_table(docs)
        return 0
    ncols = len(FEATURES) + (0 if a.base_only else len(EXTRA))
    drop = conflicts(docs)
    nd = sum(1 for d in docs for *_, t in d.cand if _key(t) in drop)
    groups = sorted({d.group for d in docs}, key=lambda g: (g[:3] != "dev", len(g), g))
    print(
        f"# python benchmarks/lobo_noise.py --batches {a.batches} --cw {a.cw} --cost {a.cost}"
        f" --mode {a.mode}"
        f"{' --base-only' if a.base_only else ''}"
    )
    print(
        f"# {len(docs)} texts, {sum(len(d.cand) for d in docs)} candidate lines,"
        f" {len(groups)} groups;"
        f" {nd} lines ({len(drop)} texts) labelled both ways across groups, dropped from the fit"
    )
    print(
        "# leaked = gold noise left open/all gold noise (of them >= 12 chars); lost = gold body"
        " set aside/all body (>= 40 chars)"
    )
    m_all = fit_mode(arrays(docs, ncols, drop), a.cw, a.cost, a.mode)
    tot: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(6, int))
    print(f"{'group':28} {'today':38} {'LOBO':38} in-sample")
    for g in groups:
        train = arrays([d for d in docs if d.group != g], ncols, drop)
        held = arrays([d for d in docs if d.group == g], ncols)
        m = fit_mode(train, a.cw, a.cost, a.mode)
        r = {
            "today": outcome(*held, None),
            "lobo": outcome(*held, m, a.mode),
            "in": outcome(*held, m_all, a.mode),
        }
        for k, v in r.items():
            tot[k] += v
        print(f"{g:28} {_fmt(r['today']):38} {_fmt(r['lobo']):38} {_fmt(r['in'])}")
    print(f"{'ALL':28} {_fmt(tot['today']):38} {_fmt(tot['lobo']):38} {_fmt(tot['in'])}")
    for k in ("today", "lobo", "in"):
        t = tot[k]
        print(
            f"# {k:6} leaked {t[0] / t[2]:.3f} lost {t[3] / t[5]:.4f}"
            f"  cost {t[0] + a.cost * t[3]:.0f}"
        )
    if a.write:
        w, b, thr = m_all
        names = (*FEATURES, *EXTRA)[:ncols]
        lines = [
            'schema_version = "1.0"',
            f'fitted_on = "dev corpus families and held-out batches 1-{a.batches}, '
            f'{len(docs)} texts; benchmarks/lobo_noise.py --cw {a.cw} --cost {a.cost}"',
            f"bias = {b}",
            f"threshold = {thr}",
            "",
            "[weights]",
        ]
        lines += [f"{k} = {float(v)}" for k, v in zip(names, w, strict=True)]
        a.write.write_text(
            "# The learned noise-line model (src/ctdocs/layout/_linescore.py).\n"
            + "\n".join(lines)
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
