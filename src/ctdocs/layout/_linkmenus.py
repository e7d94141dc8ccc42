"""Menus of a Markdown copy of a web page: runs of lines that are nothing but links.

An HTML page's lines of links only are known by the reader (``readers/html.py``); a
Markdown copy keeps its links as ``[label](target)``, one per line in a menu's list
(``- [Afrique](https://…/region/africa)``). Three such lines in a row, with no word
outside their links, before the document's first prose line or after its last, are the
site's menu, its language switcher or its footer links, whatever the labels say: the
document's own text puts words around its links, and a list of references inside the
text stands between prose lines (it is left to the scorer there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ._furniture import scorable

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_chrome_links", "mark_link_bars", "mark_link_menus"]

# One or more Markdown links (an image inside a link too), joined by separators only.
# A link to a place in the page itself ("(#i)") is the document's contents list: left open.
_LINK = r"!?\[[^\]\n]{1,200}\]\((?!#)[^)\s]{1,500}\)"
_LINKS_ONLY_RE = re.compile(rf"^(?:[-*+•]\s+)?{_LINK}(?:[\s|·•/,–—-]*{_LINK})*\s*$")
_IMAGE_LINK_RE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)")
_MENU_RUN = 3
# A line that is one Markdown link and nothing else (a bullet before it at most), any target.
_ONE_LINK_RE = re.compile(r"^(?:[-*+•]\s+)?\[([^\]\n]{1,120})\]\([^)\s]{0,500}\)\s*$")
# A bar's separators: a middle dot, a pipe or a bullet with a space on both sides.
_BAR_SEP_RE = re.compile(r"\s[|·•]\s")
_ANY_LINK_RE = re.compile(r"!?\[[^\]\n]{1,200}\]\([^)\s]{0,500}\)")
# The longest stretch of plain words a bar's segment holds: a site's name, an address, a
# "generated on" stamp; a sentence of the document runs longer.
_BAR_SEGMENT_MAX = 80
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|")


def _links_only(u: Unit, protected: Callable[[Unit], bool]) -> bool:
    """(The line's own shape is read before ``protected``, a search of the head and
    signature cues: most lines hold no link, and every test here is side-effect free.)"""
    if not scorable(u):
        return False
    text = _IMAGE_LINK_RE.sub("x", u.text.strip())  # "[![logo](…)](…)" reads as one link
    return bool(_LINKS_ONLY_RE.match(text)) and not protected(u)


def mark_link_menus(
    units: Sequence[Unit], outside: Sequence[bool], protected: Callable[[Unit], bool]
) -> None:
    """Runs of three or more link-only lines outside the document's prose are navigation
    (lines already classed as chrome continue a run: a menu's current page is plain)."""
    run: list[int] = []
    for i, u in enumerate(units):
        if u.noise is None and outside[i] and _links_only(u, protected):
            run.append(i)
            continue
        if u.noise is not None and u.noise != "markup" and run:
            continue  # a menu item already found (the page's own, unlinked) keeps the run
        _flush(units, run)
        run = []
    _flush(units, run)


def _flush(units: Sequence[Unit], run: list[int]) -> None:
    if len(run) >= _MENU_RUN:
        for i in run:
            units[i].noise = "navigation"


def mark_chrome_links(units: Sequence[Unit], is_chrome: Callable[[str], bool]) -> None:
    """A line that is one Markdown link whose label is a chrome line ("[Skip to main
    content](#main)", "[Back to top](#main)", "- [Haut de page](#contenu)") is chrome as
    its label alone would be: a Markdown copy keeps the page's tool links as links, and
    the cues are written for the words a reader sees."""
    for u in units:
        if u.noise is not None or not u.text.lstrip("-*+• ").startswith("["):
            continue  # speed: most lines open with no link
        m = _ONE_LINK_RE.match(u.text.strip())
        if m is not None and is_chrome(m.group(1)):
            u.noise = "web-chrome"


def _is_link_bar(text: str) -> bool:
    """Two segments or more joined by ``·``, ``|`` or ``•``, one of them a Markdown link,
    none holding more than a short stretch of plain words."""
    t = text.strip()
    if "](" not in t or t.startswith("|"):
        return False  # speed: most lines hold no link; a table's row opens with a pipe
    segments = [s for s in _BAR_SEP_RE.split(t) if s.strip()]
    if len(segments) < 2 or not any(_ANY_LINK_RE.search(s) for s in segments):
        return False
    return all(len(_ANY_LINK_RE.sub("", s).strip()) <= _BAR_SEGMENT_MAX for s in segments)


def mark_link_bars(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """One line of links joined by separators ("[← Previous chapter](…) · [Next chapter
    →](…)", "[Edit this file](…) · [Open an issue](…)", a footer's "© … · [Legal
    notice](…)") is a page's bar of tools or links, wherever it stands: a Markdown copy
    keeps its links, and the document's own text writes them inside sentences, not
    between dots and pipes. One such line is enough (a menu needs three). A row of a
    table written without its outer pipes stands next to the table's rule (``---|---``)
    or a row of as many cells: left to the table."""
    for i, u in enumerate(units):
        # the line's shape first: ``protected`` searches the head and signature cues,
        # and was asked of nearly every line of every page (most hold no link)
        if not (scorable(u) and _is_link_bar(u.text) and not protected(u)):
            continue
        pipes = u.text.count(" | ")
        near = [units[j].text for j in (i - 1, i + 1) if 0 <= j < len(units)]
        if pipes and any(_TABLE_RULE_RE.match(x) or x.count(" | ") == pipes for x in near):
            continue
        u.noise = "navigation"
