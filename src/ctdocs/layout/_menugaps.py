"""Menu runs left open between two pieces of a page's chrome, outside its prose.

A site's menu, its footer's link columns or a feedback form print as a run of short lines
with no sentence in them; the scorer and the smoothing (``_boilerplate._smooth``) class
most of their lines, but a run of two or more open lines between two chrome lines is no
single gap the smoothing fills (``Services de police, justice et urgences`` /
``Transport et infrastructure`` under a menu's first items). jusText's decision reaches a
block by its neighbours: outside the document's prose (before its first prose line or
after its last), a run of open lines whose nearest lines on both sides are the page's
chrome is read as one block, and that block is chrome when every line of it is a label:

* short (the smoothing's own bound of words),
* no sentence (no full stop, question or exclamation mark at its end),
* no figure (a date, a number: a dateline, a symbol, a signature's date are the
  document's own lines, not a menu's),
* not in capitals (two words or more: a letterhead's or a cover's lines),
* neither numbered nor protected (the document's head and close).

Nor is a run the document's own lines of a menu's shape: a list under its lead-in (an open
line, then bulleted items: ``Key points`` / ``- Better sharing of passenger data``; a
lead-in closing on a colon, then two items or more: ``Members of the network:`` /
``Europol`` / ``Eurojust``), or a signature (an office and a person's name: ``The
Minister of the Interior`` / ``Jane Smith``). A menu's items stand alone: its bulleted
links have no lead-in among them, and its ``You are here:`` opens the breadcrumb under it.

On one side at least the neighbouring block of noise is the site's: two lines or more
holding a tool the layout's own rules found (web chrome, navigation), not the scorer's
guesses alone; on the other the same, or a printed page's mark (a running line the page
repeats). One tool line alone (a skip link over the site's banner, a breadcrumb or a
share bar around a title) frames no menu, and a run between two printed marks alone (a
signature between a running head and a page number) is the document's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ._linekeys import open_runs, scorable
from ._signblock import signs
from ._unit import PRINTED_MARKS

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_menu_gaps"]

# the reasons the layout's own rules give a site's tools: not the scorer's "boilerplate" guess
_TOOLS = frozenset({"web-chrome", "navigation"})
_BLOCK_MIN = 2  # lines of a block of chrome
_MIN_RUN = 2  # one line between two chrome lines is the smoothing's
_STOPS = frozenset(".!?")
_CAPS_WORDS = 2  # "FIDH" alone is a site's name; "DE BELGIQUE" a letterhead's line
_ROW_ITEMS = 3  # a bar row: three items or more
_ITEM_WORDS = 4  # words of a menu's item in a bar row
_LISTED = 2  # items under a lead-in closing on a colon: "You are here:" opens one line


def _capitals(text: str) -> bool:
    """A line of two words or more in capitals (``CHAMBRE DES REPRÉSENTANTS``): a
    letterhead's or a cover's, never a menu's item."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= _CAPS_WORDS and all(c.isupper() for c in letters)


def _label(u: Unit, max_words: int) -> bool:
    """A line a menu prints: short, no sentence, no figure, not numbered; or a row of
    such labels between bars (``Nos actions | Régions | Qui sommes-nous ?``), each short,
    whatever its mark (a menu's item may ask a question)."""
    if not scorable(u) or any(c.isdigit() for c in u.text) or _capitals(u.text):
        return False
    items = u.text.split(" | ")
    if len(items) >= _ROW_ITEMS:
        return all(len(x.split()) <= _ITEM_WORDS for x in items)
    t = u.text.rstrip().rstrip('»"”)*_ ')
    return u.words() <= max_words and not (t and t[-1] in _STOPS)


def _bulleted(u: Unit) -> bool:
    return u.marker is not None and u.marker.kind == "bullet"


def _documents(run: Sequence[Unit]) -> bool:
    """Whether a run of labels is the document's own: a list under its lead-in (an open
    line, then a bulleted item; a colon, then two lines or more) or a signature."""
    for k, u in enumerate(run[:-1]):
        if not _bulleted(u) and _bulleted(run[k + 1]):
            return True
        if u.text.rstrip().endswith(":") and len(run) - k - 1 >= _LISTED:
            return True
    return signs(run)


def _side(units: Sequence[Unit], i: int, step: int) -> str:
    """What stands on one side of a run, from ``units[i]`` outward: ``"site"`` when the
    noise block there is two lines or more and holds a site's tool (a web chrome or
    navigation line, found by its own rules rather than the scorer's guess), ``"printed"``
    when its nearest line is a printed page's mark, ``""`` otherwise: the document's edge,
    the scorer's lines alone, or one tool line alone (a skip link over the site's banner,
    a breadcrumb or a share bar around a title: no block of chrome)."""
    if not 0 <= i < len(units) or units[i].noise is None:
        return ""
    nearest, j, tool = units[i].noise, i, False
    while 0 <= j < len(units) and units[j].noise is not None:
        tool = tool or units[j].noise in _TOOLS
        j += step
    if tool and abs(j - i) >= _BLOCK_MIN:
        return "site"
    return "printed" if nearest in PRINTED_MARKS else ""


def _bounded(units: Sequence[Unit], lo: int, hi: int) -> bool:
    """The site's tools on one side of ``units[lo:hi]`` at least, and on the other the
    site's tools or a printed page's mark."""
    sides = {_side(units, lo - 1, -1), _side(units, hi, 1)}
    return "site" in sides and "" not in sides


def mark_menu_gaps(
    units: Sequence[Unit],
    outside: Sequence[bool],
    protected: Callable[[Unit], bool],
    max_words: int,
) -> None:
    """Mark as boilerplate each run of open label lines, outside the document's prose,
    with chrome on both sides (see the module's docstring)."""
    for i, j in open_runs(units):
        run = units[i:j]
        if (
            len(run) >= _MIN_RUN
            and all(outside[i:j])
            and _bounded(units, i, j)
            and all(_label(u, max_words) and not protected(u) for u in run)
            and not _documents(run)
        ):
            for u in run:
                u.noise = "boilerplate"
