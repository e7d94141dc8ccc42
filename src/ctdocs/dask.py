"""ctdocs on a dask cluster: a corpus spread over many machines' processes.

Two ways in, for the two dask styles:

* :func:`parse_bag` — a ``dask.bag.Bag`` of :class:`~ctdocs.CorpusResult`, one per
  path, in input order; compose it with the rest of a bag pipeline, then
  ``.compute()`` (or ``.map(...)``, ``.filter(...)`` first).
* :func:`submit_corpus` — one ``distributed`` future per path on a ``Client``,
  for results as they complete (``distributed.as_completed``).
* :func:`export_parquet` — the corpus database of :func:`ctdocs.export` as
  Parquet parts, written by the workers themselves (one part per partition and
  table: ``DIR/clauses/part-<hash>.parquet``), so no row passes through the
  client; read them with ``read_parquet('DIR/clauses/*.parquet')``.

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
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from ._errors import InputError, MissingExtraError
from .views._corpus import DEFAULT_TIMEOUT, CorpusResult, parse_corpus, parse_one, warm_up

if TYPE_CHECKING:
    import dask.bag

__all__ = ["export_parquet", "parse_bag", "submit_corpus", "worker_loads", "worker_setup"]

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
    return list(
        parse_corpus(
            list(paths),
            language=language,
            ner=ner,
            max_bytes=max_bytes,
            timeout=timeout,
            isolate=True,
            mp_context=_START,
        )
    )


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
        _parse_path,
        items,
        language=language,
        ner=ner,
        max_bytes=max_bytes,
        timeout=timeout,
        pure=False,
    )
    return futures


def _export_partition(
    items: Iterable[tuple[str, str]], out_dir: str, language: Language | None
) -> list[tuple[str, str]]:
    """Parse a partition's files and write its rows as one Parquet part per table."""
    import hashlib

    from .views._export import arrow_tables
    from .views._frames import TABLES, Row, document_rows

    worker_setup()
    pq = _require_db("pyarrow.parquet")
    pairs = list(items)
    if not pairs:
        return []
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    failed: list[tuple[str, str]] = []
    for path, key in pairs:
        result = parse_one(path, language)
        if result.document is None:
            failed.append((key, str(result.error)))
            continue
        for name, part in document_rows(key, result.document).items():
            rows[name].extend(part)
    # The part's name comes from its keys, so a re-run overwrites it instead of adding one.
    tag = hashlib.sha256("\0".join(k for _, k in pairs).encode()).hexdigest()[:16]
    for name, table in arrow_tables(rows).items():
        folder = os.path.join(out_dir, name)
        os.makedirs(folder, exist_ok=True)
        pq.write_table(table, os.path.join(folder, f"part-{tag}.parquet"))
    return failed


def _require_db(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"ctdocs.dask.export_parquet() needs {module!r}, which is not installed; "
            "install the extras: pip install 'ctdocs[dask,db]'"
        ) from None


def export_parquet(
    inputs: PathLike | Iterable[PathLike],
    out_dir: PathLike,
    *,
    names: Sequence[str] | None = None,
    npartitions: int | None = None,
    language: Language | None = None,
    **compute: Any,
) -> list[tuple[str, str]]:
    """Parse files and directories on the cluster into Parquet parts, one folder per table.

    The tables and document keys are those of :func:`ctdocs.export` (keys:
    paths relative to the directories given, or ``names``). Each partition
    writes its own part of every table under ``out_dir`` (a directory the
    workers can write: shared storage when the cluster spans machines).
    ``compute`` goes to ``Bag.compute`` (e.g. ``scheduler="processes"``).
    Unlike :func:`ctdocs.export` there is no incremental update: a run writes
    every part. Returns (key, error) for the files that could not be parsed.
    """
    from .views._export import input_files

    bag_module = _require("dask.bag")
    _require_db("pyarrow.parquet")
    if npartitions is not None and npartitions < 1:
        raise InputError(f"export_parquet(): npartitions must be >= 1, not {npartitions!r}")
    given = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    items = [(os.fspath(p), k) for p, k in input_files(given, names)]
    os.makedirs(out_dir, exist_ok=True)
    if not items:
        return []
    bag = bag_module.from_sequence(items, npartitions=npartitions or None)
    done = bag.map_partitions(_export_partition, os.fspath(out_dir), language)
    failed: list[tuple[str, str]] = list(done.compute(**compute))
    return failed
