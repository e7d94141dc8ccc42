"""ctdocs.dask on a local two-process cluster: parse_document's documents, one load per worker."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import distributed  # a test dependency (ctdocs[test] brings ctdocs[dask]): fail, never skip
import pytest

import ctdocs
import ctdocs.dask as cdask
from ctdocs import CorpusResult, CtdocsError, MissingExtraError, parse_document

from .conftest import SEEDS, TEXTS

EN = [p for p in TEXTS if p.name.startswith("en_") and p.suffix == ".txt"][:2]
CORPUS = [SEEDS[3], EN[0], SEEDS[4], EN[1], SEEDS[0], SEEDS[3]]


def _worker_state() -> tuple[int, int]:
    """(ctdocs.dask loads, knowledge-base file loads) in the worker process that runs it."""
    from ctdocs._knowledge import load_actors

    return cdask.worker_loads(), load_actors.cache_info().misses


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
        worker_dashboard_address=None,
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture(scope="module")
def sequential() -> list[ctdocs.Document]:
    return [parse_document(p) for p in CORPUS]


def test_bag_gives_the_sequential_documents_in_order(
    client: distributed.Client, sequential: list[ctdocs.Document], tmp_path: Path
) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("  ", encoding="utf-8")
    paths = [*CORPUS[:3], bad, *CORPUS[3:]]
    results = cdask.parse_bag(paths, npartitions=4).compute(scheduler=client)
    assert all(isinstance(r, CorpusResult) for r in results)
    assert [r.path for r in results] == [str(p) for p in paths]
    assert not results[3].ok and isinstance(results[3].error, ctdocs.EmptyDocumentError)
    docs = [r.document for k, r in enumerate(results) if k != 3]
    assert docs == sequential
    assert {d.language for d in docs if d} == {"fr", "en"}


def test_futures_give_the_sequential_documents(
    client: distributed.Client, sequential: list[ctdocs.Document]
) -> None:
    futures = cdask.submit_corpus(client, CORPUS)
    assert len(futures) == len(CORPUS)
    results = client.gather(futures)
    assert [r.document for r in results] == sequential


def test_each_worker_loads_the_knowledge_base_once(client: distributed.Client) -> None:
    # enough tasks that both workers parse several documents each
    cdask.parse_bag(CORPUS * 4, npartitions=12).compute(scheduler=client)
    client.gather(cdask.submit_corpus(client, CORPUS * 2))
    state = client.run(_worker_state)
    assert len(state) == 2
    for loads, kb_loads in state.values():
        assert loads == 1  # the worker cache was filled once ...
        assert kb_loads == 1  # ... and the actors file was read once, not per document
    # 2 workers x 1 load, while 36 documents were parsed
    assert sum(loads for loads, _ in state.values()) == 2


def test_one_path_is_a_clear_error() -> None:
    with pytest.raises(CtdocsError, match="iterable of paths"):
        cdask.parse_bag(str(SEEDS[0]))


def test_empty_input_is_an_empty_bag() -> None:
    assert cdask.parse_bag([]).compute(scheduler="sync") == []


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # import dask.bag now fails
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"ctdocs\[dask\]"):
        cdask.parse_bag(SEEDS)
    with pytest.raises(MissingExtraError, match=r"ctdocs\[dask\]"):
        cdask.submit_corpus(object(), SEEDS)
