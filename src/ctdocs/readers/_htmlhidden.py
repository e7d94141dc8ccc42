"""HTML elements whose text a browser does not show: hiding elements, screen-reader text.

Script, style, title, iframe, svg… bodies are markup (``SKIP``); such an element
never closed is blanked out so that it does not swallow the rest of the page
(``hide_unclosed``); an element with a screen-reader-only class (``layout.toml``,
``[page_records]``) is told by ``is_hidden``, and ``has_text`` says whether it holds
any text at all.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import alternation, load_layout
from ._html5 import Node

__all__ = ["SKIP", "has_text", "hide_unclosed", "is_hidden"]

SKIP = frozenset(("script", "style", "noscript", "template", "svg", "head", "title", "iframe"))
_HIDERS = "script|style|noscript|template|svg|title|iframe"
_HIDER_START = re.compile(rf"<({_HIDERS})(?=[\s/>])[^>]*>?", re.I)
_HIDER_END = re.compile(rf"</({_HIDERS})(?=[\s/>])", re.I)


def hide_unclosed(source: str) -> str:
    """``source`` with the start tags of hiding elements never closed blanked out.

    A ``<script>``, ``<title>``, ``<iframe>``, ``<svg>``… that is never closed
    swallows the rest of the page (the WHATWG algorithm reads everything after it
    as its content, which is not shown). A start tag after the last end tag of
    its kind is such a tag: it is replaced by an ``<ins>`` tag of the same
    length (an inline element that writes nothing; offsets unchanged), so that
    the text after it is read as the page rather than lost.
    """
    last = {m.group(1).lower(): m.start() for m in _HIDER_END.finditer(source)}
    cuts = [
        m.span()
        for m in _HIDER_START.finditer(source)
        if m.start() > last.get(m.group(1).lower(), -1)
    ]
    if not cuts:
        return source
    parts, done = [], 0
    for a, b in cuts:
        parts += [source[done:a], "<ins" + " " * (b - a - 5) + ">"]
        done = b
    parts.append(source[done:])
    return "".join(parts)


@cache
def _hidden_hint() -> re.Pattern[str] | None:
    """The classes of the CSS frameworks that hide an element from the screen and keep it
    for screen readers (``layout.toml``, ``[page_records]``): a browser shows none of it
    ("Note marginale :" before each marginal note), so its text is noise, not body."""
    cues = load_layout().page_records
    names = cues.screen_reader_classes if cues is not None else []
    if not names:
        return None
    return re.compile(rf"(?:^|\s)(?:{alternation(names)})(?:\s|$)")


def is_hidden(node: Node) -> bool:
    """The element is for screen readers only."""
    hint = _hidden_hint()
    cls = node.attributes.get("class") if node.attributes else None
    return hint is not None and isinstance(cls, str) and hint.search(cls) is not None


def has_text(node: Node) -> bool:
    """Some text that is not white space stands inside the element (an empty one breaks
    no line)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.name is None and any(t.strip() for _, t in n.pieces):
            return True
        if n.name is not None and n.name not in SKIP:
            stack.extend(n.childNodes)
    return False
