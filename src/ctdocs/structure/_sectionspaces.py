"""Section headings whose paragraphs start their numbers again under each.

``Section 1  Overall trends`` over ``1.``, ``2.``, then ``Section 2  Situation in Asia``
over ``1.`` again: the paragraph numbers restart, so each section is a number space of its
own (guidelines §1a: ``Section 2(1)``, never a bare ``1`` that collides with Section 1's).
A section word over paragraphs that run on across the headings (``Section I – General``
over 1 … 9, ``Section II`` over 10 …) stays an unnumbered heading, as the numbering data
says of a section that holds no smaller units. Read off the sequence the document prints,
not off any word: only divisions the numbering data marks ``holds-units`` are asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..layout import Unit
from ..layout._numbering import Marker

__all__ = ["section_spaces"]


def _restarts(units: Sequence[Unit]) -> bool:
    """Do two sections or more each number their paragraphs from ``1.``? Numbers before the
    first section (a contents list, a preamble's) and a lone section heading (a schedule's
    column ``Section 7`` over its rows) tell nothing."""
    firsts = 0
    inside = opened = False
    for u in units:
        m = u.marker
        if m is None:
            continue
        if m.kind == "division" and m.family == "holds-units":
            inside, opened = True, False
        elif inside and not opened and m.kind == "number" and m.value.isdecimal():
            opened = True
            firsts += m.value == "1"
    return firsts >= 2


def section_spaces(units: Sequence[Unit]) -> dict[int, Marker]:
    """The section headings, by start, read as divisions holding the paragraphs numbered
    under them (family ``holds-items``: ``1.`` under Section 2 is Section 2(1)) where the
    paragraph numbers start again under each; else none."""
    if not _restarts(units):
        return {}
    return {
        u.start: replace(m, family="holds-items")
        for u in units
        if (m := u.marker) is not None and m.kind == "division" and m.family == "holds-units"
    }
