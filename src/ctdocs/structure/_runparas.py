"""Paragraph numbers printed in parentheses that run across a text's markup headings
(``<h2>The judgment</h2>`` / ``(1) The case concerns …`` … ``<h3>Legal starting
point</h3>`` / ``(6) …``): a judgment's or a report's paragraphs, cited by their number as
``[1]`` or ``1.`` are (``1``, its items ``8(a)``; heldout23 and heldout24 gold), not
recitals (``(1)``), which stand in one preamble, nor a lead-in's items, which stand in one
section, nor a statute's subsections, whose ``(1)`` starts again in every section."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..layout import Unit
from ..layout._numbering import Marker

__all__ = ["running_paragraphs"]

# a run this long at least: a few items under a lead-in are a list, whatever splits them
_MIN_RUN = 6


def running_paragraphs(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None]
) -> dict[int, Marker]:
    """The markers to read, by unit start, for the ``(1)``, ``(2)`` … of a text whose every
    parenthesised number counts 1, 2, 3 … once (no restart), at least ``_MIN_RUN`` of them,
    with a markup heading between two of them: each a numbered paragraph (``1``)."""
    run: list[tuple[Unit, Marker]] = []
    crossed = False
    headed = False
    for u in units:
        if u.line.heading_level is not None and run:
            headed = True
            continue
        m = marker(u)
        if m is None or m.kind != "item" or m.family != "number" or not m.label.startswith("("):
            continue
        if m.value != str(len(run) + 1):
            return {}  # "(1)" again: a statute's subsections, a list that starts anew
        crossed = crossed or headed
        headed = False
        run.append((u, m))
    if len(run) < _MIN_RUN or not crossed:
        return {}
    return {u.start: Marker("number", m.label, m.value, m.end) for u, m in run}
