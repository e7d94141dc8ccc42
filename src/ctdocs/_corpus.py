"""Many documents: :func:`parse_corpus` streams results in input order, on one or more processes.

Why a generator with a bounded window: a corpus can be far larger than
memory, so results are handed over one by one as they are ready, and at most
``window`` chunks of paths are being parsed (or waiting to be handed over) at
any time, however long the input is. Workers load the knowledge base and
compile every pattern once, when they start, not once per document.

Errors are values, not exceptions: every path yields exactly one
:class:`CorpusResult`, with either a ``document`` or the ``error`` that made
the file unusable. A bad file is reported and skipped; it never stops the run.
Failures that are not :class:`CtdocsError` (a bug in ctdocs on some input)
are reported the same way, as a ``CtdocsError`` naming the file and the
original exception, so one odd file cannot end a night's run either.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ._errors import CtdocsError, InputError
from ._parse import parse_document, parse_text

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .models import Document

__all__ = ["CorpusResult", "in_flight_limit", "parse_corpus", "parse_one", "warm_up"]

Language = Literal["fr", "en"]
PathLike = str | os.PathLike[str]


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


def parse_one(
    path: PathLike,
    language: Language | None = None,
    *,
    ner: bool = False,
    max_bytes: int | None = None,
) -> CorpusResult:
    """Parse one file into a :class:`CorpusResult`; never raises for a bad file."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
    except OSError:
        size = 0
    try:
        doc = parse_document(Path(name), language, max_bytes=max_bytes, ner=ner)
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


def warm_up() -> None:
    """Load the knowledge base and compile every matcher and pattern, once per process.

    Parsing two small texts (French and English) touches every stage, so the
    caches behind them are filled before the first real document arrives.
    """
    parse_text(_WARM_FR, "fr")
    parse_text(_WARM_EN, "en")


def _init_worker() -> None:
    warm_up()


def _parse_chunk(
    paths: list[str], language: Language | None, ner: bool, max_bytes: int | None
) -> list[CorpusResult]:
    return [parse_one(p, language, ner=ner, max_bytes=max_bytes) for p in paths]


def _chunks(paths: Iterable[PathLike], size: int) -> Iterator[list[str]]:
    it = iter(paths)
    while chunk := [os.fspath(p) for p in islice(it, size)]:
        yield chunk


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
    names: Iterable[str] | None = None,
) -> Iterator[CorpusResult]:
    """Parse many files; yield one :class:`CorpusResult` per path, in input order.

    ``n_process=1`` parses in this process; ``n_process=N`` (N > 1) uses N worker
    processes, each of which loads the knowledge base once. Results are the
    same either way, and the same as :func:`ctdocs.parse_document` on each path.

    ``paths`` may be any iterable, a generator included: it is read lazily, as
    the window frees up. At most ``window`` chunks of ``chunk_size`` paths are
    in flight at once (default ``2 * n_process``), so memory stays bounded
    however long the corpus is. ``mp_context`` names the multiprocessing start
    method (``"fork"``, ``"spawn"``, ``"forkserver"``; default: the platform's).

    ``names`` (one per path, read alongside them) become the documents'
    ``source.name`` in place of the paths, so :func:`ctdocs.frames` keys its
    rows by them (e.g. paths relative to the corpus root) and not by paths
    that depend on where the corpus sits; ``CorpusResult.path`` stays the path.

    A file that cannot be parsed yields a result whose ``error`` is set (a
    :class:`CtdocsError` naming the file and what to do); the run goes on.
    Invalid arguments raise :class:`InputError` at once, before any parsing.
    """
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise InputError(
            f"parse_corpus(): n_process must be a whole number >= 1, not {n_process!r}"
        )
    if chunk_size < 1:
        raise InputError(f"parse_corpus(): chunk_size must be >= 1, not {chunk_size!r}")
    if window is not None and window < 1:
        raise InputError(f"parse_corpus(): window must be >= 1, not {window!r}")
    if isinstance(paths, str | bytes | os.PathLike):
        raise InputError(
            f"parse_corpus() takes an iterable of paths, not one path ({paths!r}); "
            "wrap it in a list, or use parse_document()"
        )
    if n_process == 1:
        results: Iterator[CorpusResult] = (
            parse_one(p, language, ner=ner, max_bytes=max_bytes) for p in paths
        )
    else:
        results = _parallel(
            paths, n_process, language, ner, max_bytes, chunk_size, window or 2 * n_process,
            mp_context,
        )
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


def _parallel(
    paths: Iterable[PathLike],
    n_process: int,
    language: Language | None,
    ner: bool,
    max_bytes: int | None,
    chunk_size: int,
    window: int,
    mp_context: str | None,
) -> Iterator[CorpusResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context(mp_context)
    pending: deque[Future[list[CorpusResult]]] = deque()
    chunks = _chunks(paths, chunk_size)
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=ctx, initializer=_init_worker)
    with pool:
        try:
            while True:
                # Make room before reading more paths: at most ``window`` chunks are
                # ever read and not yet handed over.
                if len(pending) >= window:
                    yield from pending.popleft().result()
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append(pool.submit(_parse_chunk, chunk, language, ner, max_bytes))
            while pending:
                yield from pending.popleft().result()
        finally:  # the caller stopped early (break, close) or an error: drop what is queued
            for fut in pending:
                fut.cancel()


def in_flight_limit(n_process: int, chunk_size: int = 2, window: int | None = None) -> int:
    """The most paths :func:`parse_corpus` holds at once (parsing or waiting to be yielded)."""
    return (window or 2 * n_process) * chunk_size if n_process > 1 else 1

