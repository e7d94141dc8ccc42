"""Mirrored running lines: a PDF's running head or foot that changes sides from page to page.

A book-style copy prints its running lines mirrored: the page number sits at the outer
edge, so the foot of a right-hand page reads "12 June 2026   ATP 3-90.47   2-1" and the
foot of the next, left-hand page "2-2   ATP 3-90.47   12 June 2026"; a journal moves its
page number from the date line ("3   8 avril 2026") to the title line ("4   JOURNAL
OFFICIEL …") and back. The varying part (page number, roman folio, date, chapter number)
stands at either end, and the same words come back in another order, so the key of
:mod:`ctdocs.layout._running` (the line with its edge numbers dropped) differs between
prints. Here a line's key is the bag of its words once every number, folio and
numbered token is masked, runs of masks counting as one: that bag is the same on every
page, whichever side the number is on.

A body line may share such a bag (a date line, a table's row), so a print counts only
where it stands at a page's edge, by shape: right over or under a line already known as
the page's furniture, or, with two words or more beside its varying part, set in
columns or printed in both orders (a mirror no sentence makes). Two prints so placed,
apart, make the line furniture. Shapes only, no publisher's strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ._columns import is_table_row
from ._linekeys import ends_sentence, scorable
from ._numbering import roman_value
from ._unit import PRINTED_MARKS

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_mirrored_lines"]

_MASK = "#"
# A number, a folio or a date written in figures: digits and their separators, no letter
# ("2-1", "3-90.47", "1/2", "2026"). A symbol with letters ("A/RES/77/298") is the
# document's own and stays a word.
_NUMBER_RE = re.compile(r"^\d[\d.,/\-–]*$")
_TOKEN_STRIP = ".,;:()[]«»\"'*|–—-/"
_MAX_WORDS = 15  # a running line is short (the line rules of _running allow as many)
_MIN_APART = 3  # lines between two prints of one page's line and the next page's
_SPREAD_WORDS = 2  # words beside the varying part of a line known by shape alone
_ALL_PRINTS = 3  # printed this often, even the print in the document's head is furniture


def _words(text: str) -> tuple[str, ...]:
    """The line's words in order, folded, their edge punctuation dropped."""
    return tuple(t for t in (w.strip(_TOKEN_STRIP) for w in text.casefold().split()) if t)


def _masked(tok: str) -> bool:
    """A number or a roman folio: "2-1", "3-90.47", "2026", "iii"."""
    return _NUMBER_RE.match(tok) is not None or roman_value(tok) is not None


def _tokens(text: str) -> tuple[str, ...]:
    """The line's words in order, each number or roman folio masked, and a run of masks
    kept as one ("3   8 avril 2026" and "8 avril 2026" read alike: the page number beside
    the date is the varying part)."""
    out: list[str] = []
    for tok in _words(text):
        if not _masked(tok):
            out.append(tok)
        elif not out or out[-1] != _MASK:
            out.append(_MASK)
    return tuple(out)


def _one_run_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two prints in the same order differ in one run of numbers at most: the page's
    folio or date ("… ATP 3-90.47 iii", "… ATP 3-90.47 2-1"). Headings numbered in two
    places differ around a word ("SCHEDULE 1   Regulation 2", "SCHEDULE 2   Regulation
    3"): the document's divisions, not a page's line."""
    n = min(len(a), len(b))
    pre = next((k for k in range(n) if a[k] != b[k]), n)
    suf = next((k for k in range(n - pre) if a[-1 - k] != b[-1 - k]), n - pre)
    return all(_masked(t) for t in a[pre : len(a) - suf] + b[pre : len(b) - suf])


def _candidate(u: Unit) -> tuple[str, ...] | None:
    """The line's masked words when it may be a running line: open, short, no heading or
    sentence, with a varying part and at least one word; or a line already found to be
    the page's furniture (its other prints are then the same line on other pages). An
    editorial note in brackets ("[Repealed, SOR/2020-115, s. 3]") is the text's own, however
    often a consolidation prints it."""
    known = u.noise in PRINTED_MARKS and (u.marker is None or u.marker.kind == "bullet")
    if not (known or scorable(u)) or u.line.heading_level is not None or u.line.bold_spans:
        return None
    if u.text.lstrip().startswith("["):
        return None
    if u.words() > _MAX_WORDS or ends_sentence(u.text):
        return None
    toks = _tokens(u.text)
    if _MASK not in toks or all(t == _MASK for t in toks):
        return None
    return toks


def _beside_furniture(units: Sequence[Unit], i: int) -> bool:
    """Right over or under a line already known as the page's head, foot or number."""
    return any(0 <= k < len(units) and units[k].noise in PRINTED_MARKS for k in (i - 1, i + 1))


def _edge_spread(units: Sequence[Unit], i: int, toks: tuple[str, ...], mirrored: bool) -> bool:
    """The varying part at one end, two words or more beside it, and the line set in
    columns away from a table's rows, or printed elsewhere in the other order."""
    if _MASK not in (toks[0], toks[-1]) or len(toks) - toks.count(_MASK) < _SPREAD_WORDS:
        return False
    if mirrored:
        return True
    alone = not any(is_table_row(units[k]) for k in (i - 1, i + 1) if 0 <= k < len(units))
    return bool(units[i].gaps) and alone


def _keeps_numbers(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two prints share their numbers but one on each side, the folio or the date: a
    running line repeats its symbol and date ("12 June 2026 ATP 3-90.47 2-1", "2-2 ATP
    3-90.47 12 June 2026"); two lines of a cover that share their words hold other numbers
    ("November 2026 No. 53480", "No. 6012 14 November 2026")."""
    na = Counter(t for t in a if _masked(t))
    nb = Counter(t for t in b if _masked(t))
    return max(len(na - nb), len(nb - na)) <= 1


def _page_varying(units: Sequence[Unit], prints: list[tuple[int, tuple[str, ...]]]) -> bool:
    """Each print keeps the numbers of the one before it (:func:`_keeps_numbers`) and,
    set in the same order as the last print so set, differs from it in one run of numbers
    at most (:func:`_one_run_apart`)."""
    last: dict[tuple[str, ...], tuple[str, ...]] = {}
    before: tuple[str, ...] | None = None
    for i, toks in prints:
        words = _words(units[i].text)
        if before is not None and not _keeps_numbers(before, words):
            return False
        if toks in last and not _one_run_apart(last[toks], words):
            return False
        last[toks] = before = words
    return True


def mark_mirrored_lines(
    units: Sequence[Unit], head: set[int], protected: Callable[[Unit], bool]
) -> None:
    """Mark as ``page-header`` the prints of a running line whose varying part changes
    sides or drops out (see the module's docstring). Protected lines (the document's
    masthead, front matter, signature) stay, and so does a print in the document's head
    (the cover's date line) unless the line is found on three pages or more."""
    where: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = {}
    for i, u in enumerate(units):
        # speed: the cheap shape test first; few lines pass it to the protection test
        toks = _candidate(u)
        if toks is not None and not protected(u):
            where.setdefault(tuple(sorted(toks)), []).append((i, toks))
    for prints in where.values():
        if len(prints) < 2 or not _page_varying(units, prints):
            continue
        mirrored = len({toks for _, toks in prints}) > 1
        idx = [
            i
            for i, toks in prints
            if units[i].noise is not None
            or _beside_furniture(units, i)
            or _edge_spread(units, i, toks, mirrored)
        ]
        if len(idx) < _ALL_PRINTS:
            idx = [i for i in idx if i not in head]
        if len(idx) < 2 or any(b - a <= _MIN_APART for a, b in pairwise(idx)):
            continue
        for i in idx:
            if units[i].noise is None:
                units[i].noise = "page-header"
