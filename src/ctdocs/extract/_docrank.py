"""A learned second opinion on the document's own date, heard only where the rules are unsure.

The rules of :mod:`._document` pick the date; on publishers nobody has seen they are right
about seven times in ten. A ranker over the text's date candidates (every date value of the
head, of the last lines, of the noise, or that the rules score, and "no date"), on shallow
features that hold across publishers (position, precision, noise and its reason, front
matter, the cue words of ``document.toml`` on the line, recurrence, the title's distance)
and none of the rules' scores, read better there leave-one-batch-out
(``benchmarks/results/lobo_ddate.txt``). So the rules' pick stays unless it is unsure —
no date, a mention set aside as noise, in the site's front matter, or on a stamp's line —
and the ranker scores another candidate above it by the file's margin
(``data/models/date_ranker.toml``), a margin at which no text the rules read right was lost.
Plain Python, deterministic: the first candidate among equals wins.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .._offsets import Positions
from ._dates import DateHit
from ._doccues import _cues, bracket_dateline
from ._docplace import line_bounds
from ._docrankschema import DateRankerFile, load_date_ranker
from ._docscores import Scores, record_end_of
from ._docstampscore import posted
from ._document import _alone, rule_scores
from ._line_starts import line_starts

__all__ = ["Candidate", "features", "rerank", "unsure"]

Noise = Sequence[tuple[int, int, str]]  # (start, end, reason), sorted
_Marks = tuple[str | None, str | None]  # the head's latest value, its first-printed one


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date value with the mention that stands for it (None: "no date"); its features
    are read-only, as the record is frozen."""

    value: str | None
    hit: DateHit | None
    features: Mapping[str, float]


def _reason(noise: Noise, at: int) -> str | None:
    return next((r for a, b, r in noise if a <= at < b), None)


def unsure(text: str, pick: DateHit | None, noise: Noise, record_end: int | None = None) -> bool:
    """Whether the rules' pick is one they are not sure of: no date, a mention in the
    noise or in the site's front matter (``record_end``, its end when the caller knows
    it), or a date a stamp's cue stands before on its line."""
    if pick is None:
        return True
    rec_end = record_end_of(text) if record_end is None else record_end
    if _reason(noise, pick.start) is not None or pick.start < rec_end:
        return True
    lo, _hi = line_bounds(text, pick.start, pick.end)
    return _stamped(text[lo : pick.start])


def _stamped(before: str) -> bool:
    """A stamp's cue (stamp, revised, synced words of ``document.toml``) before the date on
    its line: the rules' own reading of an update stamp."""
    c = _cues()
    return bool(
        c.stamp.search(before)
        or c.stamp_near.search(before)
        or c.revised.search(before)
        or c.synced.search(before)
    )


def _cue_features(before: str, after: str, above: str | None) -> dict[str, float]:
    """The cue words of ``document.toml`` before the date on its line; a press release's
    bracketed dateline (``GENEVA (11 May 2027) – The …``) only in the text's head (``above``
    its line: None deeper)."""
    c = _cues()
    adopted = c.adopted.search(before) or c.adopted_any.search(before[-60:])
    published = c.published.search(before) or c.published_near.search(before) or posted(before)
    event = c.event.search(before[-40:]) or c.not_own.search(before[-60:])
    dateline = c.dateline.search(before) or c.dateline_article.search(before)
    bracketed = above is not None and bracket_dateline(above, before, after)
    return {
        "cue_adopted": float(bool(adopted)),
        "cue_published": float(bool(published)),
        "cue_stamp": float(_stamped(before)),
        "cue_event": float(bool(event)),
        "cue_dateline": float(bool(dateline or bracketed)),
        "cue_closing": float(bool(c.closing.search(before))),
        "cue_act": float(bool(c.act_of.search(before))),
    }


@dataclass(frozen=True, slots=True)
class _Page:
    """What every candidate of one text is measured against."""

    text: str
    line_starts: Positions[int]
    noise: Noise
    title_line: int | None
    head_end: int
    record_end: int

    def line_no(self, at: int) -> int:
        return self.line_starts.last_through(at)


def _row(
    page: _Page, v: str, hs: list[tuple[DateHit, int]], model: DateRankerFile, marks: _Marks
) -> Candidate:
    """The features of one date value, read at its best-scored (then first) mention."""
    text, n = page.text, max(1, len(page.text))
    best, _s = max(hs, key=lambda p: (p[1], -p[0].start))
    ln, n_lines = page.line_no(best.start), len(page.line_starts)
    lo, hi = line_bounds(text, best.start, best.end)
    before, after = text[lo : best.start], text[best.end : hi]
    reason, tl = _reason(page.noise, best.start), page.title_line
    f = {
        "frac": best.start / n,
        "first5": float(ln < 5),
        "first20": float(ln < model.first_lines),
        "head": float(best.start < page.head_end),
        "last": float(ln >= n_lines - model.last_lines),
        "noise": float(reason is not None),
        "noise_meta": float(reason == "metadata"),
        "noise_repo": float(reason == "repository"),
        "front": float(best.start < page.record_end),
        "day": float(best.precision == "day"),
        "month": float(best.precision == "month"),
        "year": float(best.precision == "year"),
        "span": float("/" in v),
        "inferred": float(bool(best.inferred_year)),
        "count": math.log1p(len(hs)) / 2,
        "alone": float(_alone(text, best)),
        "words_before": math.log1p(len(before.split())) / 3,
        "words_after": math.log1p(len(after.split())) / 3,
        "title_near": float(tl is not None and abs(ln - tl) <= 3),
        "title_below": float(tl is not None and ln > tl),
        "latest": float(v == marks[0]),
        "earliest": float(v == marks[1]),
        **_cue_features(before, after, text[:lo] if best.start < page.head_end else None),
    }
    return Candidate(v, best, MappingProxyType(f))


def features(
    text: str,
    hits: Sequence[DateHit],
    chrome: Sequence[tuple[int, int]],
    noise: Noise,
    title: str | None,
    pick: DateHit | None,
    scored: Scores | None = None,
) -> list[Candidate]:
    """The text's candidates in the order their values first appear, "no date" last;
    ``scored``: the rules' pass over ``hits`` (:func:`._document.rule_scores`), if kept."""
    model, scores = load_date_ranker(), scored or rule_scores(text, hits, chrome, title)
    starts = Positions(line_starts(text))
    title_at = text.find(title) if title else -1
    head_end, rec_end = scores.head_end, scores.record_end
    title_line = starts.last_through(title_at) if title_at >= 0 else None
    page = _Page(text, starts, noise, title_line, head_end, rec_end)
    by_value: dict[str, list[tuple[DateHit, int]]] = {}
    for h, s in zip(hits, scores.scores, strict=True):
        v = pick.value if pick is not None and h.start == pick.start else h.value
        if not v.startswith("--"):
            by_value.setdefault(v, []).append((h, s))
    rows = _pool(page, by_value, pick, model, _head_marks(by_value, head_end))
    max_s = max(scores.scores, default=0)
    none = dict.fromkeys(model.weights, 0.0)
    none.update(is_none=1.0, none_nopos=float(max_s == 0), none_few=float(not rows))
    return [*rows, Candidate(None, None, MappingProxyType(none))]


def _pool(
    page: _Page,
    by_value: dict[str, list[tuple[DateHit, int]]],
    pick: DateHit | None,
    model: DateRankerFile,
    marks: _Marks,
) -> list[Candidate]:
    """The values that compete: scored by the rules, on the first or last lines, or picked."""
    out = []
    n_lines = len(page.line_starts)
    for v, hs in by_value.items():
        best, s = max(hs, key=lambda p: (p[1], -p[0].start))
        ln = page.line_no(best.start)
        keep = s > 0 or ln < model.pool_lines or ln >= n_lines - model.last_lines
        if keep or (pick is not None and v == pick.value):
            out.append(_row(page, v, hs, model, marks))
    return out


def _head_marks(by_value: dict[str, list[tuple[DateHit, int]]], end: int) -> _Marks:
    """The head's latest value and its first-printed one, among every value of the head."""
    head = [v for v, hs in by_value.items() if any(h.start < end for h, _s in hs)]
    firsts = {v: min(h.start for h, _s in by_value[v]) for v in head}
    latest = max(head, key=lambda v: v.split("/")[-1]) if head else None
    earliest = min(head, key=lambda v: firsts[v]) if head else None
    return latest, earliest


def rerank(
    text: str,
    hits: Sequence[DateHit],
    chrome: Sequence[tuple[int, int]],
    noise: Noise,
    title: str | None,
    pick: DateHit | None,
    scored: Scores | None = None,
) -> DateHit | None:
    """The rules' ``pick``, or the ranker's where the pick is unsure and the ranker's best
    scores above it by the margin (see the module's docstring); ``scored`` as
    :func:`features` reads it."""
    if not unsure(text, pick, noise, None if scored is None else scored.record_end):
        return pick
    model = load_date_ranker()
    cands = features(text, hits, chrome, noise, title, pick, scored)
    w = model.weights
    z = [sum(w[k] * x for k, x in c.features.items() if x) for c in cands]
    top = max(range(len(z)), key=lambda k: (z[k], -k))
    picked = pick.value if pick is not None else None
    at = next((k for k, c in enumerate(cands) if c.value == picked), None)
    margin = model.margin
    if pick is None and model.margin_none is not None:
        margin = model.margin_none  # no date read: the ranker's date risks less (schema)
    if cands[top].value == picked or at is None or z[top] - z[at] < margin:
        return pick
    return cands[top].hit
