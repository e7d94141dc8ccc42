"""``ctdocs export``: parse files (or directories) into a corpus database, DuckDB or Parquet.

Exit 0 when every file was written or skipped as unchanged; 2 when any file
was unusable (reported on stderr, one line each; the others are still
written) or on a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..views._corpus import CorpusResult
from ._options import add_jobs_option, add_progress_option
from .parse import _Progress

__all__ = ["add_command"]


def add_command(sub: Any) -> None:
    """Add ``export`` to the ``ctdocs`` sub-command parser ``sub``."""
    p = sub.add_parser(
        "export",
        help="parse files (or directories) into a corpus database (DuckDB or Parquet)",
        description="Parse files (or the .txt/.md/.html/.pdf/.docx files in directories) into the "
        "tables documents, blocks, clauses, mentions, actors, noise. --to NAME.duckdb writes "
        "a DuckDB database; --to DIR one Parquet file per table. A second run skips the files "
        "whose bytes did not change and replaces the ones that did. Document keys are the "
        "paths relative to the directories given (the file name for a file given).",
        epilog="exit status: 0 every file written or unchanged; 2 if any file was unusable "
        "(the others are still written) or on a usage error",
    )
    p.add_argument("files", nargs="+", metavar="FILE|DIR")
    p.add_argument(
        "--to",
        required=True,
        metavar="DB|DIR",
        help="a .duckdb (.ddb, .db) file, or a directory for Parquet files",
    )
    add_jobs_option(p)
    add_progress_option(p, "when stderr is a terminal")
    p.set_defaults(func=_cmd_export)


def _cmd_export(args: argparse.Namespace) -> int:
    from ..views._export import export, input_files

    items = input_files(args.files)
    if not items:
        print(
            "ctdocs: no input files (give files or a directory of .txt/.md/.html/.pdf/.docx)",
            file=sys.stderr,
        )
        return 2
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    total = sum(p.stat().st_size for p, _ in items if p.is_file()) if show else 0
    with _Progress(show, len(items), total) as bar:

        def on_result(result: CorpusResult) -> None:
            if result.error is not None:
                bar.error(f"ctdocs: {result.error}")
            bar.advance(result.size)

        def on_skip(path: Path) -> None:
            bar.advance(path.stat().st_size if show else 0)

        report = export(args.files, args.to, jobs=jobs, on_result=on_result, on_skip=on_skip)
    print(
        f"ctdocs: {report.target}: {len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} unchanged, {len(report.failed)} failed",
        file=sys.stderr,
    )
    return 0 if report.ok else 2
