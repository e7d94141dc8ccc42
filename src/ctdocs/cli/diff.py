"""``ctdocs diff OLD NEW``: what changed between two versions of one text in one language.

Exit 0 when the versions have the same blocks with the same wording and
numbers, 1 when anything was added, removed, renumbered, moved or changed, 2
when an input is unusable or the two are not in one language.
"""

from __future__ import annotations

import argparse
import difflib
import json
from typing import Any

from .._parse import parse_document
from ..models import Block, Document
from ..views._align import block_label, block_text
from ..views._diff import DiffEntry, VersionDiff, diff_documents
from ._tables import DEFAULT_WIDTH, about, lines_of, output_options, width_of

__all__ = ["add_command", "diff_table", "word_diff"]


def add_command(sub: Any) -> None:
    """Add ``diff`` to the ``ctdocs`` sub-command parser ``sub``."""
    d = sub.add_parser(
        "diff",
        help="clauses added, removed, renumbered and changed between two versions (exit 1 if any)",
        description="Compare two versions of one text in one language. Exit 0 when they match, "
        "1 when anything differs, 2 for unusable input.",
    )
    d.add_argument("old", metavar="OLD", help="the earlier version")
    d.add_argument("new", metavar="NEW", help="the later version")
    d.add_argument("--all", action="store_true", help="also list unchanged blocks")
    output_options(d)
    d.set_defaults(func=_cmd_diff)


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
    width: int = DEFAULT_WIDTH,
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
        lines = lines_of(text, text_w, wrap or e.kind == "changed")
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
        "old": about(old, names[0]),
        "new": about(new, names[1]),
        "counts": result.counts(),
        "entries": entries,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _cmd_diff(args: argparse.Namespace) -> int:
    old, new = parse_document(args.old), parse_document(args.new)
    result = diff_documents(old, new)
    names = (str(args.old), str(args.new))
    if args.format == "json":
        print(_diff_json(result, old, new, names))
    else:
        print(
            diff_table(
                result, old, new, width=width_of(args.width), wrap=args.wrap, show_all=args.all
            )
        )
    return 1 if result.has_changes else 0
