"""Fit the boilerplate line scorer and report it leave-one-family-out.

The scorer of ``src/ctdocs/layout/_boilerplate.py`` weighs shallow line features; its weights,
bias and threshold in ``data/models/layout.toml`` are fitted here on the development
corpus (``tests/devcorpus``: raw texts, gold noise lines, families). Each line the
layout stage leaves open is labelled noise when it is one of the gold noise lines of
its document. The fit is a class-weighted logistic regression (a content line counts
``CONTENT_WEIGHT`` times a noise line: losing text is worse than leaking chrome), then
the threshold that minimises ``noise missed + LOSS_COST * content lost`` on the
training lines.

For each family, the scorer is fitted on the other families and measured on it:
noise lines leaked into blocks and body lines lost, with the project's own scorer
(``tests/_compare.noise_figures``). The in-sample figures (fitted on every family) are
printed beside them.

usage: python benchmarks/lofo_noise.py            # LOFO table
       python benchmarks/lofo_noise.py --fit      # also print the in-sample weights (TOML)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests._compare import noise_figures, noise_key  # noqa: E402

from ctdocs import layout, parse_document  # noqa: E402
from ctdocs._knowledge import load_layout  # noqa: E402
from ctdocs.layout import _boilerplate as bp  # noqa: E402

CORPUS = ROOT / "tests" / "devcorpus"
CONTENT_WEIGHT = 5.0
LOSS_COST = 10.0
L2 = 1e-4


def families() -> dict[str, str]:
    rows = (CORPUS / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return dict(r.split("\t") for r in rows if r)


def gold(stem: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def _is_noise(text: str, keys: list[str]) -> bool:
    k = noise_key(text)
    if not k:
        return False
    return any(
        k == g
        or (k in g and len(k) >= 0.9 * len(g))
        or (len(g) >= 8 and g in k and len(g) >= 0.6 * len(k))
        for g in keys
    )


def lines(path: Path, lex: bp.Lexicon) -> list[tuple[tuple[float, ...], int]]:
    """(features, label) of every line the scorer would see, rules applied, scorer off."""
    off = bp.lexicon_for(lex.model.model_copy(update={"threshold": 1e9, "neighbour_max_words": -1}))
    seen: list[list[object]] = []
    # the document stage imports the segmenter from the layout package when it runs
    orig_seg, orig_lex = layout.segment, bp.lexicon

    def spy(norm, nav):  # type: ignore[no-untyped-def]
        units = orig_seg(norm, nav)
        seen.append(units)
        return units

    layout.segment, bp.lexicon = spy, (lambda: off)  # type: ignore[assignment]
    try:
        parse_document(path)
    finally:
        layout.segment, bp.lexicon = orig_seg, orig_lex  # type: ignore[assignment]
    units = seen[0]
    from ctdocs.layout._segment import _protected

    keys = [k for k in (noise_key(x) for x in gold(path.stem)["noise"]) if k]
    doc = bp._context(units, off, _protected)  # type: ignore[arg-type]
    idx = bp.candidates(units, doc)  # type: ignore[arg-type]
    vecs = bp.features(units, off, doc, idx)  # type: ignore[arg-type]
    out = [
        (vec, int(_is_noise(units[i].text, keys)))  # type: ignore[attr-defined]
        for i, vec in zip(idx, vecs, strict=True)
    ]
    return out


def fit(rows: list[tuple[tuple[float, ...], int]]) -> tuple[dict[str, float], float, float]:
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    sw = np.where(y == 1, 1.0, CONTENT_WEIGHT)
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(4000):  # plain gradient descent: small, deterministic
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = sw * (p - y)
        w -= x.T @ g / sw.sum() + L2 * w
        b -= g.sum() / sw.sum()
    s = x @ w + b
    best = (float("inf"), 0.0)
    for t in np.unique(np.round(s, 3)):
        cost = ((s < t) & (y == 1)).sum() + LOSS_COST * ((s >= t) & (y == 0)).sum()
        best = min(best, (float(cost), float(t)))
    weights = {name: round(float(v), 3) for name, v in zip(bp.FEATURES, w, strict=True)}
    return weights, round(b, 3), round(best[1] + 0.0005, 3)


def measure(paths: list[Path], lex: bp.Lexicon) -> tuple[int, int, int, int]:
    orig = bp.lexicon
    bp.lexicon = lambda: lex  # type: ignore[assignment]
    tot = [0, 0, 0, 0]
    try:
        for p in paths:
            doc = parse_document(p)
            body = " ".join(
                f"{b.title} {b.text}" if getattr(b, "title", None) else b.text for b in doc.blocks()
            )
            r = noise_figures(body, gold(p.stem)["noise"], p.read_text(encoding="utf-8"))
            tot = [a + b for a, b in zip(tot, r, strict=True)]
    finally:
        bp.lexicon = orig  # type: ignore[assignment]
    return tot[0], tot[1], tot[2], tot[3]


def with_fit(base: bp.Lexicon, weights: dict[str, float], bias: float, thr: float) -> bp.Lexicon:
    return bp.lexicon_for(
        base.model.model_copy(update={"weights": weights, "bias": bias, "threshold": thr})
    )


def _fmt(r: tuple[int, int, int, int]) -> str:
    return (
        f"leaked {r[0]:4}/{r[1]:<4} {r[0] / max(r[1], 1):6.1%}   "
        f"lost {r[2]:3}/{r[3]:<4} {r[2] / max(r[3], 1):6.2%}"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", action="store_true", help="print the in-sample weights as TOML")
    args = ap.parse_args()
    model = load_layout().boilerplate
    if model is None:
        print("layout.toml has no [boilerplate] section", file=sys.stderr)
        return 1
    base = bp.lexicon_for(model)
    fam = families()
    paths = sorted((CORPUS / "raw").glob("*.txt"))
    data = {p: lines(p, base) for p in paths}
    everything = [r for p in paths for r in data[p]]
    w_all, b_all, t_all = fit(everything)
    in_lex = with_fit(base, w_all, b_all, t_all)
    if args.fit:
        print(f"bias = {b_all}\nthreshold = {t_all}\n[boilerplate.weights]")
        for k, v in w_all.items():
            print(f"{k} = {v}")
        print()
    print(f"{'family':26} {'held out (fitted on the others)':44} in-sample (fitted on all)")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for f in sorted(set(fam.values())):
        held = [p for p in paths if fam[p.name] == f]
        train = [r for p in paths if fam[p.name] != f for r in data[p]]
        lofo = measure(held, with_fit(base, *fit(train)))
        ins = measure(held, in_lex)
        for key, r in (("lofo", lofo), ("in", ins)):
            totals[key] = [a + b for a, b in zip(totals[key], r, strict=True)]
        print(f"{f:26} {_fmt(lofo):44} {_fmt(ins)}")
    lo, ins_t = totals["lofo"], totals["in"]
    lofo_all = (lo[0], lo[1], lo[2], lo[3])
    print(f"{'ALL':26} {_fmt(lofo_all):44} {_fmt((ins_t[0], ins_t[1], ins_t[2], ins_t[3]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
