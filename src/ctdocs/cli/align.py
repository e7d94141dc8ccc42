"""``ctdocs align A B``: the blocks of two language versions of one text, side by side.

Exit 0 when both texts were read (leftovers are a finding, not a failure), 2
when either input is unusable. See :mod:`ctdocs.cli._tables` for the table.
"""

from __future__ import annotations

import argparse
import json
from itertools import zip_longest
from pathlib import Path
from typing import Any

from .._parse import parse_document
from ..models import Document
from ..views._align import Alignment, align_documents, block_label, block_text
from ._tables import DEFAULT_WIDTH, about, cut, lines_of, output_options, width_of

__all__ = ["add_command", "align_table"]


def add_command(sub: Any) -> None:
    """Add ``align`` to the ``ctdocs`` sub-command parser ``sub``."""
    a = sub.add_parser(
        "align",
        help="pair the clauses and paragraphs of two language versions of one text, side by side",
        description="Pair the blocks of two language versions of one text (by clause number, "
        "then shared actors, dates, numbers and acronyms, and length). "
        "Exit 0, or 2 for unusable input.",
    )
    a.add_argument("a", metavar="A", help="first version (e.g. the French text)")
    a.add_argument("b", metavar="B", help="second version (e.g. the English text)")
    output_options(a)
    a.set_defaults(func=_cmd_align)


def align_table(
    alignment: Alignment,
    doc_a: Document,
    doc_b: Document,
    *,
    width: int = DEFAULT_WIDTH,
    wrap: bool = False,
    names: tuple[str, str] = ("A", "B"),
) -> str:
    """The side-by-side view: one row per pair or leftover, in reading order."""
    text_w = max((width - 30) // 2, 10)
    out = [
        f"{'':>8} {cut(f'A: {names[0]} ({doc_a.language})', text_w):<{text_w}} | "
        f"{'':>8} {cut(f'B: {names[1]} ({doc_b.language})', text_w):<{text_w}} score m",
        "-" * min(width, 30 + 2 * text_w),
    ]
    for row in alignment.rows:
        ba = doc_a.block(row.a) if row.a else None
        bb = doc_b.block(row.b) if row.b else None
        la = lines_of(block_text(ba), text_w, wrap) if ba else [""]
        lb = lines_of(block_text(bb), text_w, wrap) if bb else [""]
        score = f"{row.score:.2f}" if row.score is not None else ""
        method = row.method[0] if row.method else ""
        for k, (ta, tb) in enumerate(zip_longest(la, lb, fillvalue="")):
            head_a = block_label(ba) if ba and k == 0 else ""
            head_b = block_label(bb) if bb and k == 0 else ""
            tail = f"{score:>5} {method}" if k == 0 else ""
            out.append(f"{head_a:>8} {ta:<{text_w}} | {head_b:>8} {tb:<{text_w}} {tail}".rstrip())
    by: dict[str, int] = {"number": 0, "anchors": 0, "position": 0}
    for p in alignment.pairs:
        by[p.method] += 1
    out.append(
        f"{len(alignment.pairs)} pairs ({by['number']} by number, {by['anchors']} by anchors, "
        f"{by['position']} by position); "
        f"{len(alignment.only_a)} only in A, {len(alignment.only_b)} only in B"
    )
    return "\n".join(out)


def _align_json(
    alignment: Alignment, doc_a: Document, doc_b: Document, names: tuple[str, str]
) -> str:
    rows = []
    for row in alignment.rows:
        ba = doc_a.block(row.a) if row.a else None
        bb = doc_b.block(row.b) if row.b else None
        rows.append(
            {
                **row.model_dump(mode="json"),
                "a_label": block_label(ba) if ba else None,
                "b_label": block_label(bb) if bb else None,
                "a_text": block_text(ba) if ba else None,
                "b_text": block_text(bb) if bb else None,
            }
        )
    data = {
        "a": about(doc_a, names[0]),
        "b": about(doc_b, names[1]),
        **alignment.model_dump(mode="json", exclude={"rows"}),
        "rows": rows,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _cmd_align(args: argparse.Namespace) -> int:
    doc_a, doc_b = parse_document(args.a), parse_document(args.b)
    result = align_documents(doc_a, doc_b)
    names = (str(args.a), str(args.b))
    if args.format == "json":
        print(_align_json(result, doc_a, doc_b, names))
    else:
        short = (Path(args.a).name, Path(args.b).name)  # the full paths are in the JSON
        width = width_of(args.width)
        print(align_table(result, doc_a, doc_b, width=width, wrap=args.wrap, names=short))
    return 0
