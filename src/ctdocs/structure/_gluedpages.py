"""Page numbers a document-sharing site's transcript glues to the first line of a page.

A transcript (DocPlayer, Scribd, Calaméo) runs the pages together and sets each page's
number before its first line: ``5 2. AXES STRATÉGIQUES``, ``6 2.2 Contrôle des frontières``.
The clause number is the one after the page number (guidelines §1: page numbers are not
clause numbers). A line may open with a count before a number (``12 3.5 tonnes …``), so
only a run counts: two such lines or more, each a numbered heading after the first number
(no sentence), whose first numbers go up as pages do. Once the run is found, a page that
opens on an unnumbered heading (``3 SIGLES ET ABRÉVIATIONS``) is known by its number
following the run's pages one by one (3 before 4, 10 after 9): that line has no marker,
else its page number would be read as a clause number that a later heading really takes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..layout import Unit
from ..layout._numbering import Marker, find_marker

__all__ = ["glued_page_numbers"]

_PAGE_RE = re.compile(r"^(\d{1,3})\s(?=\d)")
_PLAIN_RE = re.compile(r"^(\d{1,3})\s(?=[^\W\d_])")
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


def _plain_heading(rest: str) -> bool:
    """Words after a page number that make an unnumbered heading: capitals, short, no
    sentence closed."""
    words = rest.split()
    letters = [c for c in rest if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and rest.rstrip()[-1:] not in ".;:,"
        and len(words) <= 12
    )


def glued_page_numbers(units: Sequence[Unit]) -> dict[int, Marker | None]:
    """The lines of a transcript that open with a glued page number, by start: the marker
    after it, its label holding the page number, or None before an unnumbered heading.
    Empty unless they make a run."""
    found: list[tuple[int, int, Marker]] = []
    plain: list[tuple[int, int]] = []  # (start, page): "3 SIGLES ET ABRÉVIATIONS"
    for u in units:
        if not u.text[:1].isdecimal():
            continue
        pm = _PAGE_RE.match(u.text) or _PLAIN_RE.match(u.text)
        if pm is None or (u.marker is not None and u.marker.kind != "number"):
            continue
        rest = u.text[pm.end() :]
        m = find_marker(rest)
        if m is None or not _heading(m, rest):
            if m is None and _plain_heading(rest):
                plain.append((u.start, int(pm.group(1))))
            continue
        page = int(pm.group(1))
        if found and page < found[-1][1]:
            continue  # pages go up: a smaller first number is no page's
        end = pm.end() + m.end
        found.append((u.start, page, Marker(m.kind, u.text[:end], m.value, end, m.family)))
    if len(found) < _MIN_RUN:
        return {}
    out: dict[int, Marker | None] = {start: m for start, _, m in found}
    out.update(_pages_between(found, plain))
    return out


def _pages_between(
    found: list[tuple[int, int, Marker]], plain: list[tuple[int, int]]
) -> dict[int, None]:
    """The plain lines whose number is the page next to a page of the run, in its place:
    one less than the next page of the run below it, or one more than the page above it
    (each accepted page extends the chain: 10, 11, 12 after 9)."""
    pages = {start: page for start, page, _ in found}
    out: dict[int, None] = {}
    for start, page in plain:  # forward: a page after the run's pages above it
        above = [p for s, p in pages.items() if s < start]
        if above and page == max(above) + 1:
            pages[start] = page
            out[start] = None
    for start, page in reversed(plain):  # backward: a page before the run's pages below it
        below = [p for s, p in pages.items() if s > start]
        if start not in out and below and page == min(below) - 1:
            pages[start] = page
            out[start] = None
    return out
