"""Screen-reader-only text of an HTML page, set aside as noise with its span.

The HTML reader writes the text of an element that a browser hides and keeps for screen
readers (its CSS classes: ``layout.toml``, ``[page_records]``) as a paragraph of its
own and hands on where it stands. Nobody sees it on the page ("Note marginale :" before
each marginal note, a section's title repeated for a screen reader), so it is no part
of the document; but no text is dropped silently: each such line is noise, reason
``markup`` (text that only the page's markup carries). It is marked once the layout
stage is done, so that the page's other lines were judged as a reader of the page sees
them: a heading between two hidden labels is no menu item.

The caption of a figure that shows an image (``<figure><img><figcaption>``) is a
photo's caption, noise by the guidelines (reason ``caption``), whatever its words: the
page's markup says what a line scorer could only guess ("NATO Heads of State and
Government at the Ankara Summit, 8 July 2026"). A caption numbered as the document's
own figure ("Figure 3 : …", "Chart 2. …": a word, then a number) is the document's,
and stays.

A line of two links or more with no word outside them (a menu or a breadcrumb written
in a plain <div>, a row of tag chips) is navigation, as inside a <nav>: a document's own
sentence names what it links to.

A box where the page prints its record about the text (its class or id says so:
``entry-meta``, ``metadata``, ``byline``, ``press-contact``; ``readers/_records.py``) is
the page's, not the document's: its open lines are noise, reason ``metadata``, as the
stamps and record fields that line features find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_hidden", "mark_image_captions", "mark_link_lines", "mark_records"]

# A figure numbered as the document's: a word, then its number ("Figure 3", "Graphique 2").
_NUMBERED_RE = re.compile(r"^[^\W\d_]{2,}\.?\s+\d{1,3}\b")


def _inside(units: Sequence[Unit], spans: Sequence[tuple[int, int]]) -> Iterator[Unit]:
    """The units that lie whole inside one of ``spans`` (sorted offsets in the normalised
    text), in one walk over both."""
    k = 0
    for u in units:
        while k < len(spans) and spans[k][1] <= u.start:
            k += 1
        if k < len(spans) and spans[k][0] <= u.start and u.end <= spans[k][1]:
            yield u


def mark_hidden(units: Sequence[Unit], ranges: Sequence[tuple[int, int]]) -> None:
    """Units that lie inside one of ``ranges`` (offsets in the normalised text) are noise."""
    for u in _inside(units, sorted(ranges)):
        u.noise = "markup"


def mark_image_captions(units: Sequence[Unit], ranges: Sequence[tuple[int, int]]) -> None:
    """Open units inside one of ``ranges`` (an image's caption) are noise, reason
    ``caption``, unless the caption is numbered as the document's figure."""
    for u in _inside(units, sorted(ranges)):
        if u.noise is None and not _NUMBERED_RE.match(u.text):
            u.noise = "caption"


def mark_link_lines(units: Sequence[Unit], ranges: Sequence[tuple[int, int]]) -> None:
    """Open, unnumbered units inside one of ``ranges`` (a line of links only) are
    navigation; so is one a line's own cue set aside as web chrome (a keyword row,
    ``Mots-clés : <a>…</a>``): the reader saw its links, the more exact reason."""
    for u in _inside(units, sorted(ranges)):
        if u.noise in (None, "web-chrome") and (u.marker is None or u.marker.kind == "bullet"):
            u.noise = "navigation"


def mark_records(units: Sequence[Unit], ranges: Sequence[tuple[int, int]]) -> None:
    """Open units inside one of ``ranges`` (a box of the page's record) are metadata.

    The ranges that touch are joined first: a box's lines, joined by the normaliser
    (a ``<br>``), are one unit over the pieces the box was written in."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    for u in _inside(units, spans):
        if not u.noise:
            u.noise = "metadata"
