"""Items written inline in one sentence and separated by commas (``… covering (a) online
radicalisation, (b) the misuse of drones and (c) explosive precursors, to be presented …``).

The guidelines make inline items clauses (§1a); the inline reader finds those a semicolon or
a colon sets apart. Separated by commas, a run of items reads as a cross-reference as often
(``points (a), (b) and (c) of Article 5``), so only a run counts here: three items or more
in turn, each of two words or more, after a comma or a joiner ("and", "et"). Numbers in
parentheses run so too (``trois logiques : (1) la bilatéralisation des échanges, (2) la
régionalisation … et (3) le recours …``). The run's first item may already open the unit
(a colon set it apart: ``opened``), or stand inside a paragraph with no number of its own
(``subject to (a) authorisation …, (b) a proportionality test and (c) …`` under a
word-led ``Recommendation 2``): :func:`comma_lead` finds where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..layout._numbering import Marker, find_marker, load_numbering
from ._prefixquotes import PrefixQuotes
from ._sequences import _next_letter

__all__ = ["comma_items", "comma_lead"]

_ITEM_RE = re.compile(r"(?<=\s)\((?:[a-h]|i{1,3}|iv|v|vi{1,3}|[1-9])\)(?=\s\S)")
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
    if prev.isdecimal() or value.isdecimal():
        return prev.isdecimal() and value.isdecimal() and int(value) == int(prev) + 1
    if prev in _ROMANS and value in _ROMANS:
        return _ROMANS.index(value) == _ROMANS.index(prev) + 1
    return _next_letter(prev) == value


_FIRSTS = ("a", "i", "1")
_KINDS = ("letter", "roman", "item")


def comma_items(text: str, start: int, opened: Marker | None = None) -> list[tuple[int, Marker]]:
    """Where the comma-separated inline items of ``text`` (after ``start``) begin, with their
    markers; empty unless they make a run (see the module's note). ``opened`` is the item
    that opens ``text`` itself, counted as the run's first when it is one."""
    if "(b)" not in text and "(ii)" not in text and "(2)" not in text:
        return []  # a run goes on from (a) to (b), from (i) to (ii) or from (1) to (2)
    joiners = load_numbering().inline_joiners
    found: list[tuple[int, Marker]] = []
    if opened is not None and opened.kind in _KINDS and opened.value in _FIRSTS:
        found.append((0, opened))
    quotes = PrefixQuotes(text)
    for c in _ITEM_RE.finditer(text, start):
        mk = find_marker(text[c.start() :])
        if mk is None or mk.kind not in _KINDS or mk.family == "upper":
            continue
        if quotes.quoted(c.start()):
            break  # inside a quotation: another instrument's items (see inline_candidates)
        value = mk.value
        if found:
            prev_pos, prev = found[-1]
            words = text[prev_pos + prev.end : c.start()].split()
            if not (_successor(prev.value, value) and _after_joint(text[: c.start()], joiners)):
                break
            if len([w for w in words if w.lower() not in joiners]) < _MIN_WORDS:
                return []  # "(a), (b) and (c) of Article 5": no words between the items
        elif value not in _FIRSTS:
            continue
        found.append((c.start(), mk))
    if len(found) < _MIN_RUN:
        return []
    last_pos, last = found[-1]
    if len(text[last_pos + last.end :].split()) < _MIN_WORDS:
        return []
    return found[1:] if found[0][0] == 0 else found


def comma_lead(text: str) -> int:
    """Where in a paragraph with no number of its own a run of comma-separated items
    begins (0 when none does), after words of its own."""
    found = comma_items(text, 0)
    if not found or len(text[: found[0][0]].split()) < _MIN_WORDS:
        return 0
    return found[0][0]
