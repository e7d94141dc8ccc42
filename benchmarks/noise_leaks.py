"""List the noise ctdocs leaks and the body it loses, file by file, with neighbours.

A *leak* is a gold noise line (12 characters or more once normalised) found in the body
ctdocs exports; a *loss* is a raw line of 40 characters or more, not gold noise, missing
from that body (the measures of the shared scorer, ``score.py``, which this script
imports for its normalisation). Each leak is shown with the document lines around it and
ctdocs' verdict on each (``N:reason`` noise, ``B`` body, ``*`` gold noise), and one of two
kinds:

* ``RECUR``: the line itself is noise, but its words recur inside a body line (a site's
  name in the text's own sentences); the scorer counts it, no layout rule can help.
* ``LEAK``: the line is body; its shallow features are printed to group leaks into
  classes that hold across sites: words, share of function words, closing punctuation,
  share of capitalised words, a date's shape, lines printed again, position in the text
  (first tenth, last tenth) and whether noise boxes it (noise right above and below).

usage: python benchmarks/noise_leaks.py RAWDIR GOLDDIR [--score TOOLS_DIR] [--context N]
       [--only STEM ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ctdocs import parse_document  # noqa: E402
from ctdocs._knowledge import load_language  # noqa: E402

_DATE_RE = re.compile(r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(19|20)\d{2})\b")
_WORD_RE = re.compile(r"[^\W\d_]+")


def verdicts(doc: Any) -> list[tuple[str, str]]:
    """Each line of ``doc.text`` with ctdocs' verdict: '.', 'B', 'B+N' or 'N:reasons'."""
    text = doc.text
    mark: list[str | None] = [None] * len(text)
    for n in doc.noise:
        span = getattr(n, "span", n)
        reason = str(getattr(n.reason, "value", n.reason))
        mark[span.start : span.end] = [reason] * (span.end - span.start)
    out, pos = [], 0
    for line in text.split("\n"):
        cells = list(zip(mark[pos : pos + len(line)], line, strict=True))
        pos += len(line) + 1
        reasons = {r for r, ch in cells if r is not None and not ch.isspace()}
        body = any(r is None and not ch.isspace() for r, ch in cells)
        if not line.strip():
            v = "."
        elif body:
            v = "B+N" if reasons else "B"
        else:
            v = "N:" + ",".join(sorted(reasons))
        out.append((line, v))
    return out


def features(lines: list[tuple[str, str]], i: int, stop: frozenset[str]) -> str:
    """The leaked line's shallow features, as one short string."""
    line = lines[i][0]
    words = _WORD_RE.findall(line)
    n = max(len(words), 1)
    stops = sum(w.casefold() in stop for w in words) / n
    caps = sum(w[:1].isupper() for w in words) / n
    near = [v for _, v in lines if v != "."]
    k = sum(1 for _, v in lines[:i] if v != ".")
    above = near[k - 1] if k else "TOP"
    below = near[k + 1] if k + 1 < len(near) else "END"
    boxed = (above == "TOP" or above.startswith("N")) and (below == "END" or below.startswith("N"))
    again = sum(1 for ln, _ in lines if ln.strip() == line.strip())
    place = "head" if k < len(near) / 10 else "tail" if k > len(near) * 0.9 else "mid"
    return (
        f"words={len(words)} stop={stops:.2f} caps={caps:.2f} end={line.rstrip()[-1:]!r} "
        f"date={bool(_DATE_RE.search(line))} printed={again} place={place} boxed={boxed}"
    )


def report(
    src: Path, gold: dict[str, Any], score: Any, ctx: int, tally: Counter[str], stop: frozenset[str]
) -> list[str]:
    doc = parse_document(src)
    lines = verdicts(doc)
    norm = score.norm
    body = norm(" ".join(b.text or "" for b in doc.blocks()))
    gnoise = [norm(x) for x in gold.get("noise", [])]
    out = []
    for x in gold.get("noise", []):
        nx = norm(x)
        if len(nx) < 12 or nx not in body:
            continue
        own = [
            i
            for i, (ln, _) in enumerate(lines)
            if nx in norm(ln) and len(nx) >= 0.8 * len(norm(ln))
        ]
        at = [i for i in own if lines[i][1].startswith("B")]
        if not at:
            tally["recur"] += 1
            out.append(f"  RECUR {x[:110]!r}")
            continue
        tally["leak"] += 1
        out.append(f"  LEAK  {x[:110]!r}  [{features(lines, at[0], stop)}]")
        out += _around(lines, at[0], ctx, gnoise, norm)
    nb = re.sub(r"[^\w]+", "", body)
    raw = score.raw_lines(src.parent, src.stem)
    for line in raw:
        nl = norm(line)
        if len(nl) < 40 or line.lstrip().startswith(("<", "---", "|")):
            continue
        if any(nl in g or g in nl for g in gnoise if len(g) >= 12):
            continue
        probe = re.sub(r"[^\w]+", "", nl)[15:60]
        if probe and probe not in nb:
            tally["lost"] += 1
            out.append(f"  LOST  {line.strip()[:110]!r}")
    return out


def _around(
    lines: list[tuple[str, str]], i: int, ctx: int, gnoise: list[str], norm: Any
) -> list[str]:
    out = []
    for j in range(max(0, i - ctx), min(len(lines), i + ctx + 1)):
        line, v = lines[j]
        if line.strip():
            g = "*" if norm(line) in gnoise else " "
            out.append(f"      {'>' if j == i else ' '}{g} {j:4d} {v:14} {line.strip()[:100]!r}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--score", type=Path, default=Path("/work/shared/tools"))
    ap.add_argument("--context", type=int, default=2)
    ap.add_argument("--only", nargs="*", default=[])
    a = ap.parse_args()
    sys.path.insert(0, str(a.score))
    import score  # type: ignore[import-not-found]

    lang = load_language()
    stop = frozenset(w for ws in lang.stopwords.values() for w in ws)
    tally: Counter[str] = Counter()
    for gp in sorted(a.gold.glob("*.json")):
        if a.only and gp.stem not in a.only:
            continue
        src = [p for p in a.raw.glob(gp.stem + ".*") if p.suffix != ".json"]
        if not src:
            continue
        out = report(
            src[0], json.loads(gp.read_text(encoding="utf-8")), score, a.context, tally, stop
        )
        if out:
            print(f"=== {gp.stem}")
            print("\n".join(out))
    print(f"leaks {tally['leak']} (+ {tally['recur']} recurring in the body), lost {tally['lost']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
