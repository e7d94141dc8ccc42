"""``ctdocs parse --out DIR``: where each output goes, and writing it so that none is lost.

Why mirror: files of one name in different folders (``a/README.md`` and
``b/README.md``), or of one stem with different types (``x.txt`` and ``x.md``),
are different documents; flattening them to ``x.json`` kept only the last.
So each output mirrors its input's path relative to the argument that named
it (``DIR/sub/x.txt.json`` for ``ARG/sub/x.txt``; a file argument gives its
name), with the input's extension kept and the format's added. Two inputs
that would still meet in one output (two arguments holding a file of the
same relative path) are refused before anything is parsed.

Why atomic: an output is written to a temporary file in the target's folder,
flushed to disk (fsync) and renamed into place, so a crash, a signal or a
full disk never leaves a truncated file under the final name. Without
``--overwrite`` the rename is a hard link, which fails rather than replace a
file that appeared meanwhile.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import signal
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ._term import printable

__all__ = ["plan_outputs", "write_atomic"]

SUFFIXES = {"summary": ".summary.txt", "json": ".json", "jsonl": ".jsonl", "md": ".md"}
"""What each ``--format`` adds to the input's name (the input's own extension is kept)."""


class _OutputPlanError(Exception):
    """Outputs that cannot be written as asked: collisions, existing files (the CLI's one line)."""


class _OutputExistsError(OSError):
    """The target exists and ``--overwrite`` was not given."""


def plan_outputs(
    inputs: Iterable[tuple[Path, Path]], out_dir: Path, fmt: str, *, overwrite: bool
) -> dict[str, Path]:
    """The output path of every input (keyed by ``str(input)``), checked before any parsing.

    ``inputs`` pairs each file with its path relative to the argument that named
    it. Raise :class:`_OutputPlanError` when two inputs would share an output, or
    (without ``overwrite``) when outputs exist already.
    """
    suffix = SUFFIXES[fmt]
    targets: dict[str, Path] = {}
    owner: dict[Path, Path] = {}
    for source, relative in inputs:
        target = out_dir / relative.parent / (relative.name + suffix)
        first = owner.setdefault(target, source)
        if first != source:
            raise _OutputPlanError(
                f"{printable(str(first))} and {printable(str(source))} would both be written "
                f"to {printable(str(target))}; parse their common parent directory instead, "
                "or each argument with its own --out"
            )
        targets[str(source)] = target
    if not overwrite:
        existing = [t for t in targets.values() if os.path.lexists(t)]
        if existing:
            more = f" (and {len(existing) - 1:,} more)" if len(existing) > 1 else ""
            raise _OutputPlanError(
                f"{printable(str(existing[0]))} exists{more}; pass --overwrite to replace "
                "outputs, or choose another --out directory"
            )
    return targets


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def write_atomic(target: Path, text: str, *, overwrite: bool) -> None:
    """Write ``text`` (UTF-8) to ``target`` whole or not at all: temporary file, fsync, rename.

    Without ``overwrite``, raise :class:`_OutputExistsError` if ``target`` exists.
    Any other failure raises ``OSError``, and no temporary file is left behind.

    SIGINT and SIGTERM wait (blocked, not lost) while one file is written: a signal
    landing inside ``mkstemp``, after the file exists and before its name is known,
    would otherwise leave the temporary file behind. A write takes milliseconds;
    the signal is handled as soon as it is done.
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        _write_atomic(target, text, overwrite=overwrite)
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        _write_atomic(target, text, overwrite=overwrite)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _write_atomic(target: Path, text: str, *, overwrite: bool) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".ctdocs-", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp's 0600 would hide the output from others
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8", "surrogateescape"))
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
        _sync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)  # read it (the only way), and put it back at once
    os.umask(mask)
    return mask


def _link_new(tmp: str, target: Path) -> None:
    """Put ``tmp`` in place as ``target`` only if no ``target`` exists (then drop ``tmp``)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise _OutputExistsError(
            errno.EEXIST, "exists (pass --overwrite to replace it)", str(target)
        ) from None
    except OSError as exc:  # a file system without hard links: check, then rename
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if os.path.lexists(target):
            raise _OutputExistsError(
                errno.EEXIST, "exists (pass --overwrite to replace it)", str(target)
            ) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable (where a folder can be opened for that)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
