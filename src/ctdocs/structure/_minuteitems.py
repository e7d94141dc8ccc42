"""Which agenda-item codes are a minutes' own items, read off the sequence they print.

A board's or a council's minutes number each item with the meeting's code (``P2026-0416-1.0.``,
``P2026-0416-2.0.`` …; ``data/models/numbering.toml``, a paragraph shape that holds its
motions): one meeting, its items counted from 1. A line opening on a code of the same shape
that runs in no such count is no item of the text: a list of the documents a committee
considered (``PSC-2025-11-4 Report …``, ``PSC-2026-02-1 Interim …``: two meetings), an
incident log's references (``INC-2026-04-17 Suspicious package …``, ``INC-2026-04-22 …``: no
item 1). Such a line opens no clause, and the paragraphs under it keep their own numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..layout import Unit

__all__ = ["stray_item_codes"]


def _item(value: str) -> tuple[str, int] | None:
    """A code's meeting (all before its last dash) and its item's whole number."""
    meeting, _, item = value.rpartition("-")
    head = item.split(".", 1)[0]
    return (meeting, int(head)) if meeting and head.isdecimal() else None


def stray_item_codes(units: Sequence[Unit]) -> frozenset[int]:
    """Starts of the lines whose item code counts in no meeting's run: the codes of one
    meeting must open at item 1 and count up to their last with no gap, two items or more."""
    codes: list[tuple[int, str, int]] = []
    for u in units:
        m = u.marker
        if m is None or m.kind != "division" or m.family != "holds-items":
            continue  # (an item code's marker: ``paragraph_marker``'s, the code its value)
        if (got := _item(m.value)) is None:
            continue
        codes.append((u.start, *got))
    if not codes:
        return frozenset()
    runs: dict[str, list[int]] = {}
    for _start, meeting, item in codes:
        runs.setdefault(meeting, []).append(item)
    counted = {
        meeting
        for meeting, items in runs.items()
        if items[0] == 1 and len(items) >= 2 and set(items) == set(range(1, max(items) + 1))
    }
    return frozenset(start for start, meeting, _item in codes if meeting not in counted)
