"""A publisher's postal address under the text: the page's colophon, noise.

A site's footer, a report's back page and a PDF's last foot print the office's address
("Banque de France – ACPR – 4, place de Budapest – 75436 Paris Cedex 09", "Comité
permanent R – Rue de Louvain 48, 1000 Bruxelles", "Parliament House, 6 Macquarie Street,
Sydney NSW 2000"). The contact rule (:func:`._furniture.is_contact`) wants the house
number before the street and a phone or web address beside it; streets are written the
other way round in half of Europe, and a footer often gives the address alone. Its shape
holds on every site: a postcode of four or five figures opening a part cut by a comma or
a spaced dash, followed by a town's name written in lower case after its capital (a year
before "CHAPTER", "CSC" or "Vol." is none), or a town, a state's code and a postcode
closing the line; short, and no sentence (a line ending in a stop, a comma or a colon is
the text's, or runs on into it).

Only below the text: from the address down to the end nothing is left of the document (no
numbered line, no long sentence). A report's cover prints its publisher's address in its
head, and a release names its contact office among its lines; those stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["is_postal_line", "mark_postal_tail"]

# "…, 1000 Bruxelles", "… – 75436 Paris Cedex 09", "…, B-1047 Brussels"
_POSTCODE_PART_RE = re.compile(
    r"(?:,\s|\s[\u2013\u2014|-]\s)(?:[A-Z]{1,2}-?)?\d{4,5}\s+[A-ZÀ-Ý][a-zà-ÿ][\w'-]*(?![\w.])"
)
# "…, Sydney NSW 2000", "…, Canberra ACT 2600"
_STATE_TAIL_RE = re.compile(r"[A-Z][a-z]+\s+[A-Z]{2,3}\s+\d{4}$")
_MAX_WORDS = 25
_ENDS = frozenset(".!?;:,")
_PROSE_WORDS = 25  # a line below the address this long, closed by a stop, is the text's


def is_postal_line(text: str) -> bool:
    """A short line that is not a sentence, with a postcode and its town in it."""
    t = text.strip().strip("*_ ")
    if not t or t[-1] in _ENDS or len(t.split()) > _MAX_WORDS:
        return False
    return bool(_POSTCODE_PART_RE.search(t) or _STATE_TAIL_RE.search(t))


def _text_line(u: Unit) -> bool:
    """A line of the document's own text: open, and numbered or a long sentence."""
    if u.noise is not None:
        return False
    if u.marker is not None and u.marker.kind != "bullet":
        return True
    t = u.text.rstrip()
    return t.endswith((".", "!", "?")) and u.words() > _PROSE_WORDS


def mark_postal_tail(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Open address lines with nothing of the text below them are boilerplate."""
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if _text_line(u):
            return
        if u.noise is None and is_postal_line(u.text) and not protected(u):
            u.noise = "boilerplate"
