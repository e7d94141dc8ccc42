"""ctdocs on a dask cluster: a corpus spread over many machines' processes.

Two ways in, for the two dask styles:

* :func:`parse_bag` — a ``dask.bag.Bag`` of :class:`~ctdocs.CorpusResult`, one per
  path, in input order; compose it with the rest of a bag pipeline, then
  ``.compute()`` (or ``.map(...)``, ``.filter(...)`` first).
* :func:`submit_corpus` — one ``distributed`` future per path on a ``Client``,
  for results as they complete (``distributed.as_completed``).

Why a worker-level cache: loading the knowledge base and compiling every
pattern costs far more than parsing one short document, so each worker
process does it once (:func:`worker_setup`, cached for the life of the
process), never once per document or per task. :func:`worker_loads` tells how
often that happened in the calling process; the tests ask every worker.

Errors are values, as with :func:`ctdocs.parse_corpus`: a bad file gives a
result whose ``error`` is set; it never fails the task or the graph. Each task
parses its files in a child process of the dask worker (forked from it, so
the loaded knowledge base comes along), so a file that kills its process (the
out-of-memory killer, a crash in C code) or runs past ``timeout`` is one
:class:`~ctdocs.WorkerCrashedError` or :class:`~ctdocs.WorkerTimeoutError`
result, not a lost worker, a retried task or a failed compute. The paths
must be readable by the workers (a shared file system when the cluster spans
machines). Needs the ``dask`` extra: ``pip install 'ctdocs[dask]'``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from ._corpus import DEFAULT_TIMEOUT, CorpusResult, parse_corpus, warm_up
from ._errors import InputError, MissingExtraError

if TYPE_CHECKING:
    import dask.bag

__all__ = ["parse_bag", "submit_corpus", "worker_loads", "worker_setup"]

Language = Literal["fr", "en"]
PathLike = str | os.PathLike[str]

_loads = 0


def _require(module: str) -> Any:
    """Import a dask module, or say which extra brings it in."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"ctdocs.dask needs {module!r}, which is not installed ({exc}); "
            "install the extra: pip install 'ctdocs[dask]'"
        ) from None


@cache
def worker_setup() -> None:
    """Load the knowledge base and compile the pipeline in this process, once.

    Every task calls it first; the cache makes every call after the first free.
    """
    global _loads
    warm_up()
    _loads += 1


def worker_loads() -> int:
    """How many times this process loaded the knowledge base and pipeline for ctdocs.dask."""
    return _loads


# fork where it is safe: the child starts with this worker's loaded knowledge base
_START = "fork" if sys.platform.startswith("linux") else None


def _parse_partition(
    paths: Iterable[str],
    language: Language | None,
    ner: bool,
    max_bytes: int | None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> list[CorpusResult]:
    worker_setup()
    return list(parse_corpus(
        list(paths), language=language, ner=ner, max_bytes=max_bytes, timeout=timeout,
        isolate=True, mp_context=_START,
    ))


def _parse_path(
    path: str,
    language: Language | None,
    ner: bool,
    max_bytes: int | None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> CorpusResult:
    return _parse_partition([path], language, ner, max_bytes, timeout)[0]


def _paths(paths: Iterable[PathLike], caller: str) -> list[str]:
    if isinstance(paths, str | bytes | os.PathLike):
        raise InputError(
            f"{caller}() takes an iterable of paths, not one path ({paths!r}); wrap it in a list"
        )
    return [os.fspath(p) for p in paths]


def parse_bag(
    paths: Iterable[PathLike],
    npartitions: int | None = None,
    *,
    language: Language | None = None,
    ner: bool = False,
    max_bytes: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> dask.bag.Bag:
    """A bag of :class:`~ctdocs.CorpusResult`, one per path, in input order.

    ``npartitions`` defaults to dask's choice for the number of paths (about
    100 partitions at most). Nothing is parsed until the bag is computed.
    ``timeout`` is the per-file limit in seconds (``None``: none), as in
    :func:`ctdocs.parse_corpus`.
    """
    bag_module = _require("dask.bag")
    items = _paths(paths, "parse_bag")
    if npartitions is not None and npartitions < 1:
        raise InputError(f"parse_bag(): npartitions must be >= 1, not {npartitions!r}")
    bag: dask.bag.Bag = bag_module.from_sequence(items or [], npartitions=npartitions or None)
    if not items:
        return bag
    parsed: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _parse_partition, language, ner, max_bytes, timeout
    )
    return parsed


def submit_corpus(
    client: Any,
    paths: Iterable[PathLike],
    *,
    language: Language | None = None,
    ner: bool = False,
    max_bytes: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> list[Any]:
    """One ``distributed.Future`` per path, each resolving to a :class:`~ctdocs.CorpusResult`.

    ``client`` is a ``distributed.Client``. The futures are in input order;
    gather them (``client.gather(futures)``) or take them as they complete
    (``distributed.as_completed(futures)``).
    """
    _require("distributed")
    items = _paths(paths, "submit_corpus")
    if not items:
        return []
    futures: list[Any] = client.map(
        _parse_path, items, language=language, ner=ner, max_bytes=max_bytes, timeout=timeout,
        pure=False,
    )
    return futures
