"""Options every ``ctdocs`` command takes, added in one place.

``--knowledge FILE`` (repeatable) merges a researcher's own knowledge files
over the shipped ones for the whole command (see :func:`ctdocs.load_knowledge`);
without it, ``$CTDOCS_KNOWLEDGE`` applies. :func:`add_common_options` is run
by ``build_parser`` on every sub-command, those added later included, so a new
command gets the option without code of its own.

``--jobs`` and ``--progress`` are taken by the commands that parse many files
(``parse``, ``export``): :func:`add_jobs_option` and :func:`add_progress_option`
give both the same checks and wording, each command adding its own note.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from .._knowledge import ENV_VAR, Knowledge, activate, load_knowledge

__all__ = [
    "add_common_options",
    "add_jobs_option",
    "add_knowledge_option",
    "add_progress_option",
    "knowledge_in_use",
]


def add_knowledge_option(p: argparse.ArgumentParser) -> None:
    """Add ``--knowledge FILE`` (repeatable) to ``p``, once."""
    if any("--knowledge" in a.option_strings for a in p._actions):
        return
    p.add_argument(
        # SUPPRESS: a nested sub-command's default must not erase the value given before it
        "--knowledge",
        action="append",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="your own actors, aliases, domains and triggers (TOML, the format of "
        f"data/models/); repeat for several files, later ones win; default ${ENV_VAR}",
    )


def add_common_options(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the common options to every sub-command of ``sub``, nested ones included."""
    for p in sub.choices.values():
        add_knowledge_option(p)
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                add_common_options(action)


@contextmanager
def knowledge_in_use(args: argparse.Namespace) -> Iterator[Knowledge | None]:
    """For the command's run: the ``--knowledge`` files, read now, are the knowledge in use."""
    files: list[str] | None = getattr(args, "knowledge", None)
    if not files:
        yield None
        return
    with activate(load_knowledge(files)) as kb:
        yield kb


def jobs_count(value: str) -> int:
    """``--jobs`` value: a whole number, 0 meaning one process per CPU core."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"--jobs takes 0 (one per CPU core) or more, not {n}")
    return n


def add_jobs_option(p: argparse.ArgumentParser, note: str = "") -> None:
    """Add ``--jobs/-j N`` to ``p``; ``note`` ends the help (what else the command promises)."""
    p.add_argument(
        "--jobs",
        "-j",
        type=jobs_count,
        default=1,
        metavar="N",
        help=f"parse on N processes (default 1; 0: one per CPU core){note}",
    )


def add_progress_option(p: argparse.ArgumentParser, when: str) -> None:
    """Add ``--progress/--no-progress`` to ``p``; ``when`` says when it is on by default."""
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"progress bar on stderr (files, MB/s, errors); default: on {when}",
    )
