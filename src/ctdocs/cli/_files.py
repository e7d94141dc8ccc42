"""Input files for ``parse`` and ``validate``: files named, and the texts in directories named."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["SUFFIXES", "expand"]

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".text", ".xhtml", ".docx")


def expand(paths: Sequence[str]) -> Iterator[Path]:
    """Files named, and the supported files inside directories named (sorted)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(
                x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in SUFFIXES
            )
        else:
            yield path
