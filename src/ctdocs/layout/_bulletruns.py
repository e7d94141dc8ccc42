"""A list's rest: the short items of a bulleted list that the page's chrome opens or boxes.

A site prints its menus, its tag chips and its "cited documents" as bulleted lists of
short labels. The earlier passes set some of a list's items aside by their own marks (a
link, a known menu label, a page's foot) and leave the others open: a menu's current
page has no link, a chip's label is a topic word the document uses too. A document's own
list does not mix: its items are all the text's or none is. So the open items of a run of
bullets are set aside with the run's chrome when

* an item of the same run is set aside as chrome (:data:`_CHROME`), and every open item
  of the run is short (at most :data:`_BESIDE_WORDS` words: a related page's title and
  date beside the site's menu) and closes no sentence (a sentence or a lead-in is the
  text's own); or
* the run, two items at least and every item a label (at most :data:`_MAX_WORDS` words,
  no sentence), stands boxed: the units right above and right below it are set aside as
  chrome (the chips between a page's date stamp and its share line); or
* the run, two items at least and every item a label, ends the page's open text: nothing
  but noise below it to the page's end, chrome right below it (a rule under a list
  closes the text: the list above it is the text's own, a member states' list). Such a
  list is the page's foot ("Other versions", "Cited documents", "Related resources" and
  their links); the short label right above it (at most :data:`_LABEL_WORDS` words, no
  sentence, no marker) is its heading, and goes with it. A run a lead-in introduces on a
  colon (a phrase longer than such a label: "Le plan prévoit trois mesures :") is the
  text's own list, whatever follows it.

Only shape and neighbours decide, no word list. One pass over the units, a few
comparisons each: no measurable cost on the warm path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ._linekeys import leads_in

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_bullet_runs"]

_MAX_WORDS = 6  # a menu label or a chip: "Canada's National Terrorism Threat Level"
# An item beside the site's own items: a related page's title and date ("Fifth
# Japan-Philippines Counter-Terrorism Consultations (November 21, 2024)").
_BESIDE_WORDS = 12
# The reasons of a site's chrome: a page's furniture (a running head, a rule) does not
# make a list the site's.
_CHROME = frozenset({"web-chrome", "navigation", "boilerplate"})
_CLOSERS = (".", ";", "!", "?", ":")
_LABEL_WORDS = 4  # "Other versions", "Cited documents 4", "Pour aller plus loin"


def _short(u: Unit, protected: Callable[[Unit], bool], most: int = _MAX_WORDS) -> bool:
    """A label's shape: ``most`` words at most (the bullet not counted), no sentence, no
    lead-in."""
    return u.words() <= most + 1 and not u.text.rstrip().endswith(_CLOSERS) and not protected(u)


def _runs(units: Sequence[Unit]) -> list[tuple[int, int]]:
    """The spans ``[i, j)`` of consecutive bullet units (speed: the bullets' indexes are
    found in one comprehension; most units are no bullet)."""
    marks = [k for k, u in enumerate(units) if u.marker is not None and u.marker.kind == "bullet"]
    runs: list[tuple[int, int]] = []
    for k in marks:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def _reason(
    units: Sequence[Unit], i: int, j: int, last_open: int, protected: Callable[[Unit], bool]
) -> str | None:
    """The chrome reason the run's items, its box or the page's foot under it give it,
    else None."""
    open_items = [u for u in units[i:j] if u.noise is None]
    inside = next((u.noise for u in units[i:j] if u.noise in _CHROME), None)
    if inside is not None:
        return inside if all(_short(u, protected, _BESIDE_WORDS) for u in open_items) else None
    if not all(_short(u, protected) for u in open_items):
        return None
    above = units[i - 1].noise if i > 0 else None
    below = units[j].noise if j < len(units) else None
    if j - i >= 2 and above in _CHROME and below in _CHROME:
        return above
    if j - i >= 2 and last_open < j and below in _CHROME and not _lead_in(units, i):
        return below
    return None


def _lead_in(units: Sequence[Unit], i: int) -> bool:
    """The run's lead-in: the open line right above it introduces it on a colon and is
    longer than a box's label ("Le plan prévoit trois mesures :", "The plan sets out
    three measures:"; not "Voir aussi :", "Related links:"): the list is the text's."""
    if i == 0 or units[i - 1].noise is not None or units[i - 1].marker is not None:
        return False
    return leads_in(units[i - 1].text)


def _label(u: Unit, protected: Callable[[Unit], bool]) -> bool:
    """A list's heading: open, unnumbered, a few words, no sentence."""
    return (
        u.noise is None
        and u.marker is None
        and u.words() <= _LABEL_WORDS
        and not u.text.rstrip().endswith(_CLOSERS)
        and not protected(u)
    )


def mark_bullet_runs(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Set aside the open items of each bulleted run the chrome opens or boxes (see the
    module's doc), when every open item is a short label."""
    runs = _runs(units)
    if not runs:
        return
    last_open = len(units) - 1
    while last_open >= 0 and units[last_open].noise is not None:
        last_open -= 1
    for i, j in runs:
        open_items = [u for u in units[i:j] if u.noise is None]
        reason = _reason(units, i, j, last_open, protected) if open_items else None
        if reason is None:
            continue
        for u in open_items:
            u.noise = reason
        if last_open < j and i > 0 and _label(units[i - 1], protected):
            units[i - 1].noise = reason
