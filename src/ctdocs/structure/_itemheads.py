"""A numbered line that names (``2) Typologies observées``) alone on its line over the
first item of a list (``a) utilisation de comptes …``): the heading of its part, whose
items are its children (guidelines §1a: a numbered heading standing alone on its line is
a clause whose text is its title)."""

from __future__ import annotations

from ..layout._numbering import Marker
from ._blocks import TERMINAL_END, words
from ._sequences import _names

__all__ = ["heads_items"]

# a heading names in a few words; a longer line is a sentence cut at its line's end
_HEAD_MAX_WORDS = 6
# the first item of a list in each family a heading heads: "a)", "(a)", "1°"
_FIRST_ITEMS = {"alpha": "a", "degree": "1°"}


def heads_items(m: Marker, rest: str, nm: Marker) -> bool:
    """Whether ``rest``, after number ``m`` alone on its line, heads the list that item
    ``nm`` opens on the next line: a name (no closing mark, capitalised, a few words, no
    verb at its head) over the list's first item."""
    if m.kind != "number" or _FIRST_ITEMS.get(nm.family) != nm.value:
        return False
    return (
        rest[:1].isupper()
        and not TERMINAL_END.search(rest)
        and words(rest) <= _HEAD_MAX_WORDS
        and _names(rest)
    )
