"""``ctdocs schema``: print the JSON Schema of a parsed document."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .._schema import json_schema

__all__ = ["add_command"]


def add_command(sub: Any) -> None:
    """Add ``schema`` to the ``ctdocs`` sub-command parser ``sub``."""
    s = sub.add_parser("schema", help="print the JSON Schema of a parsed document")
    s.set_defaults(func=_cmd_schema)


def _cmd_schema(_args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
