"""``ctdocs knowledge``: check a user knowledge file, list the actors or domains in use.

``ctdocs knowledge check FILE...`` reads the files as a parse would (merged over
the shipped knowledge, in order) and prints what they add and replace, or
every problem with its file and line (exit 1). ``ctdocs knowledge list
actors|domains`` prints the knowledge in use (shipped, ``--knowledge`` files,
``$CTDOCS_KNOWLEDGE``), one line each, user entries marked ``user``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .._errors import KnowledgeBaseError
from .._knowledge import Knowledge, base_knowledge, load_knowledge, resolve

__all__ = ["add_command"]


def add_command(sub: Any) -> None:
    """Add ``knowledge`` (``check``, ``list``) to the ``ctdocs`` sub-command parser ``sub``."""
    k = sub.add_parser(
        "knowledge",
        help="check your own knowledge files; list the actors or domains in use",
        description="Check user knowledge files (actors, aliases, domains, triggers in the "
        "TOML format of data/models/) or list the knowledge in use.",
        epilog="exit status: 0 ok; 1 a file has problems (each with its file and line); "
        "2 usage error",
    )
    ksub = k.add_subparsers(dest="action", required=True)
    check = ksub.add_parser("check", help="validate knowledge files and say what they change")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(func=_cmd_check)
    show = ksub.add_parser("list", help="list the actors or the domains in use")
    show.add_argument("what", choices=("actors", "domains"))
    show.set_defaults(func=_cmd_list)


def _cmd_check(args: argparse.Namespace) -> int:
    before = resolve(None)
    try:
        kb = load_knowledge([*before.paths, *args.files])
    except KnowledgeBaseError as exc:
        print(f"ctdocs: {exc}", file=sys.stderr)
        return 1
    for line in _changes(before, kb):
        print(line)
    print(f"ok: {', '.join(args.files)}")
    return 0


def _changes(before: Knowledge, after: Knowledge) -> list[str]:
    """What ``after`` adds to or changes in ``before``, one line each."""
    old_actors = {a.id: a for a in before.actors.actor}
    old_domains = {d.code: d for d in before.domains.domain}
    out: list[str] = []
    for a in after.actors.actor:
        old = old_actors.get(a.id)
        if old is None:
            out.append(f"actor added:    {a.id} ({a.kind}) {a.name}")
        elif old != a:
            out.append(f"actor changed:  {a.id} {a.name}")
    for d in after.domains.domain:
        old_d = old_domains.get(d.code)
        if old_d is None:
            out.append(f"domain added:   {d.code} {d.name} ({_count(d)} triggers)")
        elif old_d != d:
            out.append(f"domain changed: {d.code} {d.name} ({_count(d)} triggers)")
    return out


def _count(d: Any) -> int:
    return sum(len(p) for group in (d.strong, d.weak) for p in group.values())


def _cmd_list(args: argparse.Namespace) -> int:
    kb, base = resolve(None), base_knowledge()
    if args.what == "actors":
        shipped = {a.id: a for a in base.actors.actor}
        for a in kb.actors.actor:
            mark = "shipped" if shipped.get(a.id) == a else "user"
            names = "; ".join([a.name, *([a.name_fr] if a.name_fr else []), *a.acronyms])
            print(f"{a.id}\t{a.kind}\t{mark}\t{names}")
    else:
        domains = {d.code: d for d in base.domains.domain}
        for d in kb.domains.domain:
            mark = "shipped" if domains.get(d.code) == d else "user"
            print(f"{d.code}\t{mark}\t{_count(d)} triggers\t{d.name}")
    return 0
