"""The ``ctdocs`` command: parse, export, validate, schema, align, diff, knowledge.

Exit codes: 0 success (``validate``: every text clean), 1 problems found,
2 unusable input or usage error. Bad input never prints a traceback: one
line naming the file and what to do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .._errors import CtdocsError
from . import align, diff, export, knowledge, parse, schema, validate
from ._options import add_common_options, knowledge_in_use
from ._term import printable
from .parse import markdown, summary

__all__ = ["build_parser", "main", "markdown", "summary"]


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="ctdocs", description="Counter-terrorism policy texts as a typed object graph."
    )
    ap.add_argument("--version", action="version", version=f"ctdocs {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    for command in (parse, export, validate, schema, align, diff, knowledge):
        command.add_command(sub)
    add_common_options(sub)  # on every command, those added above included
    return ap


def _version() -> str:
    from .. import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else 2
    try:
        with knowledge_in_use(args):
            return int(args.func(args))
    except CtdocsError as exc:
        print(f"ctdocs: {printable(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
