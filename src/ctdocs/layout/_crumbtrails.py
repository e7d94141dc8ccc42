"""A breadcrumb trail whose last step is the page's title: navigation, noise.

A web page prints where it stands in its site above its text: short steps joined by a
spaced arrow ("Accueil > Publications > Avis", or the angle quote U+203A). The menu rule
(:func:`._furniture.is_menu`) wants every step short, so a trail that ends on the page's
own title, a long step of twenty words, is left open and read as the document's first
paragraph. The shape holds on every site: two arrows or more, every step but the last a
short label, the last a title, no step closed like a sentence; and the trail stands above
the document's first numbered line (a text may set out a scale "A > B > C" among its
items, never a site's trail before its first article), and above its first sentence (a
text without numbered lines may set one out between two paragraphs). Only the spaced arrow
counts: bars and slashes also cut a document's header into parts ("Report | Doc. 12 | 2011").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["is_crumb_trail", "mark_crumb_trails"]

# A step's cut: a spaced ">" or the single angle quote U+203A.
_ARROW_RE = re.compile(r"\s+[>\u203a]\s+")
_MIN_STEPS = 3  # two arrows: one arrow joins two words of anything
_STEP_WORDS = 6  # a site's section label ("Recommandations en urgence", "Vous êtes ici : Accueil")
_LAST_WORDS = 30  # the page's title, as long as a title runs
_STOPS = frozenset(".!?;,")  # a step ending so is a sentence or runs on
_SENTENCE_WORDS = 5  # a line closed by a stop with more words is the document's sentence


def _nwords(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def is_crumb_trail(text: str) -> bool:
    """Three steps or more cut by spaced arrows, the steps before the last short labels,
    the last a title: no step ends like a sentence."""
    if ">" not in text and "\u203a" not in text:
        return False
    steps = [s.strip() for s in _ARROW_RE.split(text.strip())]
    if len(steps) < _MIN_STEPS or not all(steps):
        return False
    if any(s[-1] in _STOPS for s in steps):
        return False
    return all(_nwords(s) <= _STEP_WORDS for s in steps[:-1]) and _nwords(steps[-1]) <= _LAST_WORDS


def mark_crumb_trails(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Open unnumbered trails above the document's first numbered line and its first
    sentence are navigation."""
    first = next((i for i, u in enumerate(units) if _text_starts(u)), len(units))
    for u in units[:first]:
        if u.noise is None and u.marker is None and is_crumb_trail(u.text) and not protected(u):
            u.noise = "navigation"


def _text_starts(u: Unit) -> bool:
    """The document's text has begun at ``u``: a numbered line, or a sentence of several
    words closed by a stop (as :func:`._furniture._sentence` reads one)."""
    if u.marker is not None and u.marker.kind != "bullet":
        return True
    return u.text.rstrip().endswith((".", "!", "?")) and u.words() > _SENTENCE_WORDS
