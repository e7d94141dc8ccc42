"""Fit the set-apart foot's word limit leave-one-batch-out (LOBO).

The rule (``src/ctdocs/layout/_shortboxed.py``, ``_set_apart_foot``) sets aside the
text's last open line when set-aside lines stand right above it and nothing open below,
up to ``_FOOT_MAX_WORDS`` words and ``_FOOT_MAX_STOP`` function words. Its two thresholds
are fitted here from two exports of the same sets in the shared gold format: BASE (the
rule off) and WIDE (the rule on, limits at 60 words and a share of 1). Each body line
WIDE drops is a candidate, labelled by its document's gold: noise (a gold noise line, 12
characters or more once normalised, inside it or it inside one) or body. For each
held-out batch, the pair of limits of the grid that maximises ``noise set aside - cost *
body lost`` on the other batches (ties: the narrower pair) is chosen, and the batch is
counted at it. The first-sight batches (heldout20 to
heldout38) are the folds; every other set is reported at the chosen limits as a check.

usage: python benchmarks/lobo_setapart_foot.py BASE_DIR WIDE_DIR [--cost 10]
       (BASE_DIR/hoN/*.json and WIDE_DIR/hoN/*.json, as /tmp/tools/allscore.sh writes them)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ctdocs.layout._shortboxed import stop_share  # noqa: E402

LIMITS = tuple(
    (w, st)
    for w in (4, 6, 8, 10, 12, 14, 16, 20, 24, 30, 60)
    for st in (0.0, 0.1, 0.2, 0.25, 0.3, 0.4, 1.0)
)
FOLDS = tuple(f"ho{n}" for n in range(20, 39))


def norm(s: str) -> str:
    """The shared scorer's normalisation (tools/score.py's ``norm``)."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    s = s.replace("\u201d", '"').replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[*_#]+", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def gold_dir(name: str) -> Path:
    if name == "dev":
        return Path("/work/shared/devcorpus/gold")
    n = name[2:]
    return ROOT / "tests" / ("heldout" if n == "1" else f"heldout{n}") / "gold"


Row = tuple[str, int, float, bool, str]


def candidates(base: Path, wide: Path, name: str) -> list[Row]:
    """(document, words, function-word share, gold noise?, line) of each body line WIDE drops."""
    out = []
    for gp in sorted(gold_dir(name).glob("*.json")):
        b, w = base / name / gp.name, wide / name / gp.name
        if not b.exists() or not w.exists():
            continue
        kept = {norm(x) for x in json.loads(w.read_text()).get("body") or []}
        every = {norm(x) for x in json.loads(gp.read_text()).get("noise", [])}
        noise = [x for x in every if len(x) >= 12]
        for line in json.loads(b.read_text()).get("body") or []:
            nl = norm(line)
            if nl in kept:
                continue
            is_noise = nl in every or any(nl in g or g in nl for g in noise)
            out.append((gp.stem, len(line.split()), stop_share(line), is_noise, line))
    return out


def within(r: Row, limit: tuple[int, float]) -> bool:
    return r[1] <= limit[0] and r[2] <= limit[1]


def gain(rows: list[Row], limit: tuple[int, float], cost: float) -> float:
    return sum(1.0 if r[3] else -cost for r in rows if within(r, limit))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path)
    ap.add_argument("wide", type=Path)
    ap.add_argument("--cost", type=float, default=10.0)
    ap.add_argument("--show", type=int, default=None, help="list the lines at this limit")
    a = ap.parse_args()
    sets = sorted(p.name for p in a.wide.iterdir() if p.is_dir())
    rows = {s: candidates(a.base, a.wide, s) for s in sets}
    print(f"# set-apart foot, LOBO over {FOLDS[0]}..{FOLDS[-1]}; cost of a lost line {a.cost}")
    print("fold   words stop  noise set aside  body lost   (candidates: noise/body)")
    chosen = []
    for f in FOLDS:
        train = [r for s in FOLDS if s != f for r in rows.get(s, [])]
        limit = max(LIMITS, key=lambda k: (gain(train, k, a.cost), -k[0], -k[1]))
        chosen.append(limit)
        held = [r for r in rows.get(f, []) if within(r, limit)]
        nz = sum(r[3] for r in held)
        all_n = sum(r[3] for r in rows.get(f, []))
        n_all = len(rows.get(f, []))
        print(
            f"{f:6} {limit[0]:5} {limit[1]:4}  {nz:15}  {len(held) - nz:9}"
            f"   ({all_n}/{n_all - all_n})"
        )
    final = max(set(chosen), key=chosen.count) if a.show is None else (a.show, 1.0)
    print(f"# limits chosen: {dict(sorted((k, chosen.count(k)) for k in set(chosen)))}")
    pool = [r for s in FOLDS for r in rows.get(s, [])]
    best = sorted(LIMITS, key=lambda k: -gain(pool, k, a.cost))[:6]
    print(f"# in-sample gain, best pairs: {[(k, gain(pool, k, a.cost)) for k in best]}")
    print(f"# every set at the modal limit {final}: lines set aside (N gold noise, B gold body)")
    by: dict[str, list[str]] = defaultdict(list)
    for s in sets:
        for r in rows[s]:
            if within(r, final):
                doc, w, st, n, line = r
                by[s].append(f"  {'N' if n else 'B'} {w:2}w {st:.2f} {doc[:44]}: {line[:80]!r}")
    for s in sets:
        for x in by.get(s, []):
            print(f"{s:6}{x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
