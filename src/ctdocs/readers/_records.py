"""The boxes where a web page prints its record about the text, found by their markup.

A page says what a box is in its class and id words, and web practice shares those
words across sites and languages: ``entry-meta``, ``report-meta``, ``metadata``,
``byline``, ``press-contact``, ``case-details`` hold the byline, the record's fields
(``Date Published:``, ``Nature de la délibération : Avis``), the press contact; no
line feature tells these short lines from the document's own head, but the markup
does. The words are data (``layout.toml``, ``[page_records]``, ``record_classes``).
A box holds little text (``record_max_chars``): an element that carries the word and
more text (``<body class="single-meta">``, a page's whole content column) is a
container, not a record, and is looked into instead. A record holds fields, so a box
with neither a label's colon nor a digit (the issuing body's name alone, styled
``report__meta`` under the title) is the document's head, and is looked into too.

The ranges found are the elements' input offsets; the reader maps them onto its text
(``OffsetMap.ranges_to_output``), where the layout stage marks their lines as noise,
reason ``metadata``, kept with their spans.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_layout
from ._html5 import Node

__all__ = ["record_ranges"]

_WORDS_RE = re.compile(r"[-_\s]+")
_FIELD_RE = re.compile(r"[\d:]")
# The page's own containers: never a record box, whatever their classes.
_CONTAINERS = frozenset(("html", "body", "main", "article", "#document"))
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "head", "title", "iframe"))


@cache
def _cues() -> tuple[frozenset[str], int]:
    cues = load_layout().page_records
    if cues is None:
        return frozenset(), 0
    return frozenset(w.lower() for w in cues.record_classes), cues.record_max_chars


def _named(node: Node, words: frozenset[str]) -> bool:
    """A class or id word of the element is a record word."""
    attrs = node.attributes or {}
    for key in ("class", "id"):
        value = attrs.get(key)
        if isinstance(value, str) and not words.isdisjoint(_WORDS_RE.split(value.lower())):
            return True
    return False


def _text_of(node: Node, limit: int) -> str:
    """The element's text (its runs stripped), read up to just past ``limit``."""
    runs: list[str] = []
    size, stack = 0, [node]
    while stack and size <= limit:
        n = stack.pop()
        if n.name is None:
            new = [t.strip() for _, t in n.pieces]
            runs.extend(new)
            size += sum(map(len, new))
        elif n.name not in _SKIP:
            stack.extend(n.childNodes)
    return " ".join(runs)


def _is_record(node: Node, limit: int) -> bool:
    """Small, and holding a field: a label's colon or a value's digit (a date, a number,
    a telephone). A box of bare words (the issuing body under a title: "Bureau of
    Counterterrorism") is the document's own head, which the page merely styles."""
    text = _text_of(node, limit)
    return len(text) <= limit and _FIELD_RE.search(text) is not None


def record_ranges(root: Node) -> list[tuple[int, int]]:
    """The input ranges of the page's record boxes, outermost first, in page order."""
    words, limit = _cues()
    if not words:
        return []
    found: list[tuple[int, int]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.name is None or node.name in _SKIP:
            continue
        if (
            node.name not in _CONTAINERS
            and node.end > node.start
            and _named(node, words)
            and _is_record(node, limit)
        ):
            found.append((node.start, node.end))
            continue
        stack.extend(reversed(node.childNodes))
    return sorted(found)
