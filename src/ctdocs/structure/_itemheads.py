"""A numbered line that names (``2) Typologies observées``) alone on its line over the
first item of a list (``a) utilisation de comptes …``): the heading of its part, whose
items are its children (guidelines §1a: a numbered heading standing alone on its line is
a clause whose text is its title)."""

from __future__ import annotations

from ..layout import Unit
from ..layout._numbering import Marker
from ._blocks import TERMINAL_END, words
from ._sequences import _names

__all__ = ["heads_items"]

# a heading names in a few words; a longer line is a sentence cut at its line's end
_HEAD_MAX_WORDS = 6
# the first item of a list in each family a heading heads: "a)", "(a)", "1°"
_FIRST_ITEMS = {"alpha": "a", "degree": "1°"}


def heads_items(m: Marker, rest: str, nm: Marker, u: Unit, text: str) -> bool:
    """Whether ``rest``, after number ``m`` alone on its line, heads the list that item
    ``nm`` opens on the next line: a name (no closing mark, capitalised, a few words, no
    verb at its head) over the list's first item."""
    # a list's "1." led in by a colon is read as item (1) of its paragraph, as a statute's
    # subsection is ("(1) Every person who" over "(a)", a lead-in): such an item names its
    # letters only where its words are set apart in bold ("1. **Indicateurs liés au client**")
    led = m.kind == "item" and m.family == "number" and _bold_rest(u, m, text)
    if not (m.kind == "number" or led) or _FIRST_ITEMS.get(nm.family) != nm.value:
        return False
    return (
        rest[:1].isupper()
        and not TERMINAL_END.search(rest)
        and words(rest) <= _HEAD_MAX_WORDS
        and _names(rest)
    )


def _bold_rest(u: Unit, m: Marker, text: str) -> bool:
    """All the words after the number are set in bold, to the line's end."""
    after = u.start + m.end
    while after < u.end and text[after] == " ":
        after += 1
    return any(s <= after and e >= u.end for s, e in u.line.bold_spans)
