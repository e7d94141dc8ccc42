"""The ``ctdocs`` command: parse, validate, schema, align, diff.

Exit codes: 0 success (``validate``: every text clean), 1 problems found,
2 unusable input or usage error. Bad input never prints a traceback: one
line naming the file and what to do.
"""

from __future__ import annotations

import argparse
import json
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
            yield from sorted(x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in _SUFFIXES)
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
        f"   {len(clauses)} clauses, {len(doc.blocks())} blocks, {len(doc.noise)} noise lines set aside"
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


def _cmd_parse(args: argparse.Namespace) -> int:
    files = list(_expand(args.files))
    if not files:
        print("ctdocs: no input files (give files or a directory of .txt/.md/.html/.pdf)", file=sys.stderr)
        return 2
    out_dir: Path | None = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    errors = 0
    t0 = time.perf_counter()
    show_progress = len(files) > 1 and sys.stderr.isatty()
    done_bytes = 0
    for k, path in enumerate(files, 1):
        done_bytes += path.stat().st_size if show_progress and path.exists() else 0
        try:
            doc = parse_document(path)
        except CtdocsError as exc:
            print(f"ctdocs: {exc}", file=sys.stderr)
            errors += 1
            continue
        fmt = args.format
        if fmt == "summary":
            text = summary(doc, str(path))
        elif fmt == "json":
            text = doc.model_dump_json(indent=1)
        elif fmt == "jsonl":
            text = doc.model_dump_json()
        else:
            text = markdown(doc)
        if out_dir:
            suffix = {"summary": ".txt", "json": ".json", "jsonl": ".jsonl", "md": ".md"}[fmt]
            (out_dir / (path.stem + suffix)).write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
        if show_progress:
            rate = done_bytes / max(time.perf_counter() - t0, 1e-9) / 1e6
            print(f"\r[{k}/{len(files)}] {rate:.2f} MB/s, {errors} errors", end="", file=sys.stderr)
    if show_progress:
        print(file=sys.stderr)
    return 2 if errors == len(files) else (1 if errors else 0)


def _cmd_validate(args: argparse.Namespace) -> int:
    if args.json:
        from ._jsoncheck import validate_json_file

        return validate_json_file(args.json)
    files = list(_expand(args.files))
    if not files:
        print("ctdocs: nothing to validate (give files, a directory, or --json FILE)", file=sys.stderr)
        return 2
    problems = 0
    unusable = 0
    for path in files:
        try:
            doc = parse_document(path)
        except CtdocsError as exc:
            print(f"{path}: error: {exc}")
            unusable += 1
            continue
        source_text: str | None = None
        if doc.source.media_type != "application/pdf":
            from ._source import read_input

            source_text = read_input(path).text
        for p in check_numbering(doc):
            print(f"{path}:{_line_of(doc, p.offset, source_text)}: {p.message}")
            problems += 1
    if unusable:
        return 2
    return 1 if problems else 0


def _cmd_schema(_args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="ctdocs", description="Counter-terrorism policy texts as a typed object graph."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files (or directories) and print or write the result")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("summary", "json", "jsonl", "md"), default="summary")
    p.add_argument("--out", metavar="DIR", help="write one file per input into DIR")
    p.set_defaults(func=_cmd_parse)
    v = sub.add_parser("validate", help="check numbering (exit 0 clean, 1 problems, 2 unusable)")
    v.add_argument("files", nargs="*", metavar="FILE")
    v.add_argument("--json", metavar="FILE", help="check an exported JSON file against the schema")
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
