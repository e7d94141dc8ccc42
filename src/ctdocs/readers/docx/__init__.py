"""DOCX input: Word documents read with their automatic numbering, as Word shows it.

One module per concern: :mod:`.package` checks the ZIP (members, unpacked
size, encryption, DOCTYPEs) before anything is parsed and opens it with
python-docx; :mod:`.styles` and :mod:`.numbering` resolve a paragraph's list
(``w:numPr`` direct or from its style, ``w:num`` overrides, the abstract
definition) and run Word's counters; :mod:`.body` walks paragraphs, tables,
text boxes, fields and tracked changes in reading order; :mod:`.notes` reads
footnotes, endnotes, headers and footers; :mod:`.reader` writes the text the
normaliser reads and keeps each paragraph's role, like the PDF reader.
"""

from __future__ import annotations

from .reader import DocxMark, DocxNoteCall, DocxText, docx_to_text

__all__ = ["DocxMark", "DocxNoteCall", "DocxText", "docx_to_text"]
