"""A page's running head block: the lines a PDF's page opens with under its running head,
naming the divisions the page stands in ("Part 1 — Counter-terrorism" / "Chapter 1 —
Terrorist offences" under "2   Counter-Terrorism … Act 2019 (c. 3)"; "Schedule  The
Criminal Code" / "Chapter 5  The security …" / "Part 5.3  Terrorism" under a compilation's
foot). Printed once in a short copy, they are no running line by repetition; what tells
them is that each repeats, case, spacing and dashes aside, a heading printed further up,
right under the page's edge line. A division that opens on the page is named there too,
and printed again right below (its heading): that last line of the block is furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ._unit import PRINTED_MARKS

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_head_blocks"]

_NAME_MAX_WORDS = 12  # a division's heading: "Chapter 5  The security of the Commonwealth"
_KEY_MIN = 6  # letters and digits: "part13" is enough, "annex" alone is not
_BLOCK_MAX = 4  # edge lines and division lines below a page's running head
_BLOCK_MIN = 2  # two divisions named: one repeated heading may be a cross-reference
_FOLIO_RE = re.compile(r"^\d{1,4}$")
_FOLIO_TITLE_WORDS = 15
_NON_KEY_RE = re.compile(r"[\W_]+")
_STOPS = (".", "!", "?", ";", ":")  # a title may close on a bracket: "(c. 3)"


def _key(text: str) -> str:
    return _NON_KEY_RE.sub("", text.casefold())


def _names(u: Unit) -> bool:
    """A short line that only names: no sentence, a few words."""
    return u.words() <= _NAME_MAX_WORDS and not u.text.rstrip().endswith(_STOPS)


def _division(u: Unit) -> bool:
    """A line that may name a division in a running head: a division's heading ("Part
    5.3  Terrorism") or a line with no number ("Schedule  The Criminal Code"); a numbered
    section is the page's own heading, though a contents list printed it further up."""
    return _names(u) and (u.marker is None or u.marker.kind == "division")


def _first_prints(units: Sequence[Unit]) -> dict[str, int]:
    """Each open naming line's key, and each pair of such lines' key joined ("PART 1" over
    "COUNTER-TERRORISM"), with the index of its first print."""
    first: dict[str, int] = {}
    keys = [_key(u.text) if u.noise is None and _names(u) else "" for u in units]
    for i, k in enumerate(keys):
        if len(k) >= _KEY_MIN:
            first.setdefault(k, i)
    for i, (a, b) in enumerate(pairwise(keys)):
        if a and b and first.get(a + b, i) >= i:
            first[a + b] = i
    return first


class _Prints:
    """The division lines printed so far, read forward as the pages' edges come (their
    tops only grow): each key's last print and, by first word, the last division of that
    word. The running head names the division the page is in, the last of its word printed
    above it, not one a contents list only announced."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = units
        self.read = 0
        self.last_at: dict[str, int] = {}
        self.last_of_word: dict[str, tuple[int, str]] = {}

    def _advance(self, top: int) -> None:
        for i in range(self.read, top):
            u = self.units[i]
            if u.noise is None and _division(u) and len(k := _key(u.text)) >= _KEY_MIN:
                self.last_at[k] = i
                self.last_of_word[_word(u)] = (i, k)
        self.read = max(self.read, top)

    def superseded(self, u: Unit, key: str, top: int) -> bool:
        """Whether another division of ``u``'s word (another Part, another Chapter) is
        printed after the last print of ``key`` above ``top``: then the page is not in it."""
        self._advance(top)
        last = self.last_at.get(key)
        other = self.last_of_word.get(_word(u))
        return last is not None and other is not None and other[0] > last and other[1] != key


def _word(u: Unit) -> str:
    return u.text.split(maxsplit=1)[0].casefold() if u.text.strip() else ""


def _folio_title(u: Unit) -> bool:
    """A line of two columns, one of them the page's bare number and the other a few words
    with no sentence ("2   Counter-Terrorism and Border Security Act 2019 (c. 3)")."""
    if u.noise is not None or len(u.gaps) != 1 or u.words() > _FOLIO_TITLE_WORDS:
        return False
    cols = (u.text[: u.gaps[0]].strip(), u.text[u.gaps[0] :].strip())
    return any(_FOLIO_RE.match(c) for c in cols) and not u.text.rstrip().endswith(_STOPS)


def mark_head_blocks(units: Sequence[Unit]) -> None:
    """Set aside as ``page-header`` the division lines under a page's edge line (furniture
    already, or a folio beside a title) that repeat headings printed further up, two at
    least, and the folio line over them."""
    first: dict[str, int] | None = None
    prints: _Prints | None = None
    for i, u in enumerate(units):
        if u.noise not in PRINTED_MARKS and not _folio_title(u):
            continue
        if i + 1 < len(units) and units[i + 1].noise in PRINTED_MARKS:
            continue  # the block opens under the edge's last line
        first = _first_prints(units) if first is None else first
        prints = _Prints(units) if prints is None else prints
        block = _block(units, i, first, prints)
        if len(block) >= _BLOCK_MIN:
            for k in (i, *block):
                units[k].noise = units[k].noise or "page-header"


def _block(units: Sequence[Unit], i: int, first: dict[str, int], prints: _Prints) -> list[int]:
    """The division lines right under the edge line ``i`` that repeat a heading printed
    above it, and not one a later division of its kind has closed since (a contents list's
    "Part 2" with "Part 1" printed after it: the page opens Part 2, its heading is no
    furniture); then one line more whose heading is printed right under the block."""
    top = i
    while top > 0 and units[top - 1].noise in PRINTED_MARKS:
        top -= 1  # a foot of two lines: the heading was printed above both
    block: list[int] = []
    j = i + 1
    while j < len(units) and len(block) < _BLOCK_MAX and units[j].noise is None:
        k = _key(units[j].text)
        if not _division(units[j]) or len(k) < _KEY_MIN or first.get(k, top) >= top:
            break
        if prints.superseded(units[j], k, top):
            break
        block.append(j)
        j += 1
    if (
        len(block) >= _BLOCK_MIN
        and j + 1 < len(units)
        and units[j].noise is None
        and _division(units[j])
    ):
        k = _key(units[j].text)
        if len(k) >= _KEY_MIN and k == _key(units[j + 1].text):
            block.append(j)  # "Division 101  Terrorism" over "Division 101—Terrorism"
    return block
