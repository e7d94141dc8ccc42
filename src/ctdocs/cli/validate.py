"""``ctdocs validate``: texts by their numbering, JSON exports by the schema.

Exit 0 every text clean, 1 problems found, 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .._errors import CtdocsError
from .._parse import parse_document
from ..models import Document
from ..views._validate import check_numbering
from ._files import expand

__all__ = ["add_command"]


def add_command(sub: Any) -> None:
    """Add ``validate`` to the ``ctdocs`` sub-command parser ``sub``."""
    v = sub.add_parser("validate", help="check numbering (exit 0 clean, 1 problems, 2 unusable)")
    v.add_argument("files", nargs="*", metavar="FILE")
    v.add_argument(
        "--json",
        metavar="FILE",
        nargs="+",
        action="extend",
        help="check exported JSON files (or the *.json in directories) against the schema",
    )
    v.set_defaults(func=_cmd_validate)


def _line_of(doc: Document, offset: int, source_text: str | None) -> str:
    if source_text is None:
        blk = next((b for b in doc.blocks() if b.start <= offset < b.end), None)
        return f"p.{blk.page}" if blk is not None and blk.page else "?"
    return str(source_text.count("\n", 0, doc.input_offset(offset)) + 1)


def _cmd_validate(args: argparse.Namespace) -> int:
    """Texts by their numbering, JSON exports by the schema; every file is checked.

    pre-commit and CI hand over many files at once, so one unusable file must
    not hide the problems in the others: all are reported, and the exit code is
    the worst outcome (2 unusable input > 1 problems found > 0 clean). A
    ``.json`` file named without ``--json`` is an export too: parsing it as a
    policy text would only ever report "clean".
    """
    json_files = [*(args.json or []), *(f for f in args.files if f.lower().endswith(".json"))]
    texts = [f for f in args.files if not f.lower().endswith(".json")]
    status = 0
    if json_files:
        from ..views._jsoncheck import validate_json_files

        status = validate_json_files(json_files)
    if not texts:
        if not json_files:
            print(
                "ctdocs: nothing to validate (give files, directories, or --json FILE...)",
                file=sys.stderr,
            )
            return 2
        return status
    files = list(expand(texts))
    if not files:
        print(f"ctdocs: no .txt/.md/.html/.pdf/.docx files in {', '.join(texts)}", file=sys.stderr)
        return 2
    problems = 0
    unusable = 0
    for path in files:
        try:
            doc = parse_document(path)
        except CtdocsError as exc:
            message = str(exc).removeprefix(f"{path}: ")
            print(f"{path}: error: {message}")
            unusable += 1
            continue
        source_text: str | None = None
        if doc.source.media_type.startswith("text/"):  # a PDF has pages, not lines
            from ..readers._source import read_input

            source_text = read_input(path).text
        elif doc.source.media_type.endswith("wordprocessingml.document"):  # a line: a paragraph
            from ..readers._source import read_input
            from ..readers.docx import docx_to_text

            source_text = docx_to_text(read_input(path).data, str(path)).source
        for p in check_numbering(doc):
            print(f"{path}:{_line_of(doc, p.offset, source_text)}: {p.message}")
            problems += 1
    return max(status, 2 if unusable else (1 if problems else 0))
