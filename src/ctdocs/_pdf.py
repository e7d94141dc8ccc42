"""Moved to :mod:`ctdocs.readers.pdf` (one module per pass); kept for imports written before."""

from __future__ import annotations

from .readers.pdf import NoteCall, PdfText, SpanMark, pdf_to_text
from .readers.pdf.paragraphs import _BROKEN_RE

__all__ = ["_BROKEN_RE", "NoteCall", "PdfText", "SpanMark", "pdf_to_text"]
