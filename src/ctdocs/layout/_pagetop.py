"""The lines a web page prints above its own chrome: the site's banner at the page's top.

A page opens with the site's banner (its name, its tagline, a donate button, its menu
or its language switch) and then the site's tools (a skip link, a breadcrumb, a search
box, a share bar) before the document's title and text. The earlier passes set the
tools aside by their marks; the banner's lines carry none of their own and are left
open ("Bermuda Laws Online", "Freely Available British and Irish Public Legal
Information", "Faire un don", "NL | FR | DE | EN"). The short-boxed rule
(:mod:`._shortboxed`) keeps the text's first open line whatever boxes it, as a page's
title stands between its menu and its record; this rule decides that first run by the
lines around it. A run of at most :data:`_RUN` short open lines with nothing but noise
above it, the site's tools right below it (navigation, web chrome: not the line scorer's
boilerplate, a page's running line, a stamp, a rule or a contents list) and right above
it too, or a run of two of them below when it opens the page (a first line over one
tool line may be the document's title over its share bar), is the banner when a line
that may still be the title stays open below, before the text's first sentence: the
title is the last short line above the text, never one the site's tools follow with
more of the page's head to come. A run's line with a figure (a symbol, a date, an
address), a marker, a sentence of its own, a label over its value (its colon), a line
in capitals (a letterhead's issuer: "REPUBLIQUE DU NIGER") or a protected line (front
matter, a masthead, a signature) is the document's: no run holds it. A banner's line
whose words the document prints again below ("Council of Europe" over a resolution of
its Assembly, a court's name over its findings, a state's name over its gazette's
motto) keeps its run open, as the guidelines keep a chrome line whose words occur in
the document (§5). A run's line of a title's length, longer than any line of the head left
below, is the title over a label or a byline, not a banner. Only position, neighbours and
shape decide: no word of any site.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_page_top"]

_RUN = 4  # a banner's lines: a name, its full name or tagline, a button, a menu
_MAX_WORDS = 16  # a banner's line (a menu's items run long), never a sentence
_PROSE_WORDS = 12  # the text's first sentence: this many words and a sentence's close
_CHROME = frozenset({"navigation", "web-chrome"})
_SITE = _CHROME | {"boilerplate"}  # the site's chrome, by its tools or the line scorer
_CLOSERS = (".", "!", "?", ";", ":")
_WORD_RE = re.compile(r"[^\W\d_]+")
_SHORT_CLOSED = 4  # a tagline may close on a full stop ("Empowered lives.")
_LEADS = (":", ";")
_TOOLS_UNDER_FIRST = 2  # the page's first line: a banner only over a run of tools
_TITLE_WORDS = 5  # a run's line this long, longer than the head left below, may be the title
_MENU_RE = re.compile(r"\s(?:[|·•/]|::)\s")  # a menu's or a banner's items, cut by separators


def _prose(u: Unit) -> bool:
    """The text's own sentence: long enough, and closed."""
    return u.words() >= _PROSE_WORDS and u.text.rstrip().endswith(_CLOSERS)


def _banner_line(u: Unit, protected: Callable[[Unit], bool]) -> bool:
    """Open, unnumbered, short, no figure, no sentence but a tagline's."""
    if u.noise is not None or u.marker is not None or protected(u):
        return False
    n = len(_WORD_RE.findall(u.text))  # letters only: a menu's separators are no words
    if n == 0 or n > _MAX_WORDS or any(c.isdigit() for c in u.text) or u.text == u.text.upper():
        return False
    end = u.text.rstrip()
    if end.endswith(_LEADS):
        return False  # a label over its value: a record's, not a banner's
    return n <= _SHORT_CLOSED or not end.endswith(_CLOSERS)


def _key(text: str) -> str:
    """A line's words, case-blind, for finding it printed again in the text."""
    return " ".join(_WORD_RE.findall(text.casefold()))


def _title_left(units: Sequence[Unit], start: int) -> bool:
    """An open line that is no sentence stays below ``start`` before the text's first
    sentence: the title, which the banner never is."""
    for u in units[start:]:
        if u.noise is not None:
            continue
        return not _prose(u)
    return False


def mark_page_top(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Set aside the banner's runs at the page's top (see the module's doc): walk down
    from the top over noise and banner runs, and stop at the first open line no run
    takes."""
    i = 0
    while i < len(units):
        if units[i].noise is not None:
            i += 1
            continue
        end = i
        while end < len(units) and end - i < _RUN and _banner_line(units[end], protected):
            end += 1
        below = units[end] if end < len(units) else None
        if end == i or below is None or below.noise not in _CHROME:
            return
        if not _tools_around(units, i, end):
            return
        if not _title_left(units, end + 1):
            return
        if _printed_again(units[i:end], units[end + 1 :]):
            return
        if _holds_title(units[i:end], units[end + 1 :]):
            return
        for u in units[i:end]:
            u.noise = below.noise
        i = end


def _tools_around(units: Sequence[Unit], i: int, end: int) -> bool:
    """The run stands between the site's tools (one right above it), or opens the page
    over a run of them: a page's first line over one tool line alone may be the
    document's head (a title over its share bar)."""
    if i > 0 and units[i - 1].noise in _CHROME:
        return True
    tools = units[end : end + _TOOLS_UNDER_FIRST]
    return len(tools) == _TOOLS_UNDER_FIRST and all(u.noise in _CHROME for u in tools)


def _printed_again(run: Sequence[Unit], rest: Sequence[Unit]) -> bool:
    """A line of the run printed again below, alone or in a line (case-blind), but in
    the site's own chrome (a footer naming the site again): the run is the document's
    own head (its issuer, the letterhead's motto under it)."""
    below = f" {_key(' '.join(u.text for u in rest if u.noise not in _SITE))} "
    return any(f" {_key(u.text)} " in below for u in run)


def _words(u: Unit) -> int:
    return len(_WORD_RE.findall(u.text))


def _holds_title(run: Sequence[Unit], rest: Sequence[Unit]) -> bool:
    """A run's line long enough for a title (no menu) and longer than every open line left
    below before the text's first sentence: the page's title between its breadcrumb and its
    share bar, over a content type's label or a byline ("Press release", "By …"), which a
    banner never stands over (the title below is the longer line)."""
    longest = max((_words(u) for u in run if not _MENU_RE.search(u.text)), default=0)
    if longest < _TITLE_WORDS:
        return False
    below = 0
    for u in rest:
        if u.noise is not None:
            continue
        if _prose(u):
            break
        below = max(below, _words(u))
    return longest > below
