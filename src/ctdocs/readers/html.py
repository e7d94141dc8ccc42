"""HTML source: tags out, block structure kept, offsets mapped to the HTML input.

The page is rewritten as the Markdown-ish text the normaliser already reads:
``<h2>`` becomes ``## ``, ``<strong>`` becomes ``**``, ``<li>`` a bullet (or
``(a)``/``(i)`` in lettered and roman ordered lists; nothing when the item
prints its own label, as in ``<li>(a) …``), block elements blank lines,
``<br>`` a hard break. Text inside ``<nav>``, ``<header>``, ``<footer>``, ``<aside>``,
cookie or menu containers and the ARIA landmarks outside the main text (``role=
"contentinfo"``, ``"complementary"``, ``"search"``…) is kept but flagged so that the
layout stage sets it aside as navigation noise. Script and style bodies are markup.

The page is read by the WHATWG HTML parsing algorithm, as a browser reads it
(:mod:`ctdocs.readers._html5`, on html5lib): a page that omits ``</head>``,
``</p>`` or ``</li>``, misnests tags or puts text straight into a table gives the
text a browser shows. Candidates weighed (speed measured on the test
suite's HTML page, repeated to 1 MB, one CPU): lexbor through selectolax (0.02
s/MB, fully conformant and maintained, but it reports no source positions, and
the offset map back into the page is part of this module's contract); gumbo
through html5-parser (not installed; gumbo itself is no longer maintained by
Google); html5lib (1.2 s/MB for the tree, 1.9 s/MB with this conversion;
Python's html.parser, which this replaced, 0.43 s/MB but not the algorithm).
html5lib is the reference implementation behind the html5lib-tests suite that
browsers share, is pure Python (no C parser exposed to untrusted pages), and
its tokenizer can be made to report the offset of every token, so every piece
of text keeps its exact place in the page. It is slower: the whole parse of
the benchmark's HTML class went from 5.0 to 7.1 s/MB of CPU (peak memory
unchanged, about 55 times the page, most of it in the later stages).

An element that hides its content (script, style, title, iframe, svg…) and is
never closed would, by the algorithm, hide the rest of the page: its start tag
is read as absent, so that the rest is kept as text (see ``ctdocs.readers._htmlhidden``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .._offsets import OffsetMap
from ._declared import declared_identifiers, page_title
from ._html5 import parse
from ._htmlconv import Converter
from ._htmlhidden import hide_unclosed
from ._htmlwalk import release, walk
from ._raised import raise_inserted_numbers
from ._records import record_ranges

__all__ = ["HtmlText", "html_to_text"]


@dataclass(slots=True)
class HtmlText:
    text: str
    anchors: list[tuple[int, int]]
    nav: list[tuple[int, int]] = field(default_factory=list)
    # screen-reader-only text, each run a paragraph of its own: noise, never the body
    hidden: list[tuple[int, int]] = field(default_factory=list)
    # the captions of figures that show an image (<figure><img><figcaption>): a photo's
    # caption, unless it is numbered as the document's figure (the layout stage tells)
    captions: list[tuple[int, int]] = field(default_factory=list)
    # lines of two links or more and no other words (a menu, a breadcrumb, tag chips
    # written outside any <nav>): boilerpipe's link density at its limit
    link_lines: list[tuple[int, int]] = field(default_factory=list)
    # the boxes where the page prints its record about the text (``_records``)
    records: list[tuple[int, int]] = field(default_factory=list)
    # the identifiers the page's head declares in its <meta> elements (``_declared``)
    declared: tuple[str, ...] = ()
    # the page's <title>, a printing of its name outside the text (``_declared``)
    title: str | None = None


def html_to_text(source: str) -> HtmlText:
    """Rewrite an HTML page as Markdown-ish text with a map back to the HTML offsets."""
    conv = Converter()
    # From the last "<" no ">" follows, no tag can complete: that tail is kept as text.
    lt = source.find("<", source.rfind(">") + 1)
    head, tail = (source, "") if lt < 0 else (source[:lt], source[lt:])
    root, closers = parse(hide_unclosed(head.replace("\r", " ")))
    raise_inserted_numbers(root)  # § 237<sup>1</sup>: § 237¹, not § 2371
    records = record_ranges(root)
    walk(conv, root, closers)
    release(root)
    if tail:
        conv.at = lt
        conv.handle_data(tail)
    if conv.nav_depth:
        conv.nav.append((conv.nav_start, conv.pos))
    text = "".join(conv.out)
    anchors = conv.anchors or [(0, 0)]
    return HtmlText(
        text=text,
        anchors=anchors,
        nav=conv.nav,
        hidden=conv.hidden,
        captions=conv.captions,
        link_lines=conv.link_lines,
        records=list(OffsetMap(anchors).ranges_to_output(records, len(text))),
        declared=declared_identifiers(source),
        title=page_title(source),
    )
