"""``ctdocs parse``: parse files (or directories) and print or write the result.

Exit 0 when every file parsed; 2 when any file was unusable (reported on
stderr, one line each; the others are still parsed and written).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from ..models import Clause, Document
from ._files import expand

__all__ = ["add_command", "markdown", "summary"]


def add_command(sub: Any) -> None:
    """Add ``parse`` to the ``ctdocs`` sub-command parser ``sub``."""
    p = sub.add_parser(
        "parse",
        help="parse files (or directories) and print or write the result",
        description="Parse files (or the .txt/.md/.html/.pdf/.docx files in directories) and print "
        "or write the result. A file that cannot be parsed is reported on stderr, one line "
        "each, and skipped; the others are still parsed.",
        epilog="exit status: 0 every file parsed; 2 if any file was unusable (the others "
        "are still written) or on a usage error",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("summary", "json", "jsonl", "md"), default="summary")
    p.add_argument("--out", metavar="DIR", help="write one file per input into DIR")
    p.add_argument(
        "--jobs", "-j", type=_jobs, default=1, metavar="N",
        help="parse on N processes (default 1; 0: one per CPU core); output keeps input order",
    )
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar on stderr (files, MB/s, errors); default: on when stderr is a "
        "terminal and there is more than one file",
    )
    p.add_argument(
        "--pdf-limit", action="append", default=[], metavar="NAME=N",
        help="raise or lower one budget of a PDF read (ctdocs.PdfLimits field, e.g. "
        "operators_per_page=2000000, seconds=60, isolate=yes); repeatable",
    )
    p.set_defaults(func=_cmd_parse)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"--jobs takes 0 (one per CPU core) or more, not {n}")
    return n


def summary(doc: Document, name: str) -> str:
    """A readable per-document summary: language, title, outline, noise set aside."""
    lines = [f"== {name}", f"   language: {doc.language}   title: {doc.title or '-'}"]
    clauses = doc.clauses()
    lines.append(
        f"   {len(clauses)} clauses, {len(doc.blocks())} blocks,"
        f" {len(doc.noise)} noise lines set aside"
        f", {len(doc.actors)} actors, {len(doc.dates)} dates"
    )
    if doc.domains:
        lines.append(f"   domains: {', '.join(doc.domains)}")
    section = object()
    for c in clauses:
        if c.section != section:
            section = c.section
            lines.append(f"   [{c.section or '-'}]")
        head = c.title or c.text
        head = head if len(head) <= 70 else head[:67] + "..."
        lines.append(f"   {'  ' * (c.depth - 1)}{c.number:<10} {head}")
    for n in doc.noise:
        t = n.text if len(n.text) <= 70 else n.text[:67] + "..."
        lines.append(f"   noise ({n.reason}): {t}")
    return "\n".join(lines)


def markdown(doc: Document) -> str:
    out = [f"# {doc.title}" if doc.title else "# (untitled)", ""]
    for b in doc.blocks():
        if b.kind == "heading":
            out += [f"## {b.text}", ""]
        elif isinstance(b, Clause):
            title = f" **{b.title}.**" if b.title else ""
            out += [f"{'  ' * (b.depth - 1)}- **{b.number}**{title} {b.text}".rstrip(), ""]
        elif b.kind == "list_item":
            out += [f"  - {b.text}"]
        else:
            out += [b.text, ""]
    return "\n".join(out)


def _render(doc: Document, name: str, fmt: str) -> str:
    if fmt == "summary":
        return summary(doc, name)
    if fmt == "json":
        return doc.model_dump_json(indent=1)
    if fmt == "jsonl":
        return doc.model_dump_json()
    return markdown(doc)


class _Progress:
    """The ``parse`` progress bar on stderr: files done/total, MB/s, errors.

    Shown only on a terminal or with ``--progress``, so pipes, logs and tests
    get plain lines. While it is live, error lines go through its console
    (above the bar) and, when stdout is the terminal too, so does the output.
    """

    def __init__(self, show: bool, total_files: int, total_bytes: int) -> None:
        self.show = show
        self.errors = 0
        self._bytes = 0
        self._total_bytes = total_bytes
        self._t0 = time.perf_counter()
        if not show:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("parse"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            redirect_stdout=sys.stdout.isatty(),
            redirect_stderr=False,
        )
        self._task = self._progress.add_task("parse", total=total_files, rate="- MB/s", errors=0)

    def __enter__(self) -> _Progress:
        if self.show:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.show:
            self._progress.stop()

    def error(self, message: str) -> None:
        self.errors += 1
        if self.show:
            self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr)

    def advance(self, size: int) -> None:
        self._bytes += size
        if self.show:
            rate = self._bytes / max(time.perf_counter() - self._t0, 1e-9) / 1e6
            self._progress.update(
                self._task, advance=1, rate=f"{rate:.2f} MB/s", errors=self.errors
            )


def _set_pdf_limits(options: list[str]) -> bool:
    """Check ``--pdf-limit`` options and hand them to every read (and worker) by the
    environment; False (after one line on stderr) when one is not valid."""
    from .._errors import CtdocsError
    from ..readers.pdf.limits import ENV, default_limits

    try:
        default_limits().with_options(options)
    except CtdocsError as exc:
        print(f"ctdocs: {exc}", file=sys.stderr)
        return False
    os.environ[ENV] = ",".join([os.environ.get(ENV, ""), *options]).strip(",")
    return True


def _cmd_parse(args: argparse.Namespace) -> int:
    from .._corpus import parse_corpus

    files = list(expand(args.files))
    if not files:
        print("ctdocs: no input files (give files or a directory of .txt/.md/.html/.pdf/.docx)",
              file=sys.stderr)
        return 2
    if args.pdf_limit and not _set_pdf_limits(args.pdf_limit):
        return 2
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    out_dir: Path | None = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    show = args.progress if args.progress is not None else (len(files) > 1 and sys.stderr.isatty())
    total_bytes = sum(p.stat().st_size for p in files if p.is_file()) if show else 0
    suffix = {"summary": ".txt", "json": ".json", "jsonl": ".jsonl", "md": ".md"}[args.format]
    with _Progress(show, len(files), total_bytes) as bar:
        for result in parse_corpus(files, n_process=min(jobs, len(files))):
            if result.document is None:
                bar.error(f"ctdocs: {result.error}")
            else:
                text = _render(result.document, result.path, args.format)
                if out_dir:
                    target = out_dir / (Path(result.path).stem + suffix)
                    target.write_text(text + "\n", encoding="utf-8")
                else:
                    print(text)
            bar.advance(result.size)
    return 2 if bar.errors else 0
