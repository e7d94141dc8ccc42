"""The domain tagger's search: where one trigger matches in a text, and the spans of a
group of triggers.

Split from :mod:`ctdocs.extract._domains` to keep both modules short: this is the
part that runs once per trigger and piece, the rest builds the plans and weighs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._domain_heads import HeadScan, opening
from ._domain_index import Near, NearScan

if TYPE_CHECKING:
    from ._domain_texts import _Texts
    from ._domains import _Pattern

__all__ = ["Ways", "_finditer", "_hits", "_outermost", "_overlaps", "ways", "weak_words"]

Span = tuple[int, int]


#: how a trigger is searched: its regex, its window in a text without a white-space run
#: longer than the window allows and in one with, and the words its matches open with
Ways = tuple["re.Pattern[str]", "Near | None", "Near | None", "tuple[str, ...] | None"]


def ways(pat: _Pattern) -> Ways:
    """``pat``'s :data:`Ways`, worked out at its first search and kept on it.

    Why: each search asked for the kept regex, the window and whether it pays in the
    text, and for the opening words (three look-ups and two calls, at each of some
    forty thousand searches of the benchmark's sample, nine in ten finding nothing)."""
    kept = pat.ways
    if not kept:
        heads = (pat.heads or opening(pat))[0]
        # a few opening words, where known, before the window: a match is tried at each
        # of their places, where the window searched around every needle's, words inside
        # a match too (on the benchmark's sample, nearly every trigger having both was
        # searched faster by its opening words: some 7 ms of 150 of all the searches)
        near = None if heads else pat.near
        short = near if near is not None and near.pays(False) else None
        long = near if near is not None and near.pays(True) else None
        kept.append((pat.regex, short, long, heads))
    return kept[0]


def _finditer(pat: _Pattern, texts: _Texts) -> list[Span]:
    """Spans of ``pat`` that start on a word boundary (``\\b`` semantics)."""
    text = texts.cased if pat.cased else texts.lower
    for needles in pat.checks:
        for needle in needles:
            if needle in text:
                break
        else:
            return []
    regex, short, long, heads = pat.ways[0] if pat.ways else ways(pat)
    near = long if texts.long_space else short
    scan: NearScan | None = None
    if near is not None:
        scan = NearScan(regex, text, near)
    elif heads:  # (a few words open every match)
        scan = HeadScan(regex, text, heads)
    spans: list[Span] = []
    pos = 0
    n = len(text)
    while pos <= n:
        m = regex.search(text, pos) if scan is None else scan.search(pos)
        if m is None:
            break
        s, e = m.span()
        if s == e:
            pos = s + 1
            continue
        # (whether a character is a word's, ``\\w``, written out: asked twice a match)
        ch = text[s - 1] if s > 0 else ""
        before = ch.isalnum() or ch == "_"
        ch = text[s]
        if before != (ch.isalnum() or ch == "_"):
            spans.append((s, e))
            pos = e
        else:
            pos = s + 1
    return spans


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _hits(texts: _Texts, patterns: list[_Pattern]) -> list[Span]:
    """The distinct spans of ``patterns``, by start then longest first."""
    if len(patterns) == 1:  # its spans rise and never overlap: already in that order
        return _finditer(patterns[0], texts)
    found: set[Span] = set()
    for pat in patterns:
        found.update(_finditer(pat, texts))
    return sorted(found, key=lambda s: (s[0], -s[1])) if found else []


def weak_words(
    texts: _Texts, patterns: list[_Pattern], weak: list[Span], stem: int
) -> dict[Span, str] | None:
    """Which weak hits are one word in two forms ("aeronef ... aeronefs", "overflight ...
    overflights", "douane ... douaniers"), so that such a word counts once, as it does
    repeated in the same form: hit -> the form of the first hit of its word. Two hits
    are one word when a trigger matches both and their forms are forms of one word
    (:func:`_one_word`, ``stem``): the alternatives of one trigger ("(threat|situational)
    awareness", "documents? (de voyage|d'identite)") are different words, which count
    apart. None where the forms already tell (fewer than two hits, all of one form, or
    no two forms of one word: the usual case, with no search at all)."""
    lower = texts.lower
    if not stem or len(weak) < 2:
        return None
    forms = {span: lower[span[0] : span[1]] for span in weak}
    distinct = list(dict.fromkeys(forms.values()))
    if not any(_one_word(a, b, stem) for i, a in enumerate(distinct) for b in distinct[i + 1 :]):
        return None
    # the triggers of each hit (a hit two triggers match is either's)
    sources: dict[Span, set[str]] = {span: set() for span in weak}
    for pat in patterns:
        for span in _finditer(pat, texts):
            found = sources.get(span)
            if found is not None:
                found.add(pat.source)
    words: dict[Span, str] = {}
    firsts: list[tuple[str, set[str]]] = []  # the first hit of each word: form, triggers
    for span in weak:
        form, mine = forms[span], sources[span]
        words[span] = next(
            (f for f, theirs in firsts if mine & theirs and _one_word(f, form, stem)), form
        )
        if words[span] == form:
            firsts.append((form, mine))
    return words


def _one_word(a: str, b: str, stem: int) -> bool:
    """Whether the forms ``a`` and ``b`` (lower-cased, folded) are forms of one word:
    as many words, each pair alike or one opening the other ("port", "ports"), or sharing
    an opening of ``stem`` letters at least and half the shorter ("douane", "douaniers";
    "harbour", "harbor"); "cells" and "centres", "threat" and "situational" are not."""
    xs, ys = a.split(), b.split()
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys, strict=True):
        if x == y:
            continue
        n = 0
        short = min(len(x), len(y))
        while n < short and x[n] == y[n]:
            n += 1
        if n < short and (n < stem or 2 * n < short):
            return False
    return True


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans nested inside an earlier, longer one (input sorted by start, -end)."""
    kept: list[Span] = []
    for s, e in spans:
        if kept and kept[-1][0] <= s and e <= kept[-1][1]:
            continue
        kept.append((s, e))
    return kept
