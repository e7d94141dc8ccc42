"""What the numbering-scheme test files share: a short text's clause numbers and titles."""

from __future__ import annotations

from ctdocs import parse_text


def numbers(text: str, language: str) -> list[str]:
    return [c.number for c in parse_text(text, language=language).clauses()]  # type: ignore[arg-type]


def titles(text: str, language: str) -> dict[str, str | None]:
    return {c.number: c.title for c in parse_text(text, language=language).clauses()}  # type: ignore[arg-type]
