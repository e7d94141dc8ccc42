"""Clause-domain errors on publishers ctdocs first met unseen (session 44): every
clause-domain pair of ho20 ... ho42 compared at first sight (FIRST/hoN, the code of the
session each batch was written in), at base (BASE/hoN) and in gold, as score.py counts
them (gold clause numbers, the first system clause of each number). PERSIST: wrong at
first sight and at base; INTRO: right at first sight, wrong at base. Then the two known
gold conflicts counted on both sides over every annotated set.

usage: PYTHONPATH=src python benchmarks/cdom44_classes.py FIRST BASE
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ctdocs.extract._domains import score_text

TESTS = Path(__file__).resolve().parent.parent / "tests"
DEV_GOLD = Path("/work/shared/devcorpus/gold")
# a financial intelligence unit or a suspicion report named (the INTEL conflict)
FIU = re.compile(
    r"\b(FIU|CRF|CENTIF|TRACFIN|MROS|suspicious (transaction|activity) report"
    r"|d[ée]clarations? de soup[çc]on|financial intelligence (unit|centre|center)"
    r"|cellule de renseignement financier)",
    re.I,
)


def load(p: Path) -> dict[str, Any]:
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}


def gold_of(gold: dict[str, Any]) -> list[tuple[str, set[str]]]:
    by_num = gold.get("domains", {}).get("clauses", {})
    return [
        (c["number"], set(c.get("domains") or by_num.get(c["number"], [])))
        for c in gold.get("clauses", [])
    ]


def sys_of(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for c in d.get("clauses", []) or []:
        out.setdefault(str(c.get("number")), c)
    return out


def why(code: str, kind: str, c: dict[str, Any] | None, ctx: dict[str, Any]) -> str:
    """The class of one wrong pair: the first that holds."""
    text = f"{(c or {}).get('title') or ''} . {(c or {}).get('starts_with') or ''}"
    w = score_text(text, ctx["lang"]).get(code, (0.0, []))[0] if c else 0.0
    if kind == "false":
        if c and c.get("title") and not (c.get("starts_with") or "").strip():
            return "heading-only clause (gold conflict)"
        cls = "own strong trigger" if w >= 1.0 else "own weak words" if w > 0 else "inherited"
        return cls + (" [a gold clause of the text has it]" if code in ctx["gdoc"] else "")
    if c is None:
        return "clause not matched (structure)"
    if code == "INTEL" and ctx["fiu"]:
        return "INTEL in an FIU/STR text (gold conflict)"
    if w >= 1.0:
        return "own strong trigger, dropped by a rule"
    if w > 0:
        return "weak word alone"
    if code in ctx["prev"]:
        return "no word; the clause before has it (gold)"
    if ctx["gdoc"][code] >= max(2, ctx["n"] / 3):
        return "no word; the document's theme (>= 1/3 of gold clauses)"
    return "no word of the domain near"


def errors(first_dir: Path, base_dir: Path) -> list[dict[str, Any]]:
    rows = []
    for n in range(20, 43):
        for gp in sorted((TESTS / f"heldout{n}" / "gold").glob("*.json")):
            gold = load(gp)
            first, base = (
                sys_of(load(first_dir / f"ho{n}" / gp.name)),
                load(base_dir / f"ho{n}" / gp.name),
            )
            bm, g = sys_of(base), gold_of(gold)
            body = " ".join(base.get("body") or [])
            ctx: dict[str, Any] = {"lang": gold.get("lang", "en"), "n": len(g)}
            ctx["gdoc"] = Counter(x for _, d in g for x in d)
            ctx["fiu"] = bool(FIU.search(body))
            for i, (num, gd) in enumerate(g):
                fd = set((first.get(num) or {}).get("domains") or [])
                bd = set((bm.get(num) or {}).get("domains") or [])
                ctx["prev"] = g[i - 1][1] if i else set()
                for code in sorted(gd | fd | bd):
                    if (code in bd) == (code in gd):
                        continue
                    kind = "false" if code in bd else "miss"
                    state = "PERSIST" if (code in fd) != (code in gd) else "INTRO"
                    cls = why(code, kind, bm.get(num), ctx)
                    rows.append(
                        {
                            "n": n,
                            "doc": gp.stem,
                            "code": code,
                            "state": state,
                            "kind": kind,
                            "cls": cls,
                        }
                    )
    return rows


def table(rows: list[dict[str, Any]]) -> None:
    agg: dict[tuple[str, ...], list[Any]] = defaultdict(lambda: [0, set(), set()])
    for r in rows:
        for key in (
            (r["state"], r["kind"], r["cls"]),
            (r["state"], r["kind"], "code " + r["code"]),
        ):
            a = agg[key]
            a[0] += 1
            a[1].add((r["n"], r["doc"]))
            a[2].add(r["n"])
    print(f"{'state':8} {'kind':5} {'class':58} {'tags':>5} {'docs':>5} {'batches':>7}")
    for k, (t, d, b) in sorted(
        agg.items(), key=lambda x: (x[0][0], x[0][2].startswith("code"), -x[1][0])
    ):
        print(f"{k[0]:8} {k[1]:5} {k[2]:58} {t:5} {len(d):5} {len(b):7}")


def conflicts(base_dir: Path) -> None:
    """FIU/STR texts base ctdocs gives no INTEL: gold INTEL or not; body-less heading
    clauses: gold tagged or not. By group of sets."""
    fiu: dict[str, list[Any]] = defaultdict(lambda: [0, set(), 0, set()])
    head: dict[str, list[Any]] = defaultdict(lambda: [0, set(), 0, set()])
    sets = [("dev", DEV_GOLD)] + [
        (f"ho{n}", TESTS / (f"heldout{n}" if n > 1 else "heldout") / "gold") for n in range(1, 43)
    ]
    for s, gdir in sets:
        grp = (
            "dev"
            if s == "dev"
            else "ho1-16"
            if int(s[2:]) < 17
            else "ho17-19"
            if int(s[2:]) < 20
            else "ho20-42"
        )
        for gp in gdir.glob("*.json"):
            gold, sysd = load(gp), load(base_dir / s / gp.name)
            if FIU.search(" ".join(sysd.get("body") or [])) and "INTEL" not in (
                sysd.get("domains") or {}
            ).get("document", []):
                a = fiu[grp]
                i = 0 if "INTEL" in gold.get("domains", {}).get("document", []) else 2
                a[i] += 1
                a[i + 1].add(s)
            by_num = gold.get("domains", {}).get("clauses", {})
            for c in gold.get("clauses", []):
                if c.get("title") and not (c.get("starts_with") or "").strip():
                    i = 0 if (c.get("domains") or by_num.get(c["number"])) else 2
                    head[grp][i] += 1
                    head[grp][i + 1].add(s)
    for name, t in (
        ("FIU/STR text without INTEL at base: gold INTEL / none (docs, sets)", fiu),
        ("body-less heading clause: gold tagged / untagged (clauses, sets)", head),
    ):
        print(name)
        for grp, (a, b, c, d) in sorted(t.items()):
            print(f"  {grp:8} {a:4} in {len(b):2} sets / {c:4} in {len(d):2} sets")


if __name__ == "__main__":
    rows = errors(Path(sys.argv[1]), Path(sys.argv[2]))
    table(rows)
    conflicts(Path(sys.argv[2]))
