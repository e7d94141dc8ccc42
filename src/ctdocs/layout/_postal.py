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
# "…, Sydney NSW 2000", "…, Canberra ACT 2600": the town after the street's comma (not "Vision
# EU 2030", an agenda's name)
_STATE_TAIL_RE = re.compile(r",\s*[A-Z][a-z]+\s+[A-Z]{2,3}\s+\d{4}$")
# the house's number beside the street, elsewhere on the line than the postcode ("Rue de la
# Loi 16", "4, place de Budapest", "12 Wakefield Street"): a title's edition ("National
# Strategy, 2023 Update") prints a year and a word, and years overlap postcodes (2000
# Antwerpen), so the number tells the address
_HOUSE_RE = re.compile(r"\d{1,4}[a-zA-Z]?(?![\w/.:-])")
_MAX_WORDS = 25
_ENDS = frozenset(".!?;:,")
_PROSE_WORDS = 25  # a line below the address this long, closed by a stop, is the text's


def is_postal_line(text: str) -> bool:
    """A short line that is not a sentence, with a postcode and its town in it."""
    t = text.strip().strip("*_ ")
    if not t or t[-1] in _ENDS or len(t.split()) > _MAX_WORDS:
        return False
    m = _POSTCODE_PART_RE.search(t) or _STATE_TAIL_RE.search(t)
    return m is not None and _house_number(t[: m.start()] + " " + t[m.end() :])


def _house_number(rest: str) -> bool:
    """A number of a house (one to four figures, maybe a letter) standing as a word in
    ``rest``, the line without its postcode and town."""
    for m in _HOUSE_RE.finditer(rest):
        if m.start() == 0 or not rest[m.start() - 1].isalnum():
            return True
    return False


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
