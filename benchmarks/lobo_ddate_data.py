"""Read every annotated text once and keep what the document-date ranker learns from.

For each text of the development corpus, the seeds and the held-out batches (never
heldout35 unless ``--with`` names it, never heldout36), the parse is run with
``own_date`` watched: every date hit it was offered, the rule score today's reading
gives each (:func:`ctdocs.extract._document._score` and the loop of ``own_date``), the
noise spans with their reasons, the title's span, and the date ctdocs outputs. Written
as JSON lines, one text a line, for :mod:`benchmarks.lobo_ddate`.

usage: python benchmarks/lobo_ddate_data.py OUT.jsonl [--with heldout35] [-j 2]
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARED = Path("/work/shared")
NEVER = {"heldout43", "heldout44"}  # session 44: its held-out batch, the blind one


def sets(extra: list[str], upto: int = 34) -> list[tuple[str, Path, Path]]:
    """(group-set, texts dir, gold dir) of every annotated set to read: heldout2 ..
    heldout``upto``, then the ``extra`` ones."""
    dev = ROOT / "tests/devcorpus"
    if not (dev / "raw").is_dir():
        dev = SHARED / "devcorpus"  # the corpus the shared scorer reads
    out = [("dev", dev / "raw", dev / "gold")]
    out.append(("seeds", SHARED / "corpus", SHARED / "gold"))
    out.append(("ho1", ROOT / "tests/heldout/texts", ROOT / "tests/heldout/gold"))
    for n in range(2, upto + 1):
        if f"heldout{n}" in NEVER:
            raise SystemExit(f"heldout{n} is held out")
        d = ROOT / f"tests/heldout{n}"
        out.append((f"ho{n}", d / "texts", d / "gold"))
    for name in extra:
        if name in NEVER:
            raise SystemExit(f"{name} is the next blind batch")
        d = ROOT / "tests" / name
        out.append((f"ho{name.removeprefix('heldout')}", d / "texts", d / "gold"))
    return out


def families() -> dict[str, str]:
    rows = (ROOT / "tests/devcorpus/FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {Path(a).stem: b for a, b in (r.split("\t") for r in rows if r)}


def files(texts: Path) -> list[Path]:
    out = []
    for p in sorted(texts.iterdir()):
        if p.name.startswith("README") or p.suffix == ".tsv":
            continue
        out.append(p)
    return out


def read(job: tuple[str, str, str]) -> dict[str, Any] | None:
    group, path, gold_path = job
    from ctdocs import parse_document
    from ctdocs.extract import _document as dm
    from ctdocs.extract._doctail import Tail

    seen: list[dict[str, Any]] = []
    orig = dm.own_date

    def spy(text, hits, chrome=(), title=None, scored=None):  # type: ignore[no-untyped-def]
        best = orig(text, hits, chrome, title, scored)
        if not seen:
            seen.append(_scores(dm, Tail, text, hits, chrome, title, best))  # type: ignore[no-untyped-call]
        return best

    dm.own_date = spy
    try:
        doc = parse_document(path)
    except Exception as exc:
        return {"group": group, "path": path, "error": repr(exc)}
    finally:
        dm.own_date = orig
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    rec = seen[0] if seen else {"hits": [], "text_len": len(doc.text)}
    date = doc.date.value if doc.date is not None else None
    rec.update(
        group=group,
        path=path,
        gold=gold.get("document_date") or None,
        has_gold="document_date" in gold,
        today=date,
        today_start=doc.date.start if doc.date is not None else None,
        noise=[(n.start, n.end, n.reason) for n in doc.noise],
        title=doc.title,
        lang=doc.language,
        text=doc.text,
    )
    return rec


def _scores(dm, Tail, text, hits, chrome, title, best):  # type: ignore[no-untyped-def]
    """The rule score of every hit, as ``own_date`` computes it."""
    cues = dm._cues()
    head_end = dm._head_end(text, cues.head_lines, chrome)
    title_end = dm.title_reach(text, title, dm._head_end(text, dm._TITLE_LINES, chrome), head_end)
    top_end = dm._head_end(text, dm._TOP_LINES)
    timeline = len(dm._alone_values(text, hits, head_end)) >= dm._TIMELINE
    zones = dm.byline_zones(text, title, head_end)
    note = dm.title_note(text, title_end)
    acts_end = dm.title_tail_end(text, title, title_end, head_end)
    tail = Tail.of(text, chrome)
    record_end = dm.record_end_of(text)
    out = []
    for h in hits:
        s = dm._note_score(text, h, note)
        s = s or dm._score(text, h, head_end, acts_end, top_end, timeline, zones)
        s = tail.score(text, h.start, s, dm._SHAPED, dm._STAMPS)
        if h.start < record_end and s <= dm._PUBLISHED:
            s = dm._RECORD_DATE if dm.record_dated(text, h.start) else dm._RECORD_STAMP if s else 0
        out.append(
            dict(
                start=h.start,
                end=h.end,
                value=h.value,
                precision=h.precision,
                inferred=bool(h.inferred_year),
                score=s,
                alone=bool(dm._alone(text, h)),
                tail_page=tail.page.holding(h.start) is not None,
            )
        )
    return dict(
        hits=out,
        head_end=head_end,
        title_end=title_end,
        record_end=record_end,
        best_start=best.start if best is not None else None,
        best_value=best.value if best is not None else None,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--with", dest="extra", action="append", default=[])
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--upto", type=int, default=34, help="the last heldout batch read")
    a = ap.parse_args()
    fam = families()
    jobs = []
    for group, texts, gold in sets(a.extra, a.upto):
        for p in files(texts):
            g = gold / f"{p.stem}.json"
            if not g.exists():
                continue
            grp = f"dev:{fam.get(p.stem, '?')}" if group == "dev" else group
            jobs.append((grp, str(p), str(g)))
    with Pool(a.j) as pool, open(a.out, "w", encoding="utf-8") as fh:
        for rec in pool.imap(read, jobs, chunksize=4):
            if rec is not None:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
