"""Reading a PDF in a child process held to memory, CPU and wall-clock bounds.

The budgets of :mod:`.limits` are counted where pdfminer gives ctdocs a hand
(the operators, glyphs, forms and streams of a page). Some of its work has no
such hook: parsing the file's objects, a string token of many escapes, a font
program. With ``PdfLimits(isolate=True)`` the whole read runs in a child
process whose address space may grow by ``memory`` bytes (``RLIMIT_AS``) and
whose CPU time is bounded by ``seconds`` (``RLIMIT_CPU``); the parent waits
``seconds`` of wall-clock time, then kills it. A child that dies is reported as
the budget it broke, as a :class:`~ctdocs.PdfResourceError`; an error it raised
is raised here unchanged.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..._errors import CtdocsError, PdfResourceError
from .limits import PdfLimits
from .records import PdfText

__all__ = ["read_isolated"]


Reader = Callable[[bytes, str, PdfLimits], PdfText]


def read_isolated(data: bytes, name: str, limits: PdfLimits, read: Reader) -> PdfText:
    """``read`` (the reader's own :func:`.reader.read_pdf`, passed in so that this
    module need not import the module that calls it) in a bounded child process
    (see the module docstring)."""
    methods = mp.get_all_start_methods()
    ctx: Any = mp.get_context("fork" if "fork" in methods else "spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, read, data, name, limits), daemon=True)
    child.start()
    send.close()
    outcome: tuple[str, Any] = ("died", None)
    try:
        if receive.poll(limits.seconds + 1.0):
            with contextlib.suppress(EOFError, OSError):
                outcome = receive.recv()
        else:
            outcome = ("timeout", None)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    kind, value = outcome
    if kind == "ok":
        assert isinstance(value, PdfText)
        return value
    if kind == "error":
        assert isinstance(value, CtdocsError)
        raise value
    raise _death(kind, child.exitcode, name, limits)


def _death(kind: str, code: int | None, name: str, limits: PdfLimits) -> PdfResourceError:
    """The budget a child broke, from how it ended."""
    advice = (
        "this is a budget, not a corrupt file: raise it if the PDF is trusted "
        "(PdfLimits({0}=...), ctdocs parse --pdf-limit {0}=N)"
    )
    if kind == "timeout" or code in (-signal.SIGXCPU, -signal.SIGKILL):
        what = "wall-clock" if kind == "timeout" else "CPU"
        return PdfResourceError(
            f"{name}: reading the PDF took over its {what} budget of {limits.seconds:g} "
            f"seconds; " + advice.format("seconds"),
            budget="seconds",
            limit=limits.seconds,
        )
    mib = limits.memory >> 20
    return PdfResourceError(
        f"{name}: reading the PDF needed more than its memory budget of {mib:,} MiB "
        f"(the reader ended with code {code}); " + advice.format("memory"),
        budget="memory",
        limit=limits.memory,
    )


def _child(conn: Any, read: Reader, data: bytes, name: str, limits: PdfLimits) -> None:
    """In the child: set the limits, read, send back ("ok", text) or what went wrong."""
    import resource

    room = _address_space() + limits.memory
    resource.setrlimit(resource.RLIMIT_AS, (room, room))
    cpu = max(int(limits.seconds) + 1, 1)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        outcome: tuple[str, Any] = ("ok", read(data, name, replace(limits, isolate=False)))
    except CtdocsError as exc:
        outcome = ("error", exc)
    except MemoryError:
        outcome = ("memory", None)
    try:
        conn.send(outcome)
    except MemoryError:
        os._exit(3)
    conn.close()


def _address_space() -> int:
    """Bytes of address space this process maps now (the child starts as a copy)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
