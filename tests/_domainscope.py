"""What the domain-scope test files share: each clause's domain codes."""

from __future__ import annotations

from ctdocs import parse_text
from ctdocs._vocab import Language


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}
