"""Page numbers a document-sharing site's transcript glues to the first line of a page.

A transcript (DocPlayer, Scribd, Calaméo) runs the pages together and sets each page's
number before its first line: ``5 2. AXES STRATÉGIQUES``, ``6 2.2 Contrôle des frontières``.
The clause number is the one after the page number (guidelines §1: page numbers are not
clause numbers). A line may open with a count before a number (``12 3.5 tonnes …``), so
only a run counts: two such lines or more, each a numbered heading after the first number
(no sentence), whose first numbers go up as pages do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..layout import Unit
from ..layout._numbering import Marker, find_marker

__all__ = ["glued_page_numbers"]

_PAGE_RE = re.compile(r"^(\d{1,3})\s(?=\d)")
_MIN_RUN = 2


def _heading(m: Marker, rest: str) -> bool:
    """The marker after the page number opens a numbered heading: a number, then a short
    line that closes no sentence."""
    title = rest[m.end :].strip()
    return (
        m.kind in ("number", "heading")
        and bool(title)
        and title[0].isupper()
        and title[-1:] not in ".;:,"
        and len(title.split()) <= 12
    )


def glued_page_numbers(units: Sequence[Unit]) -> dict[int, Marker]:
    """The lines of a transcript that open with a glued page number, by start: the marker
    after it, its label holding the page number. Empty unless they make a run."""
    found: list[tuple[int, int, Marker]] = []
    for u in units:
        if not u.text[:1].isdecimal():
            continue
        pm = _PAGE_RE.match(u.text)
        if pm is None or (u.marker is not None and u.marker.kind != "number"):
            continue
        rest = u.text[pm.end() :]
        m = find_marker(rest)
        if m is None or not _heading(m, rest):
            continue
        page = int(pm.group(1))
        if found and page < found[-1][1]:
            continue  # pages go up: a smaller first number is no page's
        end = pm.end() + m.end
        found.append((u.start, page, Marker(m.kind, u.text[:end], m.value, end, m.family)))
    if len(found) < _MIN_RUN:
        return {}
    return {start: m for start, _, m in found}
