"""The identifier an HTML page declares for itself in its head's ``<meta>`` elements.

A page's ``<head>`` is no part of its text (the reader skips it), yet many publishers
record there the number of the document the page carries, under a standard's name:
Dublin Core's ``DC.identifier`` or ``dcterms.identifier``, or a publisher's own
(``cisa:product-id``). The names are data (``declared_names``, ``document.toml``): the
last part of the element's ``name`` or ``property``, after a namespace's ``.`` or ``:``.
The value is returned as written; whether it has a number's shape (not a URL, an ISBN,
a page's slug) is the extract stage's to tell, which knows the shapes.
"""

from __future__ import annotations

import html
import re
from functools import cache

from .._knowledge import load_document

__all__ = ["declared_identifiers", "page_title"]

_META = re.compile(r"(?is)<meta\b[^>]*>")
_ATTR = re.compile(r"""(?is)\b(name|property|content)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_BODY = re.compile(r"(?i)<body\b|</head\s*>")
_PARTS = 2  # a name and one namespace's prefix at most
_HEAD_CHARS = 65536  # a page's head is read this far at most, if it never closes
_TITLE = re.compile(r"(?is)<title\b[^>]*>(.*?)</title\s*>")


@cache
def _names() -> frozenset[str]:
    return frozenset(n.casefold() for n in load_document().declared_names)


def declared_identifiers(source: str) -> tuple[str, ...]:
    """The contents of the ``<meta>`` elements of the page's head whose name declares the
    page's identifier (see the module's docstring), in the head's order, blanks collapsed: a
    page may declare its URL or its ISBN first and its number after, under the same name."""
    end = _BODY.search(source, 0, _HEAD_CHARS)
    head = source[: end.start() if end is not None else _HEAD_CHARS]
    if "<meta" not in head.lower():
        return ()
    names = _names()
    found: list[str] = []
    for tag in _META.finditer(head):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _ATTR.finditer(tag.group(0))
        }
        key = attrs.get("name") or attrs.get("property") or ""
        # the name, maybe after one namespace's prefix ("DC.identifier"), not a refinement
        # naming another document ("DC.relation.identifier", "dc.source.identifier")
        parts = re.split(r"[.:]", key.strip())
        value = " ".join(html.unescape(attrs.get("content", "")).split())
        if len(parts) <= _PARTS and parts[-1].casefold() in names and value:
            found.append(value)
    return tuple(found)


def page_title(source: str) -> str | None:
    """The page's ``<title>`` in its head, blanks collapsed, or None: a printing of the page's
    name outside its text (the extract stage counts it among the printings of a number)."""
    end = _BODY.search(source, 0, _HEAD_CHARS)
    m = _TITLE.search(source, 0, end.start() if end is not None else _HEAD_CHARS)
    value = " ".join(html.unescape(m.group(1)).split()) if m is not None else ""
    return value or None
