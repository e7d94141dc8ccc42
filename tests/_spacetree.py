"""What the number-space test files share: each clause's number, title, parent and section."""

from __future__ import annotations

from ctdocs import parse_text

Row = tuple[str, str | None, str | None, str | None]


def tree(text: str, language: str) -> list[Row]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title, c.parent_number, c.section) for c in doc.clauses()]
