"""PDF input: pdfplumber's characters become Markdown-ish text, with page and box kept.

One module per pass: :mod:`.reader` opens the PDF and reads it page by page;
:mod:`.characters` turns a page's characters (:class:`~.page.Char`) into lines
in reading order, with :mod:`.columns` finding the gutter of two-column pages;
:mod:`.furniture` marks running heads, page numbers and footnotes across pages;
:mod:`.paragraphs` joins lines into paragraphs; :mod:`.records` writes the text
and keeps where each line landed. :mod:`.page` holds the records they share.

:func:`pdf_to_text` reads a PDF page by page with pdfplumber and returns a
:class:`PdfText` whose ``text`` is what :func:`ctdocs.normalise._text.normalise`
reads (with ``markdown=True``):

* one line per paragraph, a blank line between paragraphs; the physical lines
  of a paragraph are joined here, from the layout — line spacing, where a line
  stops short of the column edge (allowing for the first word of the next line),
  indents (a first-line indent, the hanging text of a bullet), font size and
  bold changes, clause and bullet markers — also across a column or page break.
  In a document whose paragraphs open with a first-line indent, that indent
  decides alone (a no-break space, invisible in a PDF, can push a word to the
  next line and leave a line short);
* ``## `` before a paragraph set in a font larger than the body (the largest
  size is level 1, the next level 2, ...), ``**...**`` around bold runs, so
  headings and run-in titles (``**16.2.5 Formation et exercices.** Les...``)
  reach the later stages as they would from a Markdown file;
* two-column pages read column by column: the gutter is a vertical band in the
  middle half of the page that almost no line crosses (the page before's gutter
  is tried first); rows that do cross it (a title over both columns, a centred
  page number) are read where they stand, between the column stretches above
  and below them. Text set sideways (a landscape table, a page with /Rotate) is
  read in its own direction; text running another way than most of its page's
  (a rotated margin note, a stamp) is read after it, in its own direction, never
  left out;
* end-of-line hyphens removed only where they are hyphenation: ``ter-`` +
  ``rorisme`` becomes ``terrorisme`` when the document writes ``terrorisme``
  elsewhere (more often than ``ter-rorisme``); ``anti-`` + ``terrorisme`` stays
  ``anti-terrorisme`` unless the joined form is the one the document uses; with
  neither form elsewhere the hyphen stays; ``OTAN-`` + ``Russie`` (a capital
  after the hyphen) and ``2001-`` + ``2003`` are never joined; a soft hyphen
  (U+00AD) always is;
* page furniture — running heads and feet (document symbols, job numbers,
  ``Page 3 of 5``, lone page numbers, distribution lines) — found *across*
  pages (see :func:`.furniture._mark_furniture`): a line among the three outermost rows of
  a page, in its top or bottom band, whose text with digits normalised recurs in
  that band on at least 40 % of the pages; or that stands where such repeated
  lines stand (a running head naming the chapter); page numbers and job numbers
  are also recognised on their own. Each furniture line is its own paragraph;
* footnotes (a run of small type closing a column, low on the page, opening
  with a number or mark) become paragraphs of their own.

Furniture lines and footnotes are not left where the page break put them: that
would cut the paragraph running across the break in two. They are moved to
the first paragraph boundary after the page's own paragraphs (a running head:
before the first paragraph that opens on its page) where the normaliser cannot
glue them to their neighbours (the next paragraph does not open in lower case,
or is a heading or a marker line) — so the body reads on across the break, and
:meth:`PdfText.marks` marks the furniture spans noise (``page-header``,
``page-footer``, ``page-number``), each with its page. Footnotes come after the
furniture, so that a noise unit stands between a clause and its footnotes and
the clause does not absorb them.

Offsets. ``anchors`` maps offsets in ``text`` to offsets in a notional *input*:
the concatenation, page after page, of the ``text`` of every character
pdfplumber extracts — the characters of ``page.chars``, in that order (they are
read here from ``page.layout``, the pdfminer layout pdfplumber builds
``page.chars`` from, in the same order, without the cost of pdfplumber's
per-character dictionaries). From each ``(out, inp)`` anchor on, both advance
together until the next anchor. Text ctdocs adds (the space or nothing that
joins two lines, blank lines, ``##`` and ``**``) maps to the character it stands
next to; a removed hyphen has no text offset; an unmapped glyph opening a line
(pdfminer's ``(cid:127)``) is read as the bullet ``•`` it almost always is.

Budgets (:mod:`.limits`): operators, characters, inflated stream bytes, form
nesting and fan-out, saved graphics states, inline images and time are counted
per page and per document while pdfminer works (:mod:`.budgeted`, streams
inflated under the budget through :mod:`.guard`), pages are counted on the page
tree before any is built (:mod:`.pagetree`), and ``PdfLimits(isolate=True)``
reads in a child process with memory and CPU limits (:mod:`.isolate`). A spent
budget is a :class:`~ctdocs.PdfResourceError` naming the page and the budget.

Pages are read one at a time and closed (``page.close()`` drops pdfminer's
layout), so memory grows with the text, not with the PDF's page objects.
A PDF with no text layer (a scan), an encrypted or a corrupt PDF raises
:class:`PdfError` with a message naming the file; no pdfminer or pdfplumber
exception escapes (not even as ``__cause__``).
"""

from __future__ import annotations

from .limits import PdfLimits
from .reader import pdf_to_text
from .records import NoteCall, PdfText, SpanMark

__all__ = ["NoteCall", "PdfLimits", "PdfText", "SpanMark", "pdf_to_text"]
