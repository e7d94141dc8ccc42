"""Input files for ``parse`` and ``validate``: files named, and the texts in directories named."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["SUFFIXES", "expand", "expand_relative"]

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


def expand_relative(paths: Sequence[str]) -> Iterator[tuple[Path, Path]]:
    """:func:`expand`, each file with its path relative to the argument that named it.

    A file inside a directory argument keeps its path below that directory
    (``sub/x.txt``); a file argument gives its name. ``parse --out`` mirrors these.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for x in expand([p]):
                yield x, x.relative_to(path)
        else:
            yield path, Path(path.name or "input")
