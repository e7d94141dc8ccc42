"""Many documents: :func:`parse_corpus` streams results in input order, on one or more processes.

Why a generator with a bounded window: a corpus can be far larger than
memory, so results are handed over one by one as they are ready, and at most
``window`` chunks of paths are being parsed (or waiting to be handed over) at
any time, however long the input is. Workers load the knowledge base and
compile every pattern once, on their first file, not once per document.

Errors are values, not exceptions: every path yields exactly one
:class:`CorpusResult`, with either a ``document`` or the ``error`` that made
the file unusable. A bad file is reported and skipped; it never stops the run.
Failures that are not :class:`CtdocsError` (a bug in ctdocs on some input)
are reported the same way, as a ``CtdocsError`` naming the file and the
original exception, so one odd file cannot end a night's run either. With
worker processes (:mod:`._runner`), a worker that dies or overruns the
per-file timeout costs exactly the file it held, reported the same way
(:class:`WorkerCrashedError`, :class:`WorkerTimeoutError`), never the run.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .._errors import CtdocsError, InputError
from .._knowledge import Knowledge, KnowledgeLike, resolve
from .._parse import parse_document, parse_text
from ._runner import CorpusResult, Job, WorkerPool, file_size

if TYPE_CHECKING:
    pass

__all__ = [
    "DEFAULT_TIMEOUT",
    "CorpusResult",
    "file_size",
    "in_flight_limit",
    "parse_corpus",
    "parse_one",
    "warm_up",
]

Language = Literal["fr", "en"]
PathLike = str | os.PathLike[str]


DEFAULT_TIMEOUT = 900.0
"""Seconds one file may take in a worker process before it is stopped (15 minutes: several
times what the longest real PDF of the test corpora needs, so only a runaway file meets it)."""


def parse_one(
    path: PathLike,
    language: Language | None = None,
    *,
    ner: bool = False,
    max_bytes: int | None = None,
    knowledge: Knowledge | None = None,
) -> CorpusResult:
    """Parse one file into a :class:`CorpusResult`; never raises for a bad file."""
    name = os.fspath(path)
    size = file_size(name)
    try:
        doc = parse_document(
            Path(name), language, max_bytes=max_bytes, ner=ner, knowledge=knowledge
        )
    except CtdocsError as exc:
        return CorpusResult(name, None, exc, size)
    except Exception as exc:  # a bug on this input: report it, keep going
        err = CtdocsError(
            f"{name}: ctdocs failed on this file ({type(exc).__name__}: {exc}); "
            "this is a bug in ctdocs, please report it with the file"
        )
        return CorpusResult(name, None, err, size)
    return CorpusResult(name, doc, None, size)


_WARM_FR = (
    "Déclaration du Conseil OTAN-Russie\n\nBruxelles, le 6 juin 2002\n\n"
    "1. Le Conseil OTAN-Russie renforce la lutte contre le terrorisme et la "
    "protection contre les armes chimiques, biologiques, radiologiques et nucléaires.\n"
)
_WARM_EN = (
    "NATO-Russia Council statement\n\nBrussels, 6 June 2002\n\n"
    "1. The NATO-Russia Council strengthens border security and the defence "
    "against improvised explosive devices.\n"
)


def warm_up(knowledge: Knowledge | None = None) -> None:
    """Load the knowledge base and compile every matcher and pattern, once per process.

    Parsing two small texts (French and English) touches every stage, so the
    caches behind them are filled before the first real document arrives.
    """
    from .._knowledge import activate
    from ..extract._domains import compile_triggers
    from ..extract._run import compile_shapes
    from ..layout._segment import compile_cues

    parse_text(_WARM_FR, "fr", knowledge=knowledge)
    parse_text(_WARM_EN, "en", knowledge=knowledge)
    compile_triggers(resolve(knowledge))  # the texts need few of them (compiled on use)
    compile_cues()  # the same for the layout's chrome and caption cues
    with activate(resolve(knowledge)):
        compile_shapes()  # the actor shapes' tables the texts do not reach


def parse_corpus(
    paths: Iterable[PathLike],
    n_process: int = 1,
    *,
    language: Language | None = None,
    ner: bool = False,
    max_bytes: int | None = None,
    chunk_size: int = 2,
    window: int | None = None,
    mp_context: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    isolate: bool | None = None,
    knowledge: KnowledgeLike | None = None,
    names: Iterable[str] | None = None,
) -> Iterator[CorpusResult]:
    """Parse many files; yield one :class:`CorpusResult` per path, in input order.

    ``n_process=1`` parses in this process; ``n_process=N`` (N > 1) uses N worker
    processes, each of which loads the knowledge base once. Results are the
    same either way, and the same as :func:`ctdocs.parse_document` on each path.

    Worker processes isolate the run from its files (module docstring): a file
    over ``timeout`` seconds (default :data:`DEFAULT_TIMEOUT`; ``None``: no
    limit; worker processes only) is a :class:`WorkerTimeoutError`.
    ``isolate=True`` gives workers to ``n_process=1`` too; by default (``None``)
    they are used exactly when ``n_process > 1``.

    ``paths`` may be any iterable, a generator included: it is read lazily, as
    the window frees up. At most ``window`` chunks of ``chunk_size`` paths are
    read and not yet handed over at once (default ``2 * n_process`` chunks of 2),
    so memory stays bounded however long the corpus is; workers take one path
    at a time. ``mp_context`` names the multiprocessing start method
    (``"fork"``, ``"spawn"``, ``"forkserver"``; default: the platform's).

    ``names`` (one per path) become the documents' ``source.name`` in place of
    the paths, the keys of :func:`ctdocs.frames` (``CorpusResult.path`` stays).

    A file that cannot be parsed yields a result whose ``error`` is set (a
    :class:`CtdocsError` naming the file and what to do); the run goes on.
    Invalid arguments raise :class:`InputError` at once, before any parsing.
    Closing the generator (or an exception in the caller, Ctrl-C included)
    ends every worker at once.

    ``knowledge`` (see :func:`ctdocs.parse_text`) is read once, now, and the
    same knowledge parses every file, in this process or in the workers.
    """
    _check_arguments(paths, n_process, chunk_size, window, timeout)
    kb = resolve(knowledge)
    job = partial(parse_one, language=language, ner=ner, max_bytes=max_bytes, knowledge=kb)
    results: Iterator[CorpusResult]
    if n_process == 1 and not isolate:
        results = (job(os.fspath(p)) for p in paths)
    else:
        limit = in_flight_limit(n_process, chunk_size, window, isolate=True)
        results = _isolated(paths, n_process, job, limit, timeout, mp_context, partial(warm_up, kb))
    return results if names is None else _renamed(results, names)


def _renamed(results: Iterator[CorpusResult], names: Iterable[str]) -> Iterator[CorpusResult]:
    """Results whose documents carry the caller's names (a cheap shallow copy each)."""
    it = iter(names)
    for r in results:
        name = next(it, None)
        if name is None:
            raise InputError("parse_corpus(): fewer names than paths; give one name per path")
        if r.document is None:
            yield r
            continue
        source = r.document.source.model_copy(update={"name": name})
        yield CorpusResult(r.path, r.document.model_copy(update={"source": source}), None, r.size)


def _check_arguments(
    paths: object, n_process: object, chunk_size: int, window: int | None, timeout: object
) -> None:
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise InputError(
            f"parse_corpus(): n_process must be a whole number >= 1, not {n_process!r}"
        )
    if chunk_size < 1:
        raise InputError(f"parse_corpus(): chunk_size must be >= 1, not {chunk_size!r}")
    if window is not None and window < 1:
        raise InputError(f"parse_corpus(): window must be >= 1, not {window!r}")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0
    ):
        raise InputError(
            f"parse_corpus(): timeout must be a number of seconds > 0 or None, not {timeout!r}"
        )
    if isinstance(paths, str | bytes | os.PathLike):
        raise InputError(
            f"parse_corpus() takes an iterable of paths, not one path ({paths!r}); "
            "wrap it in a list, or use parse_document()"
        )


def _isolated(
    paths: Iterable[PathLike],
    n_process: int,
    job: Job,
    limit: int,
    timeout: float | None,
    mp_context: str | None,
    prewarm: Callable[[], None] = warm_up,
) -> Iterator[CorpusResult]:
    """Worker processes, one path each at a time; results handed over in input order."""
    # Workers load the knowledge base on their first file (a run of unusable files never
    # needs it); a worker replacing a dead one is forked from this process once it is warm.
    pool = WorkerPool(
        n_process, job, setup=_no_setup, prewarm=prewarm, timeout=timeout, mp_context=mp_context
    )
    source = iter(paths)
    queued: deque[tuple[int, str]] = deque()  # read, not yet given to a worker
    done: dict[int, CorpusResult] = {}  # finished, waiting for their turn
    read = handed = 0
    exhausted = False
    try:
        while True:
            while not exhausted and read - handed < limit:
                path = next(source, None)
                if path is None:
                    exhausted = True
                else:
                    queued.append((read, os.fspath(path)))
                    read += 1
            while queued and pool.idle():
                pool.submit(*queued.popleft())
            while handed in done:
                yield done.pop(handed)
                handed += 1
            if exhausted and handed == read:
                break
            if handed not in done:
                done.update(pool.collect())
        pool.close()
    except BaseException:  # closed early, Ctrl-C, SIGTERM turned into an exception: stop now
        pool.close(abort=True)
        raise


def _no_setup() -> None:
    return None


def in_flight_limit(
    n_process: int, chunk_size: int = 2, window: int | None = None, *, isolate: bool = False
) -> int:
    """The most paths :func:`parse_corpus` holds at once (parsing or waiting to be yielded)."""
    if n_process == 1 and not isolate:
        return 1
    return max((window or 2 * n_process) * chunk_size, n_process)
