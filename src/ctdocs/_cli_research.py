"""The ``ctdocs align`` and ``ctdocs diff`` commands: two texts side by side.

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
import difflib
import json
import shutil
import sys
import textwrap
from itertools import zip_longest
from pathlib import Path
from typing import Any

from ._align import Alignment, align, block_label, block_text
from ._diff import DiffEntry, VersionDiff, diff_versions
from ._parse import parse_document
from .models import Block, Document

__all__ = ["add_subcommands", "align_table", "diff_table"]

_DEFAULT_WIDTH = 120
_MIN_WIDTH = 60


def add_subcommands(sub: Any) -> None:
    """Add ``align`` and ``diff`` to the ``ctdocs`` sub-command parser ``sub``."""
    a = sub.add_parser(
        "align",
        help="pair the clauses and paragraphs of two language versions of one text, side by side",
        description="Pair the blocks of two language versions of one text (by clause number, "
        "then shared actors, dates, numbers and acronyms, and length). "
        "Exit 0, or 2 for unusable input.",
    )
    a.add_argument("a", metavar="A", help="first version (e.g. the French text)")
    a.add_argument("b", metavar="B", help="second version (e.g. the English text)")
    _output_options(a)
    a.set_defaults(func=_cmd_align)
    d = sub.add_parser(
        "diff",
        help="clauses added, removed, renumbered and changed between two versions (exit 1 if any)",
        description="Compare two versions of one text in one language. Exit 0 when they match, "
        "1 when anything differs, 2 for unusable input.",
    )
    d.add_argument("old", metavar="OLD", help="the earlier version")
    d.add_argument("new", metavar="NEW", help="the later version")
    d.add_argument("--all", action="store_true", help="also list unchanged blocks")
    _output_options(d)
    d.set_defaults(func=_cmd_diff)


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--width",
        type=int,
        default=None,
        help=f"table width (default: the terminal's; {_DEFAULT_WIDTH} when not a terminal)",
    )
    p.add_argument(
        "--wrap", action="store_true", help="wrap long texts in the table instead of cutting them"
    )


def _width(requested: int | None) -> int:
    if requested is not None:
        return max(requested, _MIN_WIDTH)
    if sys.stdout.isatty():
        return max(shutil.get_terminal_size((_DEFAULT_WIDTH, 24)).columns, _MIN_WIDTH)
    return _DEFAULT_WIDTH


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _lines(text: str, width: int, wrap: bool) -> list[str]:
    if not wrap:
        return [_cut(text, width)]
    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]


def _about(doc: Document, name: str) -> dict[str, Any]:
    return {"name": name, "language": doc.language, "blocks": len(doc.block_list)}


# ---------------------------------------------------------------------------
# align


def align_table(
    alignment: Alignment,
    doc_a: Document,
    doc_b: Document,
    *,
    width: int = _DEFAULT_WIDTH,
    wrap: bool = False,
    names: tuple[str, str] = ("A", "B"),
) -> str:
    """The side-by-side view: one row per pair or leftover, in reading order."""
    text_w = max((width - 30) // 2, 10)
    out = [
        f"{'':>8} {_cut(f'A: {names[0]} ({doc_a.language})', text_w):<{text_w}} | "
        f"{'':>8} {_cut(f'B: {names[1]} ({doc_b.language})', text_w):<{text_w}} score m",
        "-" * min(width, 30 + 2 * text_w),
    ]
    for row in alignment.rows:
        ba = doc_a.block(row.a) if row.a else None
        bb = doc_b.block(row.b) if row.b else None
        la = _lines(block_text(ba), text_w, wrap) if ba else [""]
        lb = _lines(block_text(bb), text_w, wrap) if bb else [""]
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
        "a": _about(doc_a, names[0]),
        "b": _about(doc_b, names[1]),
        **alignment.model_dump(mode="json", exclude={"rows"}),
        "rows": rows,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _cmd_align(args: argparse.Namespace) -> int:
    doc_a, doc_b = parse_document(args.a), parse_document(args.b)
    result = align(doc_a, doc_b)
    names = (str(args.a), str(args.b))
    if args.format == "json":
        print(_align_json(result, doc_a, doc_b, names))
    else:
        short = (Path(args.a).name, Path(args.b).name)  # the full paths are in the JSON
        print(
            align_table(result, doc_a, doc_b, width=_width(args.width), wrap=args.wrap, names=short)
        )
    return 0


# ---------------------------------------------------------------------------
# diff


def word_diff(old: str, new: str) -> str:
    """``old`` turned into ``new`` word by word: ``[-removed-]{+inserted+}``, as wdiff prints it."""
    a, b = old.split(), new.split()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(a[i1:i2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def _entry_text(e: DiffEntry, old: Document, new: Document) -> str:
    o: Block | None = old.block(e.old_id) if e.old_id else None
    n: Block | None = new.block(e.new_id) if e.new_id else None
    if o is not None and n is not None and e.text_changed:
        return word_diff(block_text(o), block_text(n))
    block = n if n is not None else o
    return block_text(block) if block is not None else ""


def diff_table(
    result: VersionDiff,
    old: Document,
    new: Document,
    *,
    width: int = _DEFAULT_WIDTH,
    wrap: bool = False,
    show_all: bool = False,
) -> str:
    """One line per difference: kind, old and new number, similarity, text (word diff if edited).

    Changed entries are always wrapped, so that every edit is visible.
    """
    text_w = max(width - 40, 20)
    out = [f"{'kind':<10} {'old':>8}    {'new':<8} {'sim':>5}  text", "-" * min(width, 40 + text_w)]
    for e in result.entries:
        if e.kind == "unchanged" and not show_all:
            continue
        old_n = e.old_number or ("" if e.old_id is None else block_label(old.block(e.old_id)))
        new_n = e.new_number or ("" if e.new_id is None else block_label(new.block(e.new_id)))
        arrow = "->" if e.old_id and e.new_id else "  "
        sim = f"{e.similarity:.1f}" if e.similarity is not None else ""
        text = _entry_text(e, old, new)
        lines = _lines(text, text_w, wrap or e.kind == "changed")
        kind = "moved+chg" if e.kind == "changed" and e.moved else e.kind
        for k, line in enumerate(lines):
            head = f"{kind:<10} {old_n:>8} {arrow} {new_n:<8} {sim:>5}" if k == 0 else " " * 37
            out.append(f"{head}  {line}".rstrip())
    out.append(", ".join(f"{n} {k}" for k, n in result.counts().items()))
    return "\n".join(out)


def _diff_json(result: VersionDiff, old: Document, new: Document, names: tuple[str, str]) -> str:
    entries = []
    for e in result.entries:
        entries.append(
            {
                **e.model_dump(mode="json"),
                "old_text": block_text(old.block(e.old_id)) if e.old_id else None,
                "new_text": block_text(new.block(e.new_id)) if e.new_id else None,
            }
        )
    data = {
        "old": _about(old, names[0]),
        "new": _about(new, names[1]),
        "counts": result.counts(),
        "entries": entries,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _cmd_diff(args: argparse.Namespace) -> int:
    old, new = parse_document(args.old), parse_document(args.new)
    result = diff_versions(old, new)
    names = (str(args.old), str(args.new))
    if args.format == "json":
        print(_diff_json(result, old, new, names))
    else:
        print(
            diff_table(
                result, old, new, width=_width(args.width), wrap=args.wrap, show_all=args.all
            )
        )
    return 1 if result.has_changes else 0
