"""The domain tagger's search: where one trigger matches in a text, and the spans of a
group of triggers.

Split from :mod:`ctdocs.extract._domains` to keep both modules short: this is the
part that runs once per trigger and piece, the rest builds the plans and weighs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._domain_heads import HeadScan, opening
from ._domain_index import NearScan

if TYPE_CHECKING:
    from ._domain_texts import _Texts
    from ._domains import _Pattern

__all__ = ["_finditer", "_hits", "_outermost", "_overlaps"]

Span = tuple[int, int]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _finditer(pat: _Pattern, texts: _Texts) -> list[Span]:
    """Spans of ``pat`` that start on a word boundary (``\\b`` semantics)."""
    text = texts.cased if pat.cased else texts.lower
    for needles in pat.checks:
        for needle in needles:
            if needle in text:
                break
        else:
            return []
    spans: list[Span] = []
    pos = 0
    n = len(text)
    # speed: the kept regex and window read straight from their lists (the properties
    # cost a call each, at every one of some 40 searches per clause)
    kept, windows = pat.compiled, pat.windows
    near = windows[0] if windows else pat.near
    regex = kept[0] if kept else pat.regex
    scan: NearScan | None = None
    if near is not None and near.pays(texts.long_space):
        scan = NearScan(regex, text, near)
    elif heads := (pat.heads or opening(pat))[0]:  # (a few words open every match)
        scan = HeadScan(regex, text, heads)
    while pos <= n:
        m = regex.search(text, pos) if scan is None else scan.search(pos)
        if m is None:
            break
        s, e = m.span()
        if s == e:
            pos = s + 1
            continue
        before = s > 0 and _is_word(text[s - 1])
        if before != _is_word(text[s]):
            spans.append((s, e))
            pos = e
        else:
            pos = s + 1
    return spans


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _hits(texts: _Texts, patterns: list[_Pattern]) -> list[Span]:
    """The distinct spans of ``patterns``, by start then longest first."""
    found: set[Span] = set()
    for pat in patterns:
        found.update(_finditer(pat, texts))
    return sorted(found, key=lambda s: (s[0], -s[1])) if found else []


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans nested inside an earlier, longer one (input sorted by start, -end)."""
    kept: list[Span] = []
    for s, e in spans:
        if kept and kept[-1][0] <= s and e <= kept[-1][1]:
            continue
        kept.append((s, e))
    return kept
