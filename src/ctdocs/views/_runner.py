"""Worker processes that may die: each holds one file at a time, and a dead one costs that file.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its workers
dies (the out-of-memory killer, a signal, a crash in C code) the whole pool
is broken, every pending result is lost, and a worker killed while writing to
the shared result queue can leave the parent waiting for good. A night-long
corpus run must lose exactly the file the dead worker held, and never hang.

So each worker here has its own pipe and is given one path at a time; the
parent knows which file each worker holds and since when. It waits on every
busy worker's pipe *and* process sentinel at once, with the nearest per-file
deadline as its timeout: a result is read; a worker that died is reported as
a :class:`WorkerCrashedError` for its file and replaced by a fresh one; a
worker past its deadline is killed and reported as a :class:`WorkerTimeoutError`.

No orphans: a worker ignores SIGINT (Ctrl-C on a terminal goes to the whole
process group; ending the workers is the parent's job), closes the pipe ends
of its siblings it inherited through ``fork`` (so a parent's death is an end
of file on its pipe), and on Linux asks the kernel to kill it when its parent
dies (``PR_SET_PDEATHSIG``). The parent ends every worker when the run ends,
is abandoned or is interrupted: terminate, a short wait, then kill.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from .._errors import CtdocsError, WorkerCrashedError, WorkerTimeoutError

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from ..models import Document


__all__ = ["CorpusResult", "Job", "WorkerPool", "file_size"]

Job = Callable[..., "CorpusResult"]
"""What a worker does with one path (and the per-file ``extra`` arguments given to
:meth:`WorkerPool.submit`): a picklable callable that never raises for a bad file."""

_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_GRACE = 0.5  # seconds a terminated worker gets before it is killed
_SETUP = 300.0  # seconds a fresh worker may take to load the knowledge base, beyond the timeout

# The parent's ends of every worker pipe in this process: a forked worker closes its copies,
# so that a parent's death reaches each worker as an end of file, not a pipe a sibling holds.
_PARENT_ENDS: set[Connection] = set()
# Pools with live workers: ended at interpreter exit, before multiprocessing's own exit
# handler would wait for their (non-daemonic) workers, which wait for work.
_POOLS: weakref.WeakSet[WorkerPool] = weakref.WeakSet()


@atexit.register
def _end_pools() -> None:
    for pool in list(_POOLS):
        pool.close(abort=True)


@dataclass(frozen=True, slots=True)
class CorpusResult:
    """The outcome for one input path: a document, or the error that made the file unusable.

    Exactly one of ``document`` and ``error`` is set. ``size`` is the file's
    size in bytes (0 when it could not be read), for throughput figures.
    """

    path: str
    document: Document | None
    error: CtdocsError | None
    size: int = 0

    @property
    def ok(self) -> bool:
        """True when the file was parsed."""
        return self.error is None


def file_size(path: str) -> int:
    """The size of ``path`` in bytes, 0 when it cannot be read or is not a regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


@dataclass(slots=True, eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    task: tuple[int, str] | None = None
    deadline: float = math.inf
    started: float = field(default_factory=time.monotonic)


class WorkerPool:
    """``size`` worker processes running ``job`` on one path at a time.

    :meth:`submit` gives an idle worker a path (starting a fresh worker when
    needed), :meth:`collect` waits for at least one outcome, and
    :meth:`close` ends every worker (``abort=True``: at once). ``setup`` runs in
    each worker before its first file (a failure is reported on every file it
    is given); ``prewarm`` runs once in this process before the first
    replacement worker is forked, so replacements start warm.
    """

    def __init__(
        self,
        size: int,
        job: Job,
        *,
        setup: Callable[[], None],
        timeout: float | None,
        mp_context: str | None = None,
        prewarm: Callable[[], None] | None = None,
    ) -> None:
        self._ctx: BaseContext = multiprocessing.get_context(mp_context)
        self._job = job
        self._setup = setup
        self._timeout = timeout
        self._pdeathsig = threading.current_thread() is threading.main_thread()
        self._slots: list[_Worker | None] = [None] * size
        self._prewarm = prewarm
        self._starts = 0
        self._warm = False

    def idle(self) -> int:
        """How many more paths :meth:`submit` can take now."""
        return sum(1 for w in self._slots if w is None or w.task is None)

    def busy(self) -> int:
        return sum(1 for w in self._slots if w is not None and w.task is not None)

    def submit(self, index: int, path: str, extra: tuple[Any, ...] = ()) -> None:
        """Give ``path`` (the ``index``-th of the run) to an idle worker: ``job(path, *extra)``.

        ``extra`` carries per-file arguments (picklable), for jobs that take more than a path.
        """
        for k, w in enumerate(self._slots):
            if w is not None and w.task is not None:
                continue
            if w is None or not w.process.is_alive():
                if w is not None:
                    self._retire(w)
                w = self._start(k)
            try:
                w.conn.send((index, path, extra))
            except OSError:  # it died just now: a fresh worker takes the file
                self._retire(w)
                w = self._start(k)
                w.conn.send((index, path, extra))
            w.task = (index, path)
            # until the worker says it has started the file (after its set-up, which loads
            # the knowledge base), it has the set-up allowance on top of the timeout
            w.deadline = time.monotonic() + self._timeout + _SETUP if self._timeout else math.inf
            return
        raise RuntimeError("WorkerPool.submit() with no idle worker")  # a bug in the caller

    def collect(self) -> list[tuple[int, CorpusResult]]:
        """Wait for at least one busy worker's outcome: a result, a death or a timeout."""
        busy = [w for w in self._slots if w is not None and w.task is not None]
        if not busy:
            return []
        nearest = min(w.deadline for w in busy)
        wait_for = None if nearest == math.inf else max(0.0, nearest - time.monotonic())
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for))
        out: list[tuple[int, CorpusResult]] = []
        now = time.monotonic()
        for w in busy:
            if w.conn in ready or w.process.sentinel in ready:
                got = self._receive(w)
                if got is not None:
                    out.append(got)
            elif now >= w.deadline:
                out.append(self._expire(w))
        return out

    def close(self, *, abort: bool = False) -> None:
        """End every worker: asked to stop (``abort``: terminated), then killed after a grace.

        Safe to call twice, and after an interrupted first call: a worker leaves
        the pool only once it is ended.
        """
        _POOLS.discard(self)
        live = [w for w in self._slots if w is not None]
        for w in live:
            with contextlib.suppress(OSError, ValueError):
                if abort or w.task is not None:
                    w.process.terminate()
                else:
                    w.conn.send(None)
        end = time.monotonic() + (_GRACE if abort else 2.0)
        for w in live:
            with contextlib.suppress(ValueError):
                w.process.join(max(0.0, end - time.monotonic()))
            self._retire(w)

    # -- one worker ---------------------------------------------------------------------------

    def _start(self, slot: int) -> _Worker:
        self._starts += 1
        if self._starts > len(self._slots) and self._prewarm is not None and not self._warm:
            # a replacement: fill this process's caches once, so that every later forked
            # worker starts with them instead of loading them again after each crash
            self._warm = True
            if self._ctx.get_start_method() == "fork":
                with contextlib.suppress(Exception):  # a failure is the workers' to report
                    self._prewarm()
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child, self._job, self._setup, os.getpid(), self._pdeathsig),
            name="ctdocs-worker",
        )
        # signals held: an interrupt must not fall between the start and the bookkeeping
        # (a worker the pool does not know of would outlive the run)
        with _signals_held(), _children_allowed():
            process.start()
            worker = self._slots[slot] = _Worker(process, parent)
            _PARENT_ENDS.add(parent)
            _POOLS.add(self)
        child.close()
        return worker

    def _receive(self, w: _Worker) -> tuple[int, CorpusResult] | None:
        """Read what ``w`` sent: its start (the clock starts then, after its set-up), its
        result, or nothing because it died (then the file it held is reported lost)."""
        assert w.task is not None
        index, path = w.task
        try:
            while w.conn.poll():
                message = w.conn.recv()
                if message == ("start", index):
                    w.deadline = time.monotonic() + self._timeout if self._timeout else math.inf
                elif message[0] == "done" and message[1] == index:
                    w.task, w.deadline = None, math.inf
                    return index, message[2]
        except (EOFError, OSError):  # its end of the pipe is gone: it is dead or dying
            w.process.join(1.0)
        else:
            if w.process.is_alive():
                return None
        w.process.join(1.0)
        text = _crash_message(path, w.process.exitcode)
        self._retire(w)
        return index, _failed(path, WorkerCrashedError(text))

    def _expire(self, w: _Worker) -> tuple[int, CorpusResult]:
        assert w.task is not None
        index, path = w.task
        w.process.kill()
        w.process.join(1.0)
        self._retire(w)
        message = (
            f"{path}: parsing took longer than the per-file timeout of {self._timeout:g} s; "
            "its worker was stopped and the file skipped (raise the limit with timeout=... "
            "or ctdocs parse --timeout SECONDS)"
        )
        return index, _failed(path, WorkerTimeoutError(message))

    def _retire(self, w: _Worker) -> None:
        """End ``w`` for good (killed if still alive), then take it out of the pool."""
        with contextlib.suppress(ValueError):
            if w.process.exitcode is None:
                w.process.kill()
                w.process.join()
            w.process.close()
        _PARENT_ENDS.discard(w.conn)
        w.conn.close()
        if w in self._slots:
            self._slots[self._slots.index(w)] = None


def _failed(path: str, error: CtdocsError) -> CorpusResult:
    return CorpusResult(path, None, error, file_size(path))


def _crash_message(path: str, exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        how = f"was killed by {name}"
        if -exitcode == signal.SIGKILL:
            how += " (the out-of-memory killer sends it, among others)"
        elif -exitcode in (signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT):
            how += " (a crash in C code)"
    elif exitcode is not None:
        how = f"exited with status {exitcode}"
    else:
        how = "stopped answering"
    return (
        f"{path}: the worker process parsing this file {how}; the file was skipped and "
        "the run goes on with a fresh worker"
    )


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Block SIGINT and SIGTERM while a worker starts: a forked child must not run the
    parent's handlers before it has set its own (it unblocks them itself)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def _children_allowed() -> Iterator[None]:
    """Let a daemonic process (a dask worker) start workers.

    multiprocessing refuses children to daemonic processes because a daemon is
    killed without the chance to end them; these workers end themselves when
    their parent dies (end of file on their pipe, ``PR_SET_PDEATHSIG``), so the
    reason for the refusal does not hold here.
    """
    config: dict[str, Any] = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    daemon = config.pop("daemon", None)
    try:
        yield
    finally:
        if daemon is not None:
            config["daemon"] = daemon


def _worker_main(
    conn: Connection,
    job: Job,
    setup: Callable[[], None],
    parent_pid: int,
    pdeathsig: bool,
) -> None:
    """A worker's life: set up once, then one path in, one result out, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    for end in list(_PARENT_ENDS):  # copies inherited through fork
        with contextlib.suppress(OSError):
            end.close()
    _PARENT_ENDS.clear()
    if pdeathsig:
        _die_with_parent()
    if os.getppid() != parent_pid:
        return  # the parent is already gone
    failure = _set_up(setup)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, path, extra = message
        try:
            conn.send(("start", index))  # the parent's clock for this file starts now
        except OSError:
            return
        result = (
            job(path, *extra)
            if failure is None
            else _failed(
                path, type(failure)(f"{path}: not parsed, the worker could not start: {failure}")
            )
        )
        try:
            conn.send(("done", index, result))
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result that does not pickle: a bug, reported as one
            error = CtdocsError(
                f"{path}: the result could not be sent back ({exc!r}); "
                "this is a bug in ctdocs, please report it with the file"
            )
            conn.send(("done", index, _failed(path, error)))


def _set_up(setup: Callable[[], None]) -> CtdocsError | None:
    try:
        setup()
    except CtdocsError as exc:
        return exc
    except Exception as exc:
        return CtdocsError(
            f"ctdocs failed to load ({type(exc).__name__}: {exc}); "
            "this is a bug in ctdocs, please report it"
        )
    return None


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
