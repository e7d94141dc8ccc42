"""A number in parentheses that a line break set at a line's start inside a sentence: a
cross-reference, not a subsection (``… is amended by inserting after subsection`` / ``(3)
the following subsection -``). Guidelines §1: cross-references are no clauses.

Three shallow features together, so that a subsection whose ``(1)`` the layout ran into
the heading (``(2) The Coordinating Centre must—``) stays one: the number continues no
open sequence (``(3)`` with no ``(2)`` open); the text before it ends on a word, the
sentence running on across the break; the words after it go on in lower case.
"""

from __future__ import annotations

from collections.abc import Collection

from ..layout import Unit
from ..layout._numbering import Marker

__all__ = ["wrapped_reference"]

_BACK = 80  # characters looked at before the line: the previous line's last word


def wrapped_reference(text: str, u: Unit, m: Marker, open_numbers: Collection[str]) -> bool:
    """Whether ``(n)`` opening ``u`` is a reference a line break cut from its sentence;
    ``open_numbers`` are the values of the open items numbered so."""
    if m.kind != "item" or m.family != "number" or not m.value.isdecimal():
        return False
    n = int(m.value)
    if n <= 1 or str(n - 1) in open_numbers:
        return False
    before = text[max(0, u.start - _BACK) : u.start].rstrip()
    if not before[-1:].isalpha():
        return False
    return u.text[m.end :].lstrip()[:1].islower()
