"""Leave-one-batch-out record of the learned run-in title check (structure/_titlefit.py).

Every clause of an export (the gold format of shared/tools/export_gold_format.py) whose
first line may hold a run-in title (the rules titled it on the line of its body, or its
text opens with a few words closed by a colon, a full stop or a dash) is a candidate; its
label is the gold's: a title equal to those words (1), no title and a text that opens with
them (0); any other gold (a heading line's title, a clause the gold numbers otherwise) is
left out. The model is fitted on every batch but one (dev families, ho1..hoN) and scored on
that one, at each margin, against what the rules gave: on today's exports (EXPORTS/base)
and on the first-sight exports of heldout20.. (EXPORTS/first, ctdocs at the base of the
session that wrote each batch). heldout43 and later are never read.

  PYTHONPATH=src python benchmarks/lobo_titles.py /tmp/ex/base44 /tmp/ex/first \
      --upto 42 [--write data/models/title_fit.toml]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from ctdocs.structure._titlefit import (
    Candidate,
    _abbreviation,
    features,
    siblings,
    split_first_line,
)
from ctdocs.structure._titlefitschema import FEATURES, load_title_fit

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
MARGINS = (0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0)


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("’", "'")
    return " ".join(re.sub(r"[*_#]+", "", s).split()).casefold()


def _norm_title(s: str | None) -> str:
    return _norm(s).strip(" .:;,-–")


def _flat(s: str) -> str:
    s = re.sub(r"<[^>]+>", " ", unicodedata.normalize("NFKC", s))
    return " ".join(re.sub(r"[*_#|>`]+", " ", s).split()).casefold()


def _sets(upto: int):
    fam = {}
    for line in (SHARED / "devcorpus/FAMILIES.tsv").read_text().splitlines()[1:]:
        f, g = line.split("\t")
        fam[Path(f).stem] = "dev:" + g
    yield "dev", SHARED / "devcorpus/gold", SHARED / "devcorpus/raw", fam
    for n in range(1, upto + 1):
        d = ROOT / "tests" / ("heldout" if n == 1 else f"heldout{n}")
        yield f"ho{n}", d / "gold", d / "texts", {}


def _group(num: str) -> tuple[str, bool]:
    parent = re.sub(r"\([^(]*$", "", num) if num.endswith(")") else num.rpartition(".")[0]
    last = re.search(r"[^\W_]+°?\)?$", num)
    return parent, bool(last and last.group(0)[:1].isdecimal())


def _runin_sep(title: str, body: str, lines: list[str] | None) -> str | None:
    """The mark between a title and its body where both stand on one line of the raw text."""
    if lines is None:
        return None
    t, x = _flat(title)[-25:], _flat(body)[:25]
    for line in lines:
        i = line.find(t)
        j = line.find(x, i + len(t)) if i >= 0 else -1
        if j >= 0:
            sep = line[i + len(t) : j]
            return (
                ":"
                if ":" in sep
                else "."
                if "." in sep
                else "-"
                if re.search("[—–-]", sep)
                else " "
            )
    return None


def rows(exports: Path, upto: int, first_from: int = 0) -> list[dict]:
    model = load_title_fit()
    out = []
    for name, gold_dir, raw_dir, fam in _sets(upto):
        if first_from and (not name.startswith("ho") or int(name[2:]) < first_from):
            continue
        raws = {p.stem: p for p in raw_dir.iterdir()}
        for gp in sorted(gold_dir.glob("*.json")):
            sp = exports / name / gp.name
            if not sp.exists():
                continue
            gold, sys_ = json.loads(gp.read_text()), json.loads(sp.read_text())
            rp = raws.get(gp.stem)
            raw = rp.read_text(errors="replace") if rp and rp.suffix != ".pdf" else None
            lines = [_flat(x) for x in raw.splitlines()] if raw is not None else None
            gcl = {c["number"]: c for c in gold.get("clauses", [])}
            scl = sys_.get("clauses", [])
            size = Counter(_group(c["number"]) for c in scl)
            titled = Counter(_group(c["number"]) for c in scl if c.get("title"))
            cands, golds = [], []
            for c in scl:
                title, body = c.get("title") or "", c.get("starts_with") or ""
                if not body:
                    continue
                if title:
                    sep = _runin_sep(title, body, lines)
                    if sep is None:
                        continue
                    cand = Candidate(title, sep, body.split("\n", 1)[0], True, _group(c["number"]))
                elif cut := split_first_line(body, model.max_words):
                    cand = Candidate(cut[0], cut[1], cut[2], False, _group(c["number"]))
                else:
                    continue
                cands.append(cand)
                golds.append(gcl.get(c["number"]))
            doc = siblings(cands, model.short_words)
            for cand, g in zip(cands, golds, strict=True):
                y = None
                if g is not None:
                    gt = g.get("title") or ""
                    if gt and _norm_title(gt) == _norm_title(cand.words):
                        y = 1
                    elif not gt and _norm(g.get("starts_with")).startswith(_norm(cand.words)[:30]):
                        y = 0
                x = features(cand, doc, size[cand.group], titled[cand.group])
                out.append(
                    {
                        "batch": fam.get(gp.stem, name),
                        "doc": gp.stem,
                        "x": x,
                        "y": y,
                        "rules": int(cand.titled),
                        "words": cand.words,
                        "sep": cand.sep,
                        "abbr": _abbreviation(cand),
                    }
                )
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 3000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    reg = np.arange(len(w)) > 0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= 0.5 * (x.T @ (p - y) / len(y) + l2 * w * reg)
    return w


def lobo(train: list[dict], test: list[dict]) -> dict[str, dict[float, list[int]]]:
    """Per batch of ``test``: [model errors, rules errors, candidates changed] per margin."""
    lab = [r for r in train if r["y"] is not None]
    xt, yt = np.array([r["x"] for r in lab]), np.array([r["y"] for r in lab], float)
    bt = np.array([r["batch"] for r in lab])
    res: dict[str, dict[float, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for b in sorted({r["batch"] for r in test}):
        w = fit(xt[bt != b], yt[bt != b])
        for r in (r for r in test if r["batch"] == b):
            z = float(np.array(r["x"]) @ w)
            for m in MARGINS:
                pred = 1 if z > m and not r["abbr"] else 0 if z < -m else r["rules"]
                cell = res[b][m]
                cell[2] += pred != r["rules"]
                if r["y"] is not None:
                    cell[0] += pred != r["y"]
                    cell[1] += r["rules"] != r["y"]
    return res


def _table(title: str, res: dict[str, dict[float, list[int]]]) -> list[str]:
    out = [f"# {title}: errors per batch, rules vs LOBO model at each margin (changed)"]
    out.append(f"{'batch':28} rules " + " ".join(f"{'m=' + str(m):>10}" for m in MARGINS))
    tot: dict[float, list[int]] = defaultdict(lambda: [0, 0, 0])
    for b in sorted(res, key=lambda s: (s[:3], int(s[2:]) if s[2:].isdigit() else 0, s)):
        out.append(
            f"{b:28} {res[b][0.0][1]:5} "
            + " ".join(f"{res[b][m][0]:5} ({res[b][m][2]:2})" for m in MARGINS)
        )
        for m in MARGINS:
            for i in range(3):
                tot[m][i] += res[b][m][i]
    out.append(
        f"{'TOTAL':28} {tot[0.0][1]:5} "
        + " ".join(f"{tot[m][0]:5} ({tot[m][2]:2})" for m in MARGINS)
    )
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path)
    ap.add_argument("first", type=Path)
    ap.add_argument("--upto", type=int, default=42)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--margin", type=float, default=2.0)
    a = ap.parse_args()
    base = rows(a.base, a.upto)
    first = rows(a.first, a.upto, first_from=20)
    n = Counter((r["rules"], r["y"]) for r in base if r["y"] is not None)
    print(
        f"# candidates: today {len(base)} (labelled {sum(n.values())}: {dict(n)}), "
        f"first sight ho20..ho{a.upto} {len(first)}"
    )
    print("\n".join(_table("TODAY (base exports, every batch)", lobo(base, base))))
    print("\n".join(_table(f"FIRST SIGHT ho20..ho{a.upto}", lobo(base, first))))
    lab = [r for r in base if r["y"] is not None]
    w = fit(np.array([r["x"] for r in lab]), np.array([r["y"] for r in lab], float))
    print(
        "# weights fitted on every batch:",
        ", ".join(f"{f}={v:.3f}" for f, v in zip(FEATURES, w, strict=True)),
    )
    if a.write:
        m = load_title_fit()
        text = a.write.read_text().split("[weights]")[0]
        text = re.sub(r"(?m)^margin = .*$", f"margin = {a.margin}", text)
        body = "".join(f"{f} = {v:.6f}\n" for f, v in zip(FEATURES, w, strict=True))
        a.write.write_text(f"{text}[weights]\n{body}")
        print(f"# written {a.write} (max_words {m.max_words}, short_words {m.short_words})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
