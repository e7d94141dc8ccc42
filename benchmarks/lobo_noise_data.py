"""The lines of every annotated text as the boilerplate scorer sees them, with gold labels.

Shared by ``benchmarks/lobo_noise.py``. Each text is parsed once with today's model; a spy
on ``_boilerplate.features`` keeps the scorer's candidate lines and vectors at the moment it
scores them, and after the parse each line's final noise reason is read. A line is labelled
noise when it matches one of its document's gold noise lines (the matching of
``benchmarks/lofo_noise.py``: the scorer's own unit against the gold line, bullet dropped).

Groups: the development corpus's families (``tests/devcorpus/FAMILIES.tsv``) and each
held-out batch (``tests/heldout``, ``tests/heldout2`` ...). The extracted rows are cached in
a pickle so that the fits can be rerun without parsing.
"""

from __future__ import annotations

import json
import pickle
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests._compare import noise_key  # noqa: E402

from ctdocs import parse_document  # noqa: E402
from ctdocs.layout import _boilerplate as bp  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from lobo_noise_feats import extra_features  # noqa: E402

SKIP = ("README",)
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


@dataclass
class DocRows:
    group: str
    stem: str
    # per candidate: vector, gold label, today's scorer verdict, final reason ("" open), text
    cand: list[tuple[tuple[float, ...], int, int, str, str]] = field(default_factory=list)
    # per unit set aside by a rule (not the scorer): reason, gold label, chars
    ruled: list[tuple[str, int, int]] = field(default_factory=list)
    # per open unit at the end: gold label, chars
    open_: list[tuple[int, int]] = field(default_factory=list)


def is_noise(text: str, keys: list[str]) -> bool:
    """The line is one gold noise line, or (an HTML page's elements joined on one line,
    "Contenu Menu Pied de page") nothing but gold noise lines."""
    k = noise_key(_LINK_RE.sub(r"\1", text).lstrip("> "))  # a gold line keeps a link's words only
    if not k:
        return False
    if any(
        k == g
        or (k in g and len(k) >= 0.9 * len(g))
        or (len(g) >= 8 and g in k and len(g) >= 0.6 * len(k))
        for g in keys
    ):
        return True
    rest = k
    for g in sorted({g for g in keys if g in k}, key=len, reverse=True):
        rest = rest.replace(g, " ")
    return len(re.sub(r"[\W_]+", "", rest)) <= 0.1 * len(re.sub(r"[\W_]+", "", k))


def corpus(max_batch: int) -> list[tuple[str, Path, Path]]:
    """(group, text, gold) of every annotated text: dev families, then batches 1..max."""
    out: list[tuple[str, Path, Path]] = []
    dev = ROOT / "tests" / "devcorpus"
    rows = (dev / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    fam = dict(r.split("\t") for r in rows if r)
    for p in sorted((dev / "raw").iterdir()):
        if p.name in fam:
            out.append((f"dev:{fam[p.name]}", p, dev / "gold" / f"{p.stem}.json"))
    for n in range(1, max_batch + 1):
        d = ROOT / "tests" / ("heldout" if n == 1 else f"heldout{n}")
        for p in sorted((d / "texts").iterdir()):
            if p.stem.startswith(SKIP) or p.suffix == ".tsv":
                continue
            g = d / "gold" / f"{p.stem}.json"
            if g.exists():
                out.append((f"ho{n}", p, g))
    return out


def rows_of(group: str, path: Path, gold_path: Path) -> DocRows:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    keys = [k for k in (noise_key(x) for x in gold.get("noise", [])) if k]
    seen: list[tuple[list[object], list[int], list[tuple[float, ...]]]] = []
    orig = bp.features

    def spy(units, lex, doc=None, only=None):  # type: ignore[no-untyped-def]
        vecs = orig(units, lex, doc, only)
        ext = extra_features(units, doc, only or [])
        seen.append((units, list(only or []), [(*v, *e) for v, e in zip(vecs, ext, strict=True)]))
        return vecs

    bp.features = spy  # type: ignore[assignment]
    try:
        parse_document(path)
    except Exception as exc:
        print(f"{path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        bp.features = orig  # type: ignore[assignment]
    out = DocRows(group, path.stem)
    if not seen:
        return out
    units, idx, vecs = seen[0]
    lex = bp.lexicon()
    assert lex is not None
    cand = set(idx)
    for i, vec in zip(idx, vecs, strict=True):
        u = units[i]
        verdict = int(bp.score(vec[: len(bp.FEATURES)], lex) >= lex.model.threshold)
        lab = int(is_noise(u.text, keys))  # type: ignore[attr-defined]
        out.cand.append((vec, lab, verdict, u.noise or "", u.text))  # type: ignore[attr-defined]
    for i, u in enumerate(units):
        if i in cand:
            continue
        lab = int(is_noise(u.text, keys))  # type: ignore[attr-defined]
        if u.noise:  # type: ignore[attr-defined]
            out.ruled.append((u.noise, lab, len(u.text)))  # type: ignore[attr-defined]
        else:
            out.open_.append((lab, len(u.text)))  # type: ignore[attr-defined]
    return out


def load(max_batch: int, cache: Path) -> list[DocRows]:
    if cache.exists():
        return [DocRows(**d) for d in pickle.loads(cache.read_bytes())]
    docs = [rows_of(g, p, gp) for g, p, gp in corpus(max_batch)]
    cache.write_bytes(pickle.dumps([vars(d) for d in docs]))  # plain dicts: any reader
    return docs


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 34
    got = load(n, Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/tmp/lobo_noise_{n}.pkl"))
    print(len(got), "texts", sum(len(d.cand) for d in got), "candidate lines")
