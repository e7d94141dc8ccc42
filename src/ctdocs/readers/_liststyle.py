"""The label style of an HTML ordered list, as a browser draws it.

An ``<ol>`` prints ``a.``, ``i.`` or ``A.`` labels either through its ``type``
attribute (``type="a"``) or through the CSS ``list-style-type`` of its inline style
(``style="list-style-type:lower-roman"``, as court-judgment and legal-information
platforms write it). Both give the same label, so both give the same type here.
"""

from __future__ import annotations

import re

__all__ = ["ol_type"]

_TYPES = frozenset({"a", "A", "i", "I"})
_CSS = {
    "lower-alpha": "a",
    "lower-latin": "a",
    "upper-alpha": "A",
    "upper-latin": "A",
    "lower-roman": "i",
    "upper-roman": "I",
}
_STYLE = re.compile(
    r"list-style(?:-type)?\s*:[^;]*?\b((?:lower|upper)-(?:alpha|latin|roman))\b", re.I
)


def ol_type(attrs: dict[str, str | None]) -> str:
    """``a``, ``A``, ``i`` or ``I`` for a lettered or roman ``<ol>``; ``""`` for a numbered one.

    >>> ol_type({"style": "margin:0; list-style-type: lower-roman"})
    'i'
    >>> ol_type({"type": "A"})
    'A'
    >>> ol_type({"start": "3"})
    ''
    """
    typ = attrs.get("type") or ""
    if typ in _TYPES:
        return typ
    m = _STYLE.search(attrs.get("style") or "")
    return _CSS[m.group(1).lower()] if m else ""
