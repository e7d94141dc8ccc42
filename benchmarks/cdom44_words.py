"""A lexical add gate for clause domains, measured leave-one-batch-out (session 44, not
adopted; benchmarks/results/cdom44_lobo.txt): for each domain, a naive-Bayes log-odds
of the gold tagging a clause with it from the clause's words (lower-cased, accents off,
cut to 7 letters, only words met in at least MINB batches, so that no publisher's own
words count), summed over the clause's eight strongest; a clause the rules leave
without the domain, in a document the rules give the domain, takes it where the score
reaches a threshold chosen on the other batches (none: no threshold gains there).
Clauses are read from an export in the gold format (allscore.sh), scored as score.py
does (gold clause numbers, the first system clause of a number); body-less heading
clauses are left out (gold conflict, benchmarks/results/cdom42_domains.txt section 3).

usage: python benchmarks/cdom44_words.py EXPORTS [MINB] [--bins]
(EXPORTS: /tmp/ex/TAG with dev, seeds, ho1 ... ho42; heldout43 and later never read)
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from cdom44_rows import families, gold_tags, where

GRID = [x / 2 for x in range(-4, 41)]
TOP = 8


def toks(t: str) -> set[str]:
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return {w[:7] for w in re.findall(r"[a-z]{3,}", t)}


def rows(exports: Path) -> list[dict[str, Any]]:
    fam = families()
    out = []
    for s in ["dev", "seeds"] + [f"ho{n}" for n in range(1, 43)]:
        raw, gold_dir = where(s)
        names = {p.stem: p.name for p in raw.iterdir()}
        for gp in sorted(gold_dir.glob("*.json")):
            sp = exports / s / gp.name
            if not sp.exists():
                continue
            sysd = json.loads(sp.read_text(encoding="utf-8"))
            g = gold_tags(json.loads(gp.read_text(encoding="utf-8")))
            batch = f"dev:{fam.get(names.get(gp.stem, ''), '?')}" if s == "dev" else s
            first: dict[str, dict[str, Any]] = {}
            for c in sysd.get("clauses", []):
                first.setdefault(str(c["number"]), c)
            doc = set((sysd.get("domains") or {}).get("document", []))
            for num, gd in g.items():
                c = first.get(num)
                if c is None or (c.get("title") and not (c.get("starts_with") or "").strip()):
                    continue
                words = toks(f"{c.get('title') or ''} {c.get('starts_with') or ''}")
                sd = set(c.get("domains", []))
                out.append({"b": batch, "w": words, "sd": sd, "gd": gd, "dd": doc})
    return out


Model = dict[str, tuple[float, dict[str, float]]]


def train(rs: list[dict[str, Any]], codes: list[str], minb: int) -> Model:
    seen: dict[str, set[str]] = defaultdict(set)
    for r in rs:
        for w in r["w"]:
            seen[w].add(r["b"])
    vocab = {w for w, b in seen.items() if len(b) >= minb}
    model = {}
    for d in codes:
        pos = [r for r in rs if d in r["gd"]]
        neg = [r for r in rs if d not in r["gd"]]
        if len(pos) < 5:
            continue
        cp = Counter(w for r in pos for w in r["w"] if w in vocab)
        cn = Counter(w for r in neg for w in r["w"] if w in vocab)
        odds = {
            w: math.log((cp[w] + 0.5) / (len(pos) + 1)) - math.log((cn[w] + 0.5) / (len(neg) + 1))
            for w in vocab
        }
        model[d] = (math.log(len(pos) / len(neg)), odds)
    return model


def score(model: Model, r: dict[str, Any], d: str) -> float:
    if d not in model:
        return -99.0
    prior, odds = model[d]
    ws = sorted((odds[w] for w in r["w"] if w in odds), reverse=True)
    return prior + sum(ws[:TOP]) if ws else -99.0


def candidates(rs: list[dict[str, Any]], codes: list[str]) -> list[tuple[dict[str, Any], str]]:
    return [(r, d) for r in rs for d in codes if d not in r["sd"] and d in r["dd"]]


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def counts(rs: list[dict[str, Any]]) -> tuple[int, int, int]:
    tp = sum(len(r["sd"] & r["gd"]) for r in rs)
    return tp, sum(len(r["sd"] - r["gd"]) for r in rs), sum(len(r["gd"] - r["sd"]) for r in rs)


def choose(rs: list[dict[str, Any]], codes: list[str], model: Model) -> float | None:
    by: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for r, d in candidates(rs, codes):
        by[r["b"]].append((score(model, r, d), d in r["gd"]))
    base = {b: counts([r for r in rs if r["b"] == b]) for b in by}
    best, best_gain = None, 0.0
    for t in GRID:
        gain = 0.0
        for b, got in by.items():
            tp, fp, fn = base[b]
            a = sum(1 for s, y in got if s >= t and y)
            w = sum(1 for s, y in got if s >= t and not y)
            gain += f1(tp + a, fp + w, fn - a) - f1(tp, fp, fn)
        if gain > best_gain + 1e-9:
            best, best_gain = t, gain
    return best


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    minb = int(args[1]) if len(args) > 1 else 5
    rs = rows(Path(args[0]))
    codes = sorted({d for r in rs for d in r["gd"]})
    if "--bins" in sys.argv:  # in-sample: right / wrong candidates by score
        model = train(rs, codes, minb)
        bins: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for r, d in candidates(rs, codes):
            s = score(model, r, d)
            bins[-99 if s <= -99 else min(int(s), 20)][0 if d in r["gd"] else 1] += 1
        for k in sorted(bins):
            print(f"score {k:4}  right {bins[k][0]:5}  wrong {bins[k][1]:5}")
        return
    tot, up, down = [0] * 6, 0, 0
    for hb in sorted({r["b"] for r in rs}):
        train_rows, test = [r for r in rs if r["b"] != hb], [r for r in rs if r["b"] == hb]
        model = train(train_rows, codes, minb)
        t = choose(train_rows, codes, model)
        tp, fp, fn = counts(test)
        got = [
            d in r["gd"]
            for r, d in candidates(test, codes)
            if t is not None and score(model, r, d) >= t
        ]
        a, w = sum(got), len(got) - sum(got)
        d = f1(tp + a, fp + w, fn - a) - f1(tp, fp, fn)
        up, down = up + (d > 1e-9), down + (d < -1e-9)
        for i, v in enumerate((tp, fp, fn, tp + a, fp + w, fn - a)):
            tot[i] += v
        print(
            f"{hb:28} {f1(tp, fp, fn):.3f} -> {f1(tp + a, fp + w, fn - a):.3f} thr {t} add {a}/{w}"
        )
    print(f"POOLED {f1(*tot[:3]):.4f} -> {f1(*tot[3:]):.4f}; batches up {up}, down {down}")


if __name__ == "__main__":
    main()
