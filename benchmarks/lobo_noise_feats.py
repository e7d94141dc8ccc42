"""Extra shallow features of a candidate line, for the noise-line fits (``lobo_noise.py``).

``_boilerplate``'s scorer was fitted on the development corpus alone, on features of the
line itself. The lines it leaves open on publishers never seen are mostly chrome that
its neighbours might give away: a line under a menu, a label over a page number, a
heading that no prose follows. These features, language-independent, read the line's
shape, its place and its neighbours' reasons; ``lobo_noise.py`` tests whether they help.
They are not on the parse path (they did not: ``benchmarks/results/lobo_noise.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ctdocs.layout._boilerplate import _Doc
    from ctdocs.layout._unit import Unit

__all__ = ["EXTRA", "extra_features"]

EXTRA = (
    "long",  # more than 12 tokens
    "no_letter",  # no letter at all (a page number, a code, a date in figures)
    "upper",  # its letters nearly all capitals
    "field",  # "Label: value" (a record's field, a page's stamp)
    "md_link",  # a Markdown link or image
    "bracketed",  # the whole line in brackets or parentheses
    "next_good",  # the next open line is prose (a heading over its paragraph)
    "prev_good",  # the line before, open, is prose
    "far",  # distance to the nearest prose line, in units (capped at 10, scaled)
    "rel_pos",  # position in the text, 0 at the top, 1 at the foot
    "prev_chrome",  # the line before is web chrome, navigation or boilerplate
    "next_chrome",  # the line after is
    "prev_page",  # the line before is a page's running head, foot or number
    "next_page",  # the line after is
    "noisy_doc",  # the share of the text's units already set aside
)
_CHROME = frozenset({"web-chrome", "navigation", "boilerplate"})
_PAGE = frozenset({"page-header", "page-footer", "page-number"})
_FIELD_RE = re.compile(r"^[^\W\d_][^:]{0,30}:\s+\S")
_BRACKET_RE = re.compile(r"^\s*(?:\[[^\]]*\]|\([^)]*\))\s*$")
_LETTER_RE = re.compile(r"[^\W\d_]")
_LONG = 12
_FAR = 10


def extra_features(
    units: Sequence[Unit], doc: _Doc, only: Sequence[int]
) -> list[tuple[float, ...]]:
    """The ``EXTRA`` features of the units ``only``, in that order."""
    n = len(units)
    reasons = [u.noise for u in units]
    open_good = _nearest_open_good(units, doc)
    good = [i for i, g in enumerate(doc.good) if g]
    noisy_doc = sum(r is not None for r in reasons) / max(n, 1)
    out = []
    for i in only:
        text = units[i].text
        letters = _LETTER_RE.findall(text)
        prev_r = reasons[i - 1] if i > 0 else None
        next_r = reasons[i + 1] if i + 1 < n else None
        out.append(
            (
                float(units[i].words() > _LONG),
                float(not letters),
                float(
                    len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
                ),
                float(bool(_FIELD_RE.match(text))),
                float("](" in text),
                float(bool(_BRACKET_RE.match(text))),
                float(open_good[i][1]),
                float(open_good[i][0]),
                min(_distance(good, i), _FAR) / _FAR,
                i / max(n - 1, 1),
                float(prev_r in _CHROME),
                float(next_r in _CHROME),
                float(prev_r in _PAGE),
                float(next_r in _PAGE),
                noisy_doc,
            )
        )
    return out


def _nearest_open_good(units: Sequence[Unit], doc: _Doc) -> list[tuple[bool, bool]]:
    """For each unit: whether the nearest open unit before it, and after it, is prose."""
    n = len(units)
    before, after = [False] * n, [False] * n
    g = False
    for i in range(n):
        before[i] = g
        if units[i].noise is None:
            g = doc.good[i]
    g = False
    for i in range(n - 1, -1, -1):
        after[i] = g
        if units[i].noise is None:
            g = doc.good[i]
    return list(zip(before, after, strict=True))


def _distance(good: list[int], i: int) -> int:
    """Units between ``i`` and the nearest prose line (``_FAR`` when there is none)."""
    from bisect import bisect_left

    k = bisect_left(good, i)
    near = [abs(good[j] - i) for j in (k - 1, k) if 0 <= j < len(good)]
    return min(near) if near else _FAR
