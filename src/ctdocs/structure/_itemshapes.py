"""Which open item a new item of the same family closes, told by how the number is printed.

An article's or a named part's paragraphs and the items under them may both be numbers:
``1. Southeast Asia`` over ``(1) In the Philippines …``, ``(2) In Indonesia …`` under
``Section 2``. Two printed shapes of one family are two sequences: the ``(1)`` that starts
under an open ``1.`` opens a level below it (``Section 2(1)(1)``), and each later ``(2)``
closes the open item printed as it is, not the first number of the family; only an open
item that leads into a list or stands as a heading has a level below it. A document that
prints one shape only reads as before; a ``(2)`` with no open ``(…)`` falls back to the
family's first open item.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..layout._numbering import Marker
from ._blocks import RawBlock

__all__ = ["closing_item"]


def _shape(label: str) -> str:
    """``paren`` for ``(1)``, ``plain`` for ``1.``, ``1)``, ``1``."""
    return "paren" if label.lstrip().startswith("(") else "plain"


def closing_item(blocks: Sequence[RawBlock], items: Sequence[int], fam: str, m: Marker) -> int:
    """The index in ``items`` from which the open items close before ``m`` is read; their
    length when ``m`` opens a level below them all."""
    same = [j for j, k in enumerate(items) if blocks[k].family == fam]
    if not same:
        return len(items)
    if fam != "number":
        return same[0]
    shaped = [j for j in same if _shape(blocks[items[j]].label) == _shape(m.label)]
    if shaped:
        return shaped[0]
    return len(items) if m.value == "1" and _leads(blocks[items[-1]].text) else same[0]


def _leads(text: str) -> bool:
    """Does the open item lead into a list (``… the following facilities:``) or stand as
    a heading (``1. Southeast Asia``)? One closed by a full stop has ended: a ``(1)`` after
    it is a note's mark below the list, no item of it."""
    return not text.rstrip().endswith((".", ";", "!", "?", "»", '"'))
