"""Stage 2, normalise: the readers' Markdown-ish text becomes lines with kinds.

Whitespace, typography and markup are folded to one form, offsets kept, so that
the layout stage reads every input format alike.

Modules:

* ``_linekinds``: Stage 2 — what a physical line is before it is cleaned: page furniture (a
  page number, a running header or footer, as listed in ``layout.toml``), a repository's
  markup (an HTML-only or shortcode line, an image line) or the front matter at the top.
* ``_text``: Markup and layout out, words kept, offsets mapped back.
"""
