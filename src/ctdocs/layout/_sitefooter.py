"""A site that names itself at both ends of its page: the name printed alone on one of the
page's first lines ("Congress.gov", "Federal Register of Legislation") and the page's very
last line opening with that name as a sentence's subject ("Congress.gov is the official
source for …", "Federal Register of Legislation is maintained by …"). The last line is the
site's own footer: chrome (guidelines §5), set aside as ``web-chrome``.

The name on top stays open here: set aside before the line scorer runs, it made the
document's title under it a banner line between chrome (a short open line at the page's
top), and a title lost is worse than a masthead leaked.

A document's own title printed on top opens a sentence of its text too ("Civil emergency
planning is first and foremost a national responsibility", fifth line from a topic page's
end), never its very last line: the close of a document is a signature, a date, a decision
or an address, not a line that names what went before. Counted over the 21 scoring sets
(session 20): the last line opens with a head line in 2 files, both site footers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ._furniture import ends_sentence, scorable
from ._linekeys import unit_key

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_site_footer"]

_HEAD_LINES = 3  # the page's first lines, where a masthead stands
_NAME_MAX_WORDS = 6  # a site's name, not a heading's sentence
_NAME_MIN_CHARS = 6  # "Home" or an initialism may open any sentence


def _site_name(u: Unit) -> str | None:
    """The key of a head line that may be a site's name: open, short, no sentence, no
    marker."""
    if u.noise is not None or u.marker is not None or not scorable(u):
        return None
    name = unit_key(u)
    if len(name) < _NAME_MIN_CHARS or u.words() > _NAME_MAX_WORDS or ends_sentence(u.text):
        return None
    return name if name[-1:].isalnum() else None


def mark_site_footer(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """The last line opening with the name one of the first lines prints alone, then a
    word: the site's footer."""
    if len(units) <= 2 * _HEAD_LINES:
        return  # a short text: its first and last lines are the text itself
    last = units[-1]
    if last.noise is not None or not scorable(last) or protected(last):
        return
    tail = unit_key(last)
    for u in units[:_HEAD_LINES]:
        name = _site_name(u)
        rest = tail[len(name) :] if name and tail.startswith(name) else ""
        if rest[:1] == " " and rest[1:2].isalpha():
            last.noise = "web-chrome"
            return
