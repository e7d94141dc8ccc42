"""What ``ctdocs align`` and ``ctdocs diff`` share: two texts side by side.

``ctdocs align A B`` prints the blocks of two language versions of one text
side by side (:func:`ctdocs.align`); ``ctdocs diff OLD NEW`` lists what
changed between two versions in one language (:func:`ctdocs.diff_versions`).

Exit codes follow the rest of the program and ``diff(1)``:

* ``align``: 0 when both texts were read (leftovers are a finding, not a
  failure), 2 when either input is unusable;
* ``diff``: 0 when the versions have the same blocks with the same wording and
  numbers, 1 when anything was added, removed, renumbered, moved or changed,
  2 when an input is unusable or the two are not in one language.

Tables are plain text, one line per row, cut to the terminal's width with
``…`` (``--wrap`` wraps instead); when the output is not a terminal the width
is 120 columns unless ``--width`` says otherwise, so that saved output does
not depend on the window it was made in. ``--format json`` gives the full
texts.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from typing import Any

from ..models import Document

DEFAULT_WIDTH = 120
_MIN_WIDTH = 60


def output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--width",
        type=int,
        default=None,
        help=f"table width (default: the terminal's; {DEFAULT_WIDTH} when not a terminal)",
    )
    p.add_argument(
        "--wrap", action="store_true", help="wrap long texts in the table instead of cutting them"
    )


def width_of(requested: int | None) -> int:
    if requested is not None:
        return max(requested, _MIN_WIDTH)
    if sys.stdout.isatty():
        return max(shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns, _MIN_WIDTH)
    return DEFAULT_WIDTH


def cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def lines_of(text: str, width: int, wrap: bool) -> list[str]:
    if not wrap:
        return [cut(text, width)]
    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]


def about(doc: Document, name: str) -> dict[str, Any]:
    return {"name": name, "language": doc.language, "blocks": len(doc.block_list)}
