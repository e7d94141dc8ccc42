"""A sentence's first inline item cut from its paragraph by the layout of the second.

``This report examines (1) the extent to which … 2025, and`` / ``(2) the extent to which
…``: the second item opens a line, so the layout starts a unit there, and the first,
written inside the sentence above, is left in a paragraph with no marker at its start.
Items written inline are clauses (guidelines §1a), and the first one's text starts
after its label: the paragraph is cut there, its lead-in stays a paragraph.
"""

from __future__ import annotations

import re

from ..layout import Unit
from ..layout._numbering import Marker

__all__ = ["first_inline_item"]

_FIRST = {"2": "1", "b": "a", "ii": "i"}
_MIN_WORDS = 3


def first_inline_item(u: Unit, nxt: Unit | None, nm: Marker | None) -> int:
    """Where in ``u.text`` the first item of a sequence the next line continues starts:
    its label (``(1)`` when the next line opens with ``(2)``) once inside the sentence,
    after a word and before a word in lower case, as the next item's text goes on in lower
    case; 0 when there is none."""
    if nxt is None or nm is None or nm.kind == "bullet" or nm.value not in _FIRST:
        return 0
    if not nm.label.strip().startswith("(") or not nxt.text[nm.end :].lstrip()[:1].islower():
        return 0
    label = nm.label.strip().replace(nm.value, _FIRST[nm.value], 1)
    hits = [h for h in re.finditer(rf"(?<=\w )({re.escape(label)}) (?=[a-zà-ÿ])", u.text)]
    if len(hits) != 1:
        return 0
    cut = hits[0].start(1)
    if min(len(u.text[:cut].split()), len(u.text[hits[0].end(1) :].split())) < _MIN_WORDS:
        return 0
    return cut
