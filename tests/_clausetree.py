"""What the clause-tree test files share: a short text's clause tree and numbers."""

from __future__ import annotations

from ctdocs import parse_text


def tree(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title, c.parent_number) for c in doc.clauses()]


def numbers(text: str, language: str) -> list[str]:
    return [c.number for c in parse_text(text, language=language).clauses()]  # type: ignore[arg-type]
