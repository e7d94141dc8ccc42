"""Stage 2, normalise: the readers' Markdown-ish text becomes lines with kinds.

Whitespace, typography and markup are folded to one form, offsets kept, so that
the layout stage reads every input format alike.

Modules:

* ``_bareline``: Whether a physical line has anything for the cleaner to change: most lines
  have not.
* ``_joins``: When two physical lines are one logical line: the joining rules of
  normalisation.
* ``_ligatures``: Typographic ligatures spelt out: ``ﬁ`` reads as ``fi`` to every later stage,
  and maps back.
* ``_linekinds``: Stage 2 — what a physical line is before it is cleaned: page furniture (a
  page number, a running header or footer, as listed in ``layout.toml``), a repository's
  markup (an HTML-only or shortcode line, an image line) or the front matter at the top.
* ``_markdown``: Markdown's inline markup, found on one line so that normalise can delete it
  and keep every remaining character's input offset: ATX heading hashes and their closing
  tail, bold and inline HTML tokens (whose positions toggle bold), single-star italics.
* ``_menulines``: A short line of capitalised words, standing alone in a Markdown-ish copy of
  a web page: a menu item, a box's heading ("Related Documents", "Recent Press Releases",
  "Toggle navigation"), never the first half of a soft-wrapped sentence.
* ``_pageheads``: Page tops in a PDF copy: a running head after each form feed, and the line
  printed right under it on several pages, which the walk of :func:`._text.normalise` never
  joins to the sentence the page goes on with.
* ``_physline``: The cleaned physical line, the unit normalisation reads and joins.
* ``_sites``: The shape of a line that is one web address and nothing else ("www.nato-pa.int",
  "https://crsreports.congress.gov", "IF12937 https://…").
* ``_text``: Markup and layout out, words kept, offsets mapped back.
"""
