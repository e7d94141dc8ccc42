"""The ``ctdocs`` command: parse, validate, schema, align, diff.

Exit codes: 0 success (``validate``: every text clean), 1 problems found,
2 unusable input or usage error. Bad input never prints a traceback: one
line naming the file and what to do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ._errors import CtdocsError
from ._parse import parse_document
from ._schema import json_schema
from ._validate import check_numbering
from .models import Clause, Document

__all__ = ["main"]

_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".text", ".xhtml")


def _expand(paths: Sequence[str]) -> Iterator[Path]:
    """Files named, and the supported files inside directories named (sorted)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(
                x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in _SUFFIXES
            )
        else:
            yield path


def _line_of(doc: Document, offset: int, source_text: str | None) -> str:
    if source_text is None:
        blk = next((b for b in doc.blocks() if b.start <= offset < b.end), None)
        return f"p.{blk.page}" if blk is not None and blk.page else "?"
    return str(source_text.count("\n", 0, doc.input_offset(offset)) + 1)


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


def _cmd_parse(args: argparse.Namespace) -> int:
    from ._corpus import parse_corpus

    files = list(_expand(args.files))
    if not files:
        print("ctdocs: no input files (give files or a directory of .txt/.md/.html/.pdf)",
              file=sys.stderr)
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
        from ._jsoncheck import validate_json_files

        status = validate_json_files(json_files)
    if not texts:
        if not json_files:
            print("ctdocs: nothing to validate (give files, directories, or --json FILE...)",
                  file=sys.stderr)
            return 2
        return status
    files = list(_expand(texts))
    if not files:
        print(f"ctdocs: no .txt/.md/.html/.pdf files in {', '.join(texts)}", file=sys.stderr)
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
        if doc.source.media_type != "application/pdf":
            from ._source import read_input

            source_text = read_input(path).text
        for p in check_numbering(doc):
            print(f"{path}:{_line_of(doc, p.offset, source_text)}: {p.message}")
            problems += 1
    return max(status, 2 if unusable else (1 if problems else 0))


def _cmd_schema(_args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"--jobs takes 0 (one per CPU core) or more, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="ctdocs", description="Counter-terrorism policy texts as a typed object graph."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse files (or directories) and print or write the result",
        description="Parse files (or the .txt/.md/.html/.pdf files in directories) and print "
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
    p.set_defaults(func=_cmd_parse)
    v = sub.add_parser("validate", help="check numbering (exit 0 clean, 1 problems, 2 unusable)")
    v.add_argument("files", nargs="*", metavar="FILE")
    v.add_argument(
        "--json", metavar="FILE", nargs="+", action="extend",
        help="check exported JSON files (or the *.json in directories) against the schema",
    )
    v.set_defaults(func=_cmd_validate)
    s = sub.add_parser("schema", help="print the JSON Schema of a parsed document")
    s.set_defaults(func=_cmd_schema)
    from ._cli_research import add_subcommands  # align, diff

    add_subcommands(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else 2
    try:
        return int(args.func(args))
    except CtdocsError as exc:
        print(f"ctdocs: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
