"""What the report clause test files share: each clause's number, title, section and first words."""

from __future__ import annotations

from ctdocs import Document

Row = tuple[str, str | None, str | None, str]


def _rows(doc: Document) -> list[Row]:
    """(number, title, section, first four words of the text) of every clause."""
    return [(c.number, c.title, c.section, " ".join(c.text.split()[:4])) for c in doc.clauses()]
