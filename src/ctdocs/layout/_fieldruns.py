"""A record's fields left open among fields set aside, under the site's chrome.

A site prints its record of a document as a run of ``Label : value`` lines (``Ref.: …``,
``Date: …``, ``Type: …``, ``Originating body: …``) right under its own chrome (the
page's tabs, its menu, its breadcrumb). The earlier passes set part of such a run aside
by its labels, but keep the lines the head rules protect (a ``Date :`` line reads like
the document's own dateline, a ``Ref.:`` like its symbol) and those whose label no
lexicon knows. A run of field lines is one record: opening right under chrome, with at
least as many of its fields set aside as left open, the open ones are its fields too.
A document's own header (a judgment's ``Référence : …``, ``Appel entendu : …``) opens
under the text's heading or under a rule, not under the site's chrome, and stays what
the earlier passes made of it. Only the lines' shape and their neighbours decide: no
label, no language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalise._menulines import field_line

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_field_runs"]

_MIN_SET_ASIDE = 2  # fields already noise in the run: one alone may be chance
_CHROME = frozenset({"navigation", "web-chrome", "boilerplate"})  # the site's own lines


def _runs(units: Sequence[Unit]) -> list[tuple[int, int]]:
    """Maximal runs ``[a, b)`` of consecutive field lines (no other unit between them)."""
    runs: list[tuple[int, int]] = []
    a = None
    for i, u in enumerate(units):
        if field_line(u.text.strip()):
            a = i if a is None else a
            continue
        if a is not None:
            runs.append((a, i))
        a = None
    if a is not None:
        runs.append((a, len(units)))
    return runs


def mark_field_runs(units: Sequence[Unit]) -> None:
    """Set aside the open fields of a record run under the site's chrome (see the
    module's doc); the reason is the one most of the run carries."""
    for a, b in _runs(units):
        if a == 0 or units[a - 1].noise not in _CHROME:
            continue
        aside = [u.noise for u in units[a:b] if u.noise]
        if len(aside) < _MIN_SET_ASIDE or len(aside) < (b - a) - len(aside):
            continue
        reason = max(sorted(set(aside)), key=aside.count)
        for u in units[a:b]:
            if u.noise is None:
                u.noise = reason
