"""Pass 2: what is not body text — page furniture found across pages, footnotes, type sizes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .page import _FOOTNOTE_MARK_RE, _SPACES_RE, Line, Page

_DIGITS_RE = re.compile(r"\d+")


_ROMAN_KEY_RE = re.compile(r"^[ivxlc]{1,7}$")


_PAGE_NUMBER_KEY_RE = re.compile(
    r"^(?:[-\u2013\u2014(\[]\s*)?(?:(?:page|p\.|pag\.|seite)\s*)?#"
    r"(?:\s*(?:/|of|sur|de|von)\s*#)?(?:\s*[-\u2013\u2014)\]])?$"
)


_JOB_KEY_RE = re.compile(r"^#-#\s*\([a-z]\)(?:\s+#(?:/#)*)*$")


def _key(text: str) -> str:
    k = _SPACES_RE.sub(" ", _DIGITS_RE.sub("#", text.casefold())).strip()
    return "#" if _ROMAN_KEY_RE.match(k) else k


def _mark_furniture(pages: list[Page]) -> None:
    """Running heads and feet, page numbers, job numbers: marked ``kind = "furniture"``.

    A candidate is a short line among the three outermost rows of a page, in its top
    or bottom 15 %. It is furniture when its text (digits as ``#``) recurs in the same
    band on at least 40 % of the pages (and two of them); when it stands in a *slot*
    (band, height on the page, font size) that such lines fill on 40 % of the pages
    with texts that repeat (a running head naming the chapter, which changes); or
    when it reads as a page number (``3``, ``- 3 -``, ``Page 3 of 5``, ``iv``) or a
    UN job number (``03-22133 (F)``).
    """
    counts: Counter[tuple[bool, str]] = Counter()
    slots: dict[tuple[bool, int, int], list[str]] = {}
    cands: list[tuple[Line, str, bool, tuple[bool, int, int]]] = []
    for p in pages:
        seen: set[tuple[bool, str]] = set()
        seen_slots: set[tuple[bool, int, int]] = set()
        for ln in p.lines:
            if len(ln.text) > 120:
                continue
            if ln.row < 3 and ln.top < 0.15 * p.height:
                top = True
            elif ln.row >= p.nrows - 3 and ln.bottom > 0.85 * p.height:
                top = False
            else:
                continue
            key = _key(ln.text)
            slot = (top, round(ln.bottom / 2), round(ln.size))
            cands.append((ln, key, top, slot))
            seen.add((top, key))
            if slot not in seen_slots:
                seen_slots.add(slot)
                slots.setdefault(slot, []).append(key)
        counts.update(seen)
    need = max(2.0, 0.4 * sum(1 for p in pages if p.lines))
    running = {
        slot
        for slot, keys in slots.items()
        if len(keys) >= need and len(set(keys)) <= 0.5 * len(keys)
    }
    for ln, key, top, slot in cands:
        repeated = counts[(top, key)] >= need or (slot in running and counts[(top, key)] >= 2)
        number = bool(_PAGE_NUMBER_KEY_RE.match(key))
        job = not top and bool(_JOB_KEY_RE.match(key))
        if not (repeated or number or job):
            continue
        ln.kind = "furniture"
        ln.reason = "page-number" if number else ("page-header" if top else "page-footer")


@dataclass(slots=True)
class Geometry:
    body: float  # body font size
    leading: float  # line spacing as a multiple of the font size
    levels: dict[float, int]  # heading size -> level
    edges: dict[tuple[int, int], tuple[float, float]]  # (ncols, col) -> (left, right)
    ncols: dict[int, int]  # page -> ncols

    def level(self, ln: Line) -> int:
        return self.levels.get(round(ln.size * 2) / 2, 0)

    def small(self, ln: Line) -> bool:
        return ln.size <= 0.88 * self.body

    def edge(self, ln: Line) -> tuple[float, float]:
        return self.edges.get((self.ncols.get(ln.page, 1), ln.col), (ln.x0, ln.x1))


def _geometry(pages: list[Page]) -> Geometry:
    weights: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.kind == "body":
                weights[round(ln.size * 2) / 2] += len(ln.text)
    body = weights.most_common(1)[0][0] if weights else 10.0
    heads = sorted((s for s in weights if s >= body * 1.12 and s >= body + 0.9), reverse=True)
    levels = {s: min(i + 1, 6) for i, s in enumerate(heads)}
    ratios: list[float] = []
    xs: dict[tuple[int, int], tuple[list[float], list[float]]] = {}
    for p in pages:
        prev: Line | None = None
        for ln in p.lines:
            if ln.kind != "body" or abs(ln.size - body) > 0.6:
                continue
            lo, hi = xs.setdefault((p.ncols, ln.col), ([], []))
            lo.append(ln.x0)
            hi.append(ln.x1)
            if prev is not None and prev.col == ln.col and prev.seg == ln.seg and ln.row > prev.row:
                ratios.append((ln.bottom - prev.bottom) / max(ln.size, 1.0))
            prev = ln
    ratios.sort()
    leading = ratios[len(ratios) // 4] if ratios else 1.2
    edges: dict[tuple[int, int], tuple[float, float]] = {}
    for k, (lo, hi) in xs.items():
        lo.sort()
        hi.sort()
        edges[k] = (lo[int(0.1 * (len(lo) - 1))], hi[int(0.98 * (len(hi) - 1))])
    ncols = {p.number: p.ncols for p in pages}
    return Geometry(body, min(max(leading, 0.9), 3.0), levels, edges, ncols)


def _mark_footnotes(pages: list[Page], geo: Geometry) -> None:
    """A run of small type that closes a column, low on the page, opening with a mark."""
    for p in pages:
        streams: dict[tuple[int, int], list[Line]] = {}
        for ln in p.lines:
            if ln.kind == "body":
                streams.setdefault((ln.seg, ln.col), []).append(ln)
        for stream in streams.values():
            k = len(stream)
            while k > 0 and geo.small(stream[k - 1]) and stream[k - 1].top > 0.5 * p.height:
                k -= 1
            run = stream[k:]
            # the run must open with a footnote mark; drop leading lines until it does
            while run and not _FOOTNOTE_MARK_RE.match(run[0].text):
                run = run[1:]
            for ln in run:
                ln.kind = "footnote"
