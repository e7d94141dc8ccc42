"""HTML lists: the state of an open ``<ul>``/``<ol>`` and the label a browser prints.

Held apart from the tree walk (``ctdocs.readers._htmlconv``) because the labels
follow the list's type alone: ``(a)``/``(i)`` for lettered and roman ordered
lists, ``1.`` for a numbered ``<ol>`` of the text, a bullet otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._markers import roman

__all__ = ["OpenList", "item_label", "start_count"]


@dataclass(slots=True)
class OpenList:
    """An open list: its type (ul, ol, or the ol types a / i) and its items so far.

    ``numbered``: an ``<ol>`` of the text, shown ``1.``, ``2.``: numbering that lives
    only in the markup (a Q&A page's five measures), so the label is written; not a
    list in navigation (a breadcrumb trail is an ``<ol>`` by convention).
    """

    type: str
    count: int = 0
    numbered: bool = False


def item_label(kind: OpenList, n: int) -> str:
    """The label a browser prints for item ``n`` of a list of this type."""
    if kind.type in ("a", "A") and n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"({letter if kind.type == 'a' else letter.upper()}) "
    if kind.type in ("i", "I") and n < 4000:
        numeral = roman(n)
        return f"({numeral if kind.type == 'i' else numeral.upper()}) "
    if kind.numbered:
        return f"{n}. "
    return "- "


def start_count(value: str | None) -> int:
    """The count before an ``<ol start="4">``'s first item (3): where its numbers resume."""
    return int(value) - 1 if value and value.strip().isdigit() and 0 < int(value) < 1000 else 0
