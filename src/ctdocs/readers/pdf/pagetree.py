"""Counting a PDF's pages on its page tree, without building a page.

pdfplumber's ``pdf.pages`` builds every page object (resources, boxes,
inherited attributes) before the first is read: a file of 100,000 empty pages
took 37 s and 352 MB only to be refused for its page count. :func:`count_pages`
walks the ``/Pages`` tree instead, resolving each node once (a node seen twice,
a loop, is counted once, as pdfminer reads it), and stops as soon as it has
seen one page over the budget; the pages are then built one at a time as they
are read (:func:`.reader._pages`).

A node's ``/Kids`` array is itself the cost: pdfminer parses its 100,000
references, token by token, for about 10 s. So before a node stored plainly in
the file is parsed, its references are counted in its bytes (a regular
expression, at C speed); a node with more of them than the walk may visit is
refused unparsed.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["count_pages"]


_REF_RE = re.compile(rb"\d+\s+\d+\s+R\b")


def count_pages(doc: Any, limit: int, data: bytes = b"") -> int:
    """Pages in ``doc``'s page tree, counting at most ``limit + 1`` (0: no usable tree).

    Nodes visited are bounded too (``4 * limit + 64``): a tree of empty
    ``/Pages`` nodes costs as much to walk as pages do.
    """
    from pdfminer.pdfpage import LITERAL_PAGE, LITERAL_PAGES
    from pdfminer.pdftypes import PDFObjRef, resolve1

    try:
        root = doc.catalog.get("Pages")
    except Exception:
        return 0
    stack: list[Any] = [root]
    seen: set[int] = set()
    pages = nodes = 0
    bound = 4 * limit + 64
    while stack and pages <= limit and nodes <= bound:
        ref = stack.pop()
        if isinstance(ref, PDFObjRef):
            if ref.objid in seen:
                continue
            seen.add(ref.objid)
            if _references(doc, data, ref.objid) > bound:
                return limit + 1
        node = resolve1(ref)
        nodes += 1
        if not isinstance(node, dict):
            continue
        kind = node.get("Type", node.get("type"))
        kids = resolve1(node.get("Kids"))
        if kind is LITERAL_PAGES and isinstance(kids, list):
            stack.extend(reversed(kids))
        elif kind is LITERAL_PAGE:
            pages += 1
    if nodes > bound:
        return limit + 1
    return pages


def _references(doc: Any, data: bytes, objid: int) -> int:
    """References (``n g R``) in the bytes of object ``objid``, if stored plainly; else 0."""
    for xref in getattr(doc, "xrefs", ()):
        try:
            stream, pos, _ = xref.get_pos(objid)
        except Exception:
            continue
        if stream is not None or not 0 <= pos < len(data):
            return 0  # in an object stream: pdfminer parses it
        end = data.find(b"endobj", pos)
        return len(_REF_RE.findall(data, pos, end if end >= 0 else len(data)))
    return 0
