"""Metamorphic layout test: does the parse survive a change of layout the gold ignores?

Each transform of ``tests/_metamorphic.py`` (PDF reflow, pages with running headers
and page numbers, Markdown, a full web page, whitespace variants) is applied to every
text of a set whose gold we have; the transformed texts are exported with the shared
exporter and scored with the shared scorer against the unchanged gold. Per transform
it prints, on the texts the transform applies to: how many documents' clause lists
(number, title, section, first words) differ from the parse of the original text;
clause F1, starts, titles and sections for the transformed texts and, in brackets,
for the originals; noise leaked and body lost (against the original raw lines); and
how many of the furniture lines the transform added ended up inside clause text.

usage: python benchmarks/metamorphic.py [--src WORKTREE] [--sets dev seeds]
       [--transforms pdf-wrap pages ...] [--tools DIR] [--keep DIR] [--changed]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests._compare import first_words, norm  # noqa: E402
from tests._metamorphic import TRANSFORMS, GoldLines  # noqa: E402

SETS = {
    "dev": (Path("/work/shared/devcorpus/raw"), Path("/work/shared/devcorpus/gold")),
    "seeds": (Path("/work/shared/corpus"), Path("/work/shared/gold")),
    "ho1": (ROOT / "tests/heldout/texts", ROOT / "tests/heldout/gold"),
    **{  # every batch the checkout holds, heldout2 on
        f"ho{d.name[7:]}": (d / "texts", d / "gold")
        for d in sorted(ROOT.glob("tests/heldout[0-9]*"))
        if (d / "texts").is_dir()
    },
}


def export(src: Path, tools: Path, out: Path, files: list[Path]) -> None:
    """Run the shared exporter with the ctdocs source of ``src``."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(src / "src"), PYTHONHASHSEED="0")
    cmd = [sys.executable, str(tools / "export_gold_format.py"), str(out), *map(str, files)]
    subprocess.run(cmd, env=env, check=True, capture_output=True)


def score(tools: Path, gold: Path, exported: Path, raw: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(tools / "score.py"), str(gold), str(exported), "--raw", str(raw)]
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
        subprocess.run([*cmd, "--json", tmp.name, "--quiet"], check=True, capture_output=True)
        result: dict[str, Any] = json.loads(Path(tmp.name).read_text(encoding="utf-8"))
    return result


def clause_rows(path: Path) -> list[tuple[str, str, str, str]]:
    """A parse's clause list as the invariance check compares it."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        (
            str(c["number"]),
            norm(c.get("title")),
            norm(c.get("section")),
            first_words(c.get("starts_with"), 5),
        )
        for c in data.get("clauses", [])
    ]


def clause_text(path: Path) -> str:
    if not path.exists():
        return ""
    data = json.loads(path.read_text(encoding="utf-8"))
    parts = [
        f"{c.get('title') or ''} {c.get('starts_with') or ''}" for c in data.get("clauses", [])
    ]
    return " \n ".join(norm(p) for p in parts)


def furniture_in_clauses(added: list[str], original: Path, changed: Path) -> int:
    """Added lines found in clause text more often than in the original parse."""
    before, after = clause_text(original), clause_text(changed)
    leaked = 0
    for line in sorted(set(added)):
        pattern = re.compile(r"(?<!\w)" + re.escape(norm(line)) + r"(?!\w)")
        extra = len(pattern.findall(after)) - len(pattern.findall(before))
        leaked += max(0, min(extra, added.count(line)))
    return leaked


def run_set(name: str, args: argparse.Namespace, work: Path) -> list[str]:
    raw, gold = SETS[name]
    stems = sorted(p.stem for p in gold.glob("*.json"))
    texts = {s: p for s in stems for p in [raw / f"{s}.txt", raw / f"{s}.md"] if p.exists()}
    export(args.src, args.tools, work / "none", list(texts.values()))
    jobs = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for transform in args.transforms:
            jobs[transform] = pool.submit(one_transform, name, transform, texts, args, work)
        rows = [jobs[t].result() for t in args.transforms]
    return rows


def one_transform(
    name: str, transform: str, texts: dict[str, Path], args: argparse.Namespace, work: Path
) -> str:
    raw, gold = SETS[name]
    tdir = work / transform
    (tdir / "raw").mkdir(parents=True)
    (tdir / "gold").mkdir()
    added: dict[str, list[str]] = {}
    files = []
    for stem, path in texts.items():
        gold_data = json.loads((gold / f"{stem}.json").read_text(encoding="utf-8"))
        variant = TRANSFORMS[transform](
            path.read_text(encoding="utf-8"), GoldLines.from_gold(gold_data), stem
        )
        if variant is None:
            continue
        out = tdir / "raw" / f"{stem}{variant.suffix}"
        out.write_bytes(variant.text.encode("utf-8"))
        files.append(out)
        added[stem] = list(variant.added)
        (tdir / "gold" / f"{stem}.json").symlink_to(gold / f"{stem}.json")
    if not files:
        return f"{name:5s} {transform:10s}    0 docs"
    export(args.src, args.tools, tdir / "ex", files)
    after = score(args.tools, tdir / "gold", tdir / "ex", raw)
    before = score(args.tools, tdir / "gold", work / "none", raw)
    changed = [
        s
        for s in added
        if clause_rows(work / "none" / f"{s}.json") != clause_rows(tdir / "ex" / f"{s}.json")
    ]
    furniture = sum(
        furniture_in_clauses(lines, work / "none" / f"{s}.json", tdir / "ex" / f"{s}.json")
        for s, lines in added.items()
    )
    n_added = sum(len(v) for v in added.values())

    def fig(key: str) -> str:
        a, b = after[key], before[key]
        a, b = (a["f1"], b["f1"]) if isinstance(a, dict) else (a, b)
        return f"{a if a is not None else '-':>5}({b if b is not None else '-'})"

    row = (
        f"{name:5s} {transform:10s} {len(files):4d} {len(changed):4d}  {fig('clauses')}"
        f" {fig('clause_starts_acc')} {fig('clause_title_acc')} {fig('clause_section_acc')}"
        f"  {after['noise_leaked']:>8s}({before['noise_leaked']})"
        f" {after['body_lost']:>8s}({before['body_lost']})  {furniture}/{n_added}"
    )
    if args.changed and changed:
        row += "\n      changed: " + " ".join(changed)
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT, help="worktree whose src/ctdocs to run")
    ap.add_argument("--sets", nargs="+", default=["dev", "seeds"], choices=list(SETS))
    ap.add_argument("--transforms", nargs="+", default=list(TRANSFORMS), choices=list(TRANSFORMS))
    ap.add_argument("--tools", type=Path, default=Path("/work/shared/tools"))
    ap.add_argument("--keep", type=Path, help="write transformed texts and exports here")
    ap.add_argument("--changed", action="store_true", help="list the documents whose parse changed")
    args = ap.parse_args()
    print(f"source: {args.src}")
    print(
        "set   transform  docs chgd  clauses(orig) starts(orig) titles(orig) sections(orig)"
        "  noise-leaked(orig) body-lost(orig)  furniture-in-clauses"
    )
    for name in args.sets:
        if args.keep:
            work = args.keep / name
            work.mkdir(parents=True, exist_ok=False)
            rows = run_set(name, args, work)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                rows = run_set(name, args, Path(tmp))
        print("\n".join(rows), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
