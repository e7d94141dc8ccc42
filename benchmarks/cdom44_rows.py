"""Rows for the clause-domain screen (benchmarks/cdom44_lobo.py): every clause tag the
rules settle on the annotated sets, with the screen's features and whether the gold
keeps it (None where the gold has no clause of that number, which score.py does not
count). The tags are read where the rules settle them (``ctdocs.extract._weights._settle``,
wrapped here to record its result).

usage: PYTHONPATH=src python benchmarks/cdom44_rows.py OUT.json SET...
(SET: dev, seeds, ho1 ... ho42; heldout43 and later are refused: held out)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cdom44_feats import features, heading_only

import ctdocs.extract._weights as weighing
from ctdocs import parse_document

SHARED = Path("/work/shared")
TESTS = Path(__file__).resolve().parent.parent / "tests"


def where(s: str) -> tuple[Path, Path]:
    if s == "dev":
        return SHARED / "devcorpus/raw", SHARED / "devcorpus/gold"
    if s == "seeds":
        return SHARED / "corpus", SHARED / "gold"
    n = int(s[2:])
    if n >= 43:
        raise SystemExit(f"{s} is held out")
    d = TESTS / ("heldout" if n == 1 else f"heldout{n}")
    return d / "texts", d / "gold"


def families() -> dict[str, str]:
    out = {}
    for line in (SHARED / "devcorpus/FAMILIES.tsv").read_text().splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            out[parts[0]] = parts[1]
    return out


def gold_tags(gold: dict[str, Any]) -> dict[str, set[str]]:
    by_num = gold.get("domains", {}).get("clauses", {})
    return {
        c["number"]: set(c.get("domains") or by_num.get(c["number"], []))
        for c in gold.get("clauses", [])
    }


def main() -> None:
    out_path, sets = sys.argv[1], sys.argv[2:]
    seen: list[dict[str, Any]] = []
    real = weighing._settle

    def record(text, language, blocks, clauses, found, weighed):  # type: ignore[no-untyped-def]
        real(text, language, blocks, clauses, found, weighed)
        own = weighed[1]
        for k in sorted(clauses):
            if heading_only(blocks[k]):
                continue
            for code in clauses[k]:
                b = blocks[k]
                words = sorted(
                    {text[s:e].lower() for s, e in clauses[k][code] if b.start <= s < b.end}
                )
                x = features(text, blocks, clauses, own, k, code)
                seen.append({"k": k, "number": b.number, "code": code, "x": x, "words": words})

    weighing._settle = record
    fam = families()
    rows = []
    for s in sets:
        raw, gold_dir = where(s)
        for path in sorted(raw.iterdir()):
            if path.name.startswith("README") or path.suffix == ".tsv":
                continue
            gp = gold_dir / f"{path.stem}.json"
            if not gp.exists():
                continue
            gold = json.loads(gp.read_text(encoding="utf-8"))
            seen.clear()
            try:
                parse_document(path)
            except Exception as exc:  # a text the parser refuses gives no rows
                print(f"{path.name}: {exc}", file=sys.stderr)
                continue
            g = gold_tags(gold)
            firstk: dict[str, int] = {}
            for r in seen:
                firstk.setdefault(r["number"], r["k"])
            batch = f"dev:{fam.get(path.name, '?')}" if s == "dev" else s
            for r in seen:
                num = r["number"]
                scored = num in g and firstk[num] == r["k"]
                label = (r["code"] in g[num]) if scored else None
                rows.append({"set": s, "batch": batch, "doc": path.stem, **r, "y": label})
    Path(out_path).write_text(json.dumps(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
