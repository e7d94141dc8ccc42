"""``ctdocs parse``: parse files (or directories) and print or write the result.

Exit 0 when every file parsed; 2 when any file was unusable (reported on
stderr, one line each; the others are still parsed and written), when an
output cannot be written, or on a usage error; 130 on SIGINT (Ctrl-C) and
143 on SIGTERM, after every worker process has been ended.

Files are parsed in worker processes (``--jobs``), so a file that kills its
worker or runs past ``--timeout`` costs only itself. ``--out`` writes one
file per input, mirroring the inputs' paths, atomically and never over an
existing file unless ``--overwrite`` (see :mod:`._output`). Whatever comes
from a document or a file name is escaped before it reaches a terminal
(see :mod:`._term`).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import Clause, Document
from ..views._corpus import DEFAULT_TIMEOUT
from ._files import expand_relative
from ._options import add_jobs_option, add_progress_option
from ._output import _OutputExistsError, _OutputPlanError, plan_outputs, write_atomic
from ._term import printable

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
        "are still written), an output could not be written, or on a usage error; "
        "130 on SIGINT (Ctrl-C), 143 on SIGTERM",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("summary", "json", "jsonl", "md"), default="summary")
    p.add_argument(
        "--out",
        metavar="DIR",
        help="write one file per input into DIR, mirroring each input's path relative to the "
        "argument that named it, with the input's extension kept: ARG/sub/x.txt gives "
        "DIR/sub/x.txt.json (--format json), .jsonl, .md or .summary.txt",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="with --out, replace output files that exist (default: refuse, exit 2)",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a file that takes longer than SECONDS (default {DEFAULT_TIMEOUT:g}; "
        "0: no limit); it is reported and the run goes on",
    )
    add_jobs_option(p, "; output keeps input order")
    add_progress_option(p, "when stderr is a terminal and there is more than one file")
    p.add_argument(
        "--pdf-limit",
        action="append",
        default=[],
        metavar="NAME=N",
        help="raise or lower one budget of a PDF read (ctdocs.PdfLimits field, e.g. "
        "operators_per_page=2000000, seconds=60, isolate=yes); repeatable",
    )
    p.set_defaults(func=_cmd_parse)


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(
            f"--timeout takes a number of seconds (0: no limit), not {value!r}"
        )
    return n


def summary(doc: Document, name: str) -> str:
    """A readable per-document summary: language, title, outline, noise set aside.

    Every piece of document text and the name are escaped (:func:`printable`):
    the summary is meant for a terminal.
    """
    lines = [
        f"== {printable(name)}",
        f"   language: {doc.language}   title: {_short(doc.title, 10**6) or '-'}",
    ]
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
            lines.append(f"   [{_short(c.section, 10**6) or '-'}]")
        number = printable(c.number)
        lines.append(f"   {'  ' * (c.depth - 1)}{number:<10} {_short(c.title or c.text)}")
    for n in doc.noise:
        lines.append(f"   noise ({n.reason}): {_short(n.text)}")
    return "\n".join(lines)


def _short(text: str | None, width: int = 70) -> str:
    """``text`` cut to ``width`` characters (with ``...``), one line, safe on a terminal."""
    if not text:
        return ""
    text = text if len(text) <= width else text[: width - 3] + "..."
    return printable(text)


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
        return summary(doc, name)  # escaped already
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


class _Interrupted(BaseException):
    """SIGINT or SIGTERM during a run (a BaseException: no ``except Exception`` swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _WriteFailed(Exception):
    """An output could not be written (full disk, no permission): the run stops."""


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`_Interrupted` for the run, then put the
    previous handlers back. After the first signal both are ignored, so the shutdown
    (ending the workers, removing a temporary file) is not cut short by a second one."""

    def stop(signum: int, frame: object) -> None:
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)
        raise _Interrupted(signum)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _cmd_parse(args: argparse.Namespace) -> int:
    progress = [0, 0]  # files done, files in all: for the line an interrupt prints
    with _interruptible():
        try:
            return _parse_all(args, progress)
        except _Interrupted as stop:
            name = signal.Signals(stop.signum).name
            print(
                f"ctdocs: interrupted by {name} after {progress[0]:,} of {progress[1]:,} "
                "files; workers ended, no output left half-written",
                file=sys.stderr,
            )
            return 128 + stop.signum


def _parse_all(args: argparse.Namespace, progress: list[int]) -> int:
    pairs = list(expand_relative(args.files))
    files = [p for p, _ in pairs]
    progress[1] = len(files)
    if not files:
        print(
            "ctdocs: no input files (give files or a directory of .txt/.md/.html/.pdf/.docx)",
            file=sys.stderr,
        )
        return 2
    if args.pdf_limit and not _set_pdf_limits(args.pdf_limit):
        return 2
    targets: dict[str, Path] = {}
    if args.out:
        try:
            targets = plan_outputs(pairs, Path(args.out), args.format, overwrite=args.overwrite)
            Path(args.out).mkdir(parents=True, exist_ok=True)
        except _OutputPlanError as exc:
            print(f"ctdocs: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"ctdocs: {_cannot_write(Path(args.out), exc)}", file=sys.stderr)
            return 2
    show = args.progress if args.progress is not None else (len(files) > 1 and sys.stderr.isatty())
    total_bytes = sum(p.stat().st_size for p in files if p.is_file()) if show else 0
    try:
        with _Progress(show, len(files), total_bytes) as bar:
            _run(args, files, targets, bar, progress)
    except _WriteFailed as exc:
        print(
            f"ctdocs: {exc}; the run stopped after {progress[0]:,} of {len(files):,} files",
            file=sys.stderr,
        )
        return 2
    return 2 if bar.errors else 0


def _run(
    args: argparse.Namespace,
    files: list[Path],
    targets: dict[str, Path],
    bar: _Progress,
    done: list[int],
) -> None:
    """Parse every file in worker processes and print or write each result in input order."""
    from ..views._corpus import parse_corpus

    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    results = parse_corpus(
        files, n_process=min(jobs, len(files)), isolate=True, timeout=args.timeout or None
    )
    terminal = sys.stdout.isatty()
    try:
        for result in results:
            if result.document is None:
                bar.error(f"ctdocs: {printable(str(result.error))}")
            else:
                text = _render(result.document, result.path, args.format)
                target = targets.get(result.path)
                if target is not None:
                    _write(target, text, args.overwrite, bar)
                else:
                    print(printable(text, lines=True) if terminal else text)
            done[0] += 1
            bar.advance(result.size)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # ends every worker at once if the loop stopped early


def _write(target: Path, text: str, overwrite: bool, bar: _Progress) -> None:
    try:
        write_atomic(target, text + "\n", overwrite=overwrite)
    except _OutputExistsError:  # appeared since the run started: this file only
        bar.error(
            f"ctdocs: {printable(str(target))} exists (appeared during the run); "
            "not replaced, pass --overwrite to replace it"
        )
    except OSError as exc:
        raise _WriteFailed(_cannot_write(target, exc)) from None


def _cannot_write(target: Path, exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return (
        f"cannot write {printable(str(target))}: {reason.lower()}; "
        "check the --out directory (permissions, free space)"
    )
