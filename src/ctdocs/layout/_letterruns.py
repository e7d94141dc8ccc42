"""Paragraphs numbered after a letter (``R1``, ``C2``, ``A3.``): which open a paragraph.

Reports and guides number their recommendations, findings and checklist items after a
letter that names the kind or the part (``R1. Aux Etats membres …``, ``C1. Les organismes
…``, a checklist's ``A1.`` … ``A4.`` under part A, ``**R1** Cartographier …``): a
numbered paragraph cited as printed (guidelines §1a). The same shape opens lines that
number nothing: a group's name (``G7 Information Centre``, ``G5 Sahel`` on every page's
running line), a consolidated act's amendment mark (``M1 DÉCISION (PESC) …``).

What tells them apart holds across publishers: a letter's paragraphs come in a run, the
first one ``1`` and the next line of that letter its successor, while a name stands alone
or repeats one number. So a letter's number opens a paragraph only in such a run (each
letter counted on its own: ``C1`` … ``C3`` then ``R1`` … ``R3``), or as the lone first of
its letter in a text that numbers another letter's run so (``C1``, ``C2``, then one
recommendation ``R1``); the marker of any other is dropped here, before any later
reading counts it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._unit import Unit

__all__ = ["drop_stray_letters"]

_LETTER_RE = re.compile(r"([A-Z])(\d{1,2})")


def _letter_number(u: Unit) -> tuple[str, int] | None:
    """The letter and the number of a paragraph numbered after a letter, else None."""
    m = u.marker
    if m is None or m.kind != "number":
        return None
    lm = _LETTER_RE.fullmatch(m.value)
    return (lm.group(1), int(lm.group(2))) if lm else None


def drop_stray_letters(units: Sequence[Unit]) -> None:
    """Drop the marker of each letter's number that continues no run ``X1``, ``X2`` …:
    the run opens at 1 with 2 the next line of its letter, and each one after it is the
    successor of the last."""
    marked: dict[str, list[tuple[Unit, int]]] = {}
    for u in units:
        ln = _letter_number(u)
        if ln is not None:
            marked.setdefault(ln[0], []).append((u, ln[1]))
    dropped: list[Unit] = []
    for run in marked.values():
        last: int | None = None
        for k, (u, value) in enumerate(run):
            nxt = run[k + 1][1] if k + 1 < len(run) else None
            if value == 1 and nxt == 2:
                last = 1
            elif last is not None and value == last + 1:
                last = value
            else:
                dropped.append(u)
                last = None
    out = {id(u) for u in dropped}
    kept = any(id(u) not in out for r in marked.values() for u, _ in r)
    for u in dropped:
        # a lone "R1." after "C1." … "C3.": the text numbers after letters, one of one
        if not (kept and u.marker is not None and u.marker.value[1:] == "1"):
            u.marker = None
