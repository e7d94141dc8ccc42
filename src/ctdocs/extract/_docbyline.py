"""A page's byline or meta line under its title, for :mod:`._document`.

Web pages, site generators and report exports print when the text went out on a
short line next to its title, among other fields: its authors ("By Jane Doe and Ali
Khan | 11 Jun 2026", "Par Marie Dupont — 3 mars 2026"), its kind and reading time
("Analysis · 11 June 2026 · 6 min read"), a publication cue ("Posted on: 14 OCT 2026
6:12PM by …") or a badge of the generator (``:badge[18 mai 2026]``, ``<Badge
text="Avril 2026" />``). The layout often takes that line for chrome, and its date then
scores little or nothing, so a cookie banner's "(updated 1 July 2024)" or a related
item's date lower down wins.

What tells such a line holds across sites and is told by position and punctuation,
not by words:

* it stands in the title's *byline zone*: at most two lines above the line that is the
  title alone, or under it up to the first line of running text, a lede right under the
  title aside (a byline often follows the standfirst);
* the date fills a cell of it (a separator, a bracket or a quote on each side: ``·``,
  ``|``, ``—``, ``[…]``, ``"…"``), or ends it after words that are mostly capitalised
  (names, offices, places: "Kofi Mensah, Senior Researcher, Bamako 11 Mar 2026"), not
  after a sentence's words.

A comment's date, a related item's or an event card's stands below the first lines of
running text, out of the zone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._doccues import _cues

__all__ = ["byline_cell", "byline_zones", "in_zone"]

_ABOVE = 2  # non-empty lines above the title's line that may hold its meta line
_BELOW = 6  # non-empty lines under it that may still be its byline
_TITLES = 3  # printings of the title looked at (a breadcrumb, a heading, a running header)
# a word's end, a stop, then a capital opening the next sentence (not "no. 61", "M. Dupont")
_SENTENCE = re.compile(r"[a-z\u00df-\u00ff]{2}[.!?][ \t]+[A-Z\u00c0-\u00de]")
_WORD = re.compile(r"[^\W\d_][^\W_]*")
# a cell's edge: a separator, a bracket or a quote (a badge's ``[…]``, ``text="…"``), a colon
# or a comma of a field; an emphasis mark around it is the same cell
_OPEN = frozenset("[(\"'\u00b7|\u2014\u2013\u2022:,>-*_")
_CLOSE = frozenset("])\"'\u00b7|\u2014\u2013\u2022,<{*_-.")


def byline_zones(text: str, title: str | None, head_end: int) -> tuple[tuple[int, int], ...]:
    """The spans of the byline zones of the head's printings of ``title`` as a line alone
    (a Markdown heading's marks aside), at most ``_TITLES`` of them."""
    if not title or not title.strip():
        return ()
    zones: list[tuple[int, int]] = []
    at = text.find(title, 0, head_end)
    while at >= 0 and len(zones) < _TITLES:
        lo = text.rfind("\n", 0, at) + 1
        nl = text.find("\n", at)
        hi = len(text) if nl < 0 else nl
        if not text[lo:hi].strip(" \t#*_>").replace(title, "", 1).strip(" \t#*_"):
            zones.append((_zone_start(text, lo), _zone_end(text, hi)))
        at = text.find(title, hi, head_end)
    return tuple(zones)


def _zone_start(text: str, lo: int) -> int:
    """The start of the ``_ABOVE``-th non-empty line above the line at ``lo``."""
    seen, pos = 0, lo
    while pos > 0 and seen < _ABOVE:
        prev = text.rfind("\n", 0, pos - 1) + 1
        seen += bool(text[prev : pos - 1].strip())
        pos = prev
    return pos


def _zone_end(text: str, hi: int) -> int:
    """Where the byline zone under the title's line (ending at ``hi``) ends: before its
    first line of running text but a lede right under the title, after ``_BELOW`` lines."""
    seen, pos = 0, hi
    while pos < len(text) and seen < _BELOW:
        nl = text.find("\n", pos + 1)
        end = len(text) if nl < 0 else nl
        line = text[pos + 1 : end]
        if line.strip():
            seen += 1
            if _running(line) and seen > 1:
                return pos
        pos = end
    return pos


def _running(line: str) -> bool:
    """Whether ``line`` is running text: more words than a short line, a sentence's end."""
    many = len(_WORD.findall(line)) > _cues().short_words
    line = line.strip()
    return many and (line.endswith((".", "!", "?")) or _SENTENCE.search(line) is not None)


def byline_cell(before: str, after: str) -> bool:
    """Whether a date (``before`` and ``after`` it on its line) is a byline's field: a cell
    of the line, or its end after mostly capitalised words, and no sentence before it; an
    update stamp's cue right after it closes its cell as a separator would."""
    left, right = before.rstrip(), after.strip()
    if _cues().stamp.match(right):
        right = ""  # the next field opens with its own cue: "11 Jun 2026 Updated 12 Jun 2026"
    if not _WORD.search(left + " " + right):
        return False  # a date alone on its line scores as such, or is a timeline's entry
    if left.isupper():
        return False  # a heading in capitals: "… DES ATTENTATS DU 11 SEPTEMBRE 2001" names an event
    if _SENTENCE.search(left) and len(_WORD.findall(left)) > 2:
        return False  # a sentence ended before the date: running text
    opens = not left or left[-1] in _OPEN
    if opens and (not right or right[0] in _CLOSE):
        return True
    if right.strip(".*_") or not left:
        return False
    found = _WORD.findall(left)
    lower = sum(w[0].islower() for w in found)
    return len(found) >= 2 and 3 * lower <= len(found)


def in_zone(zones: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls in one of the ``zones``."""
    return any(lo <= at < hi for lo, hi in zones)
