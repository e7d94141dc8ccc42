"""Items written inline in one sentence and separated by commas (``… covering (a) online
radicalisation, (b) the misuse of drones and (c) explosive precursors, to be presented …``).

The guidelines make inline items clauses (§1a); the inline reader finds those a semicolon or
a colon sets apart. Separated by commas, a run of items reads as a cross-reference as often
(``points (a), (b) and (c) of Article 5``), so only a run counts here: three items or more
in turn, each of two words or more, after a comma or a joiner ("and", "et").
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..layout._numbering import Marker, find_marker, load_numbering
from ._sequences import _next_letter

__all__ = ["comma_items"]

_ITEM_RE = re.compile(r"(?<=\s)\((?:[a-h]|i{1,3}|iv|v|vi{1,3})\)(?=\s\S)")
_MIN_RUN = 3
_MIN_WORDS = 2


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")  # the items _ITEM_RE reads


def _after_joint(before: str, joiners: Container[str]) -> bool:
    """What stands before an item is a comma, or a joiner after the previous item's words."""
    b = before.rstrip()
    if b.endswith(","):
        return True
    last = b.rsplit(None, 1)[-1].lower() if b.split() else ""
    return last in joiners


def _successor(prev: str, value: str) -> bool:
    if prev in _ROMANS and value in _ROMANS:
        return _ROMANS.index(value) == _ROMANS.index(prev) + 1
    return _next_letter(prev) == value


def comma_items(text: str, start: int) -> list[tuple[int, Marker]]:
    """Where the comma-separated inline items of ``text`` (after ``start``) begin, with their
    markers; empty unless they make a run (see the module's note)."""
    if "(b)" not in text and "(ii)" not in text:
        return []  # a run goes on from (a) to (b), or from (i) to (ii)
    joiners = load_numbering().inline_joiners
    found: list[tuple[int, Marker]] = []
    for c in _ITEM_RE.finditer(text, start):
        mk = find_marker(text[c.start() :])
        if mk is None or mk.kind not in ("letter", "roman"):
            continue
        value = mk.value
        if found:
            prev_pos, prev = found[-1]
            words = text[prev_pos + prev.end : c.start()].split()
            if not (_successor(prev.value, value) and _after_joint(text[: c.start()], joiners)):
                break
            if len([w for w in words if w.lower() not in joiners]) < _MIN_WORDS:
                return []  # "(a), (b) and (c) of Article 5": no words between the items
        elif value not in ("a", "i"):
            continue
        found.append((c.start(), mk))
    if len(found) < _MIN_RUN:
        return []
    last_pos, last = found[-1]
    if len(text[last_pos + last.end :].split()) < _MIN_WORDS:
        return []
    return found
