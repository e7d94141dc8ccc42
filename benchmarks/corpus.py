"""A large, varied benchmark corpus built from the seed texts, deterministically.

Why not the seeds repeated: repeated texts flatter every cache (the same
lines, the same dates, the same actors) and hide costs that grow with variety.
Each generated document takes the head (title, place, date) of one seed text
and a body whose length varies from a third to two and a half times the
seed's, mixing the seed's own paragraphs with paragraphs of every other text
in the same language; numbered paragraphs are renumbered in order, dates and
place/country names are swapped, and some paragraphs are cut short. About one
document in five is English, built from ``tests/texts/en_*.txt``.

The same ``scale`` and ``seed`` always give the same files. They are written
to a cache directory (``$CTDOCS_BENCH_CACHE``, else ``~/.cache/ctdocs/bench``),
never to the repository, under a key made of the builder version, the
arguments and the seed texts' contents, so a changed seed rebuilds the corpus.

usage: python benchmarks/corpus.py [--scale 200] [--seed N]   (prints the directory)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = 1
DEFAULT_SEED = 20_260_101

_PARA_SPLIT = re.compile(r"\n[ \t\u00a0]*\n")
_NUMBERED = re.compile(r"^(\s*(?:\*\*)?)(\d{1,3})((?:\.\d{1,3})*)(\.?\s)")
_FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_FR_DATE = re.compile(r"\b(\d{1,2})(er)? (" + "|".join(_FR_MONTHS) + r") (\d{4})\b")
_EN_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_EN_MONTHS) + r") (\d{4})\b")
_SWAPS = {
    "fr": {
        "Russie": ["Russie", "Ukraine", "Géorgie", "Moldavie", "Serbie"],
        "Afghanistan": ["Afghanistan", "Iraq", "Mali", "Somalie", "Libye"],
        "Bruxelles": ["Bruxelles", "Vienne", "Genève", "Rome", "Reykjavik"],
        "États-Unis": ["États-Unis", "Canada", "Royaume-Uni", "Espagne", "Norvège"],
    },
    "en": {
        "Russia": ["Russia", "Ukraine", "Georgia", "Moldova", "Serbia"],
        "Afghanistan": ["Afghanistan", "Iraq", "Mali", "Somalia", "Libya"],
        "Brussels": ["Brussels", "Vienna", "Geneva", "Rome", "Reykjavik"],
        "United States": ["United States", "Canada", "United Kingdom", "Spain", "Norway"],
    },
}


@dataclass(frozen=True)
class _Seed:
    lang: str
    head: list[str]
    body: list[str]


@dataclass(frozen=True)
class Corpus:
    """The built corpus: its directory, files (sorted) and total size in bytes."""

    directory: Path
    paths: list[Path]
    total_bytes: int


def seed_paths() -> list[tuple[str, Path]]:
    """(language, path) of the texts the corpus is made from."""
    fr = [("fr", p) for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    en = [("en", p) for p in sorted((ROOT / "tests" / "texts").glob("en_*.txt"))]
    return fr + en


def raw_bytes() -> int:
    """Size of ``data/raw/``: the unit the scale multiplies."""
    return sum(p.stat().st_size for p in (ROOT / "data" / "raw").glob("*.txt"))


def _split(lang: str, text: str) -> _Seed:
    paras = [p.strip("\n") for p in _PARA_SPLIT.split(text.replace("\r\n", "\n")) if p.strip()]
    first = next((k for k, p in enumerate(paras) if _NUMBERED.match(p)), min(3, len(paras) - 1))
    first = max(1, min(first, 4))
    return _Seed(lang, paras[:first], paras[first:] or paras[-1:])


def _renumber(paras: list[str]) -> list[str]:
    out: list[str] = []
    n = 0
    for p in paras:
        m = _NUMBERED.match(p)
        if m is None:
            out.append(p)
            continue
        if not m.group(3):
            n += 1
        out.append(f"{m.group(1)}{max(n, 1)}{m.group(3)}{m.group(4)}{p[m.end() :]}")
    return out


def _cut(rng: random.Random, para: str) -> str:
    sentences = re.split(r"(?<=[.;:])\s+", para)
    if len(sentences) < 3:
        return para
    return " ".join(sentences[: rng.randint(1, len(sentences) - 1)])


def _redate(rng: random.Random, lang: str, text: str) -> str:
    months = _FR_MONTHS if lang == "fr" else _EN_MONTHS

    def new(_m: re.Match[str]) -> str:
        return f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(1995, 2025)}"

    return (_FR_DATE if lang == "fr" else _EN_DATE).sub(new, text)


def _reactor(rng: random.Random, lang: str, text: str) -> str:
    for name, choices in _SWAPS[lang].items():
        text = re.sub(rf"\b{re.escape(name)}\b", rng.choice(choices), text)
    return text


def _document(rng: random.Random, seeds: list[_Seed]) -> tuple[str, str]:
    lang = "en" if rng.random() < 0.2 else "fr"
    same = [s for s in seeds if s.lang == lang]
    base = rng.choice(same)
    pool = [p for s in same for p in s.body]
    n = max(3, int(len(base.body) * rng.uniform(0.33, 2.5)))
    start = rng.randrange(len(base.body))
    body: list[str] = []
    for k in range(n):
        para = base.body[(start + k) % len(base.body)] if rng.random() < 0.6 else rng.choice(pool)
        body.append(_cut(rng, para) if rng.random() < 0.3 else para)
    text = "\n\n".join([*base.head, *_renumber(body)]) + "\n"
    return lang, _reactor(rng, lang, _redate(rng, lang, text))


def _key(scale: float, seed: int) -> str:
    h = hashlib.sha256(f"{VERSION}:{scale:g}:{seed}".encode())
    for _, p in seed_paths():
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    env = os.environ.get("CTDOCS_BENCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "ctdocs" / "bench"


def build(scale: float = 200, seed: int = DEFAULT_SEED, root: Path | None = None) -> Corpus:
    """The corpus of ``scale`` times the size of ``data/raw/`` (built once, then reused)."""
    root = root or cache_root()
    target = root / f"corpus-x{scale:g}-{_key(scale, seed)}"
    manifest = target / "MANIFEST.json"
    if not manifest.exists():
        rng = random.Random(seed)
        seeds = [_split(lang, p.read_text(encoding="utf-8")) for lang, p in seed_paths()]
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="building-", dir=root))
        goal = int(scale * raw_bytes())
        total = k = 0
        while total < goal:
            lang, text = _document(rng, seeds)
            data = text.encode("utf-8")
            (tmp / f"{k:05d}_{lang}.txt").write_bytes(data)
            total += len(data)
            k += 1
        (tmp / "MANIFEST.json").write_text(
            json.dumps(
                {"version": VERSION, "scale": scale, "seed": seed, "files": k, "bytes": total}
            ),
            encoding="utf-8",
        )
        if target.exists():  # a half-built corpus from an interrupted run
            shutil.rmtree(target)
        tmp.rename(target)
    paths = sorted(target.glob("*.txt"))
    return Corpus(target, paths, sum(p.stat().st_size for p in paths))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=200)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    corpus = build(args.scale, args.seed)
    print(f"{corpus.directory}  ({len(corpus.paths)} files, {corpus.total_bytes / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
