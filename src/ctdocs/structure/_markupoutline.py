"""Numbered headings that the page's markup nests under a roman or capital heading.

A web page or a Markdown file says with its heading levels what sits under
what: ``## II. L'avis de la Commission`` then ``### 1. Sur les finalités du
traitement``. An arabic number set as a deeper heading than the roman or
capital-letter heading above it is that heading's next level, cited under it
(``II(1)``, guidelines §1a), just as ``1.`` under ``B.`` under ``I.`` is
``I(B)(1)``. Numbered paragraphs of text (not markup headings) keep their own
numbers across the headings, so only markup headings are read this way; and markup
headings whose numbers run on from one section to the next (``### 1.``, ``### 2.`` under
``## A.``, ``### 3.`` under ``## B.``: a FAQ's questions) keep theirs too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from ..layout import Unit
from ..layout._numbering import Marker

__all__ = ["markup_sublevels"]


def markup_sublevels(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None]
) -> frozenset[int]:
    """Starts of arabic-numbered markup headings whose nearest shallower markup heading
    is a roman or capital-letter numbered heading: levels of the outline under it."""
    found: set[int] = set()
    heads: list[tuple[int, int | None]] = []  # (heading level, the section it opens, if any)
    firsts: dict[int, int] = {}  # the first number under each section, by section
    lasts: dict[int, int] = {}
    for u in units:
        level = u.line.heading_level
        if level is None:
            continue
        m = marker(u)
        outline = m is not None and m.kind == "heading" and not m.value[0].isdecimal()
        if m is not None and m.value.isdecimal():
            above = next((o for lv, o in reversed(heads) if lv < level), None)
            if above is not None:
                found.add(u.start)
                firsts.setdefault(above, int(m.value))
                lasts[above] = int(m.value)
        heads = [h for h in heads if h[0] < level]
        heads.append((level, u.start if outline else None))
    return frozenset() if _runs_on(firsts, lasts) else frozenset(found)


def _runs_on(firsts: dict[int, int], lasts: dict[int, int]) -> bool:
    """Whether the numbered headings run on across two sections or more (1, 2 under A; 3,
    4 under B): numbers of the text's own sequence, which keep their own numbers across the
    sections (guidelines §1a: ``119`` under ``VII``), not levels of each section."""
    order = sorted(firsts)
    return len(order) >= 2 and all(firsts[b] == lasts[a] + 1 for a, b in pairwise(order))
