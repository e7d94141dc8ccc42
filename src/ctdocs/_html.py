"""Moved to :mod:`ctdocs.readers.html`; kept for imports written before the move."""

from __future__ import annotations

from .readers.html import HtmlText, html_to_text

__all__ = ["HtmlText", "html_to_text"]
