"""Worker processes that may die: a dead or stuck worker costs exactly its file, never the run.

The crashes are real (SIGKILL sent by the worker to itself, a worker stuck in
a sleep): ``parse_document`` is replaced in this process before the workers
are forked, so they inherit the replacement. Linux only (fork and the
kernel's parent-death signal).
"""

from __future__ import annotations

import faulthandler
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

import ctdocs
import ctdocs.views._corpus as corpus_module
from ctdocs import (
    CtdocsError,
    InputError,
    KnowledgeBaseError,
    WorkerCrashedError,
    WorkerError,
    WorkerTimeoutError,
    parse_corpus,
)
from ctdocs._parse import parse_document
from ctdocs.views._corpus import CorpusResult
from ctdocs.views._runner import WorkerPool

from .conftest import SEEDS, TEXTS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork, PDEATHSIG")

FR = SEEDS[3]
EN = next(p for p in TEXTS if p.name.startswith("en_") and p.suffix == ".txt")
_real_parse = parse_document  # the function _corpus calls, before the fixture swaps it


def _misbehaving(path: object, *args: object, **kwargs: object) -> ctdocs.Document:
    """parse_document, except that a file named *crash* kills its process, *segv* crashes
    it with SIGSEGV, and *stuck* never ends."""
    name = Path(str(path)).name
    faulthandler.disable()  # the crash is the point: no stack dump from pytest's handler
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "segv" in name:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "stuck" in name:
        time.sleep(3600)
    return _real_parse(path, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def misbehaving(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "parse_document", _misbehaving)


_BEFORE: set[int] = set()


@pytest.fixture(autouse=True)
def _baseline() -> None:
    """Children this process had before the test (another module's helpers) are not ours."""
    _BEFORE.clear()
    _BEFORE.update(c.pid for c in psutil.Process().children(recursive=True))


def _children() -> list[psutil.Process]:
    """The live child processes the test started (workers not ended show up here)."""
    found = []
    for c in psutil.Process().children(recursive=True):
        try:
            if c.pid not in _BEFORE and c.status() != psutil.STATUS_ZOMBIE:
                found.append(c)
        except psutil.NoSuchProcess:
            pass
    return found


@pytest.mark.usefixtures("misbehaving")
def test_a_dead_worker_costs_exactly_its_file_and_the_run_goes_on() -> None:
    paths: list[str | Path] = [FR, "a_crash.txt", EN, "b_segv.txt", FR, "c_crash.txt", EN]
    results = list(parse_corpus(paths, n_process=2, chunk_size=1, mp_context="fork"))
    assert [r.path for r in results] == [str(p) for p in paths]  # input order kept
    assert [r.ok for r in results] == [True, False, True, False, True, False, True]
    for r in results[1::2]:
        assert isinstance(r.error, WorkerCrashedError) and isinstance(r.error, WorkerError)
        assert isinstance(r.error, CtdocsError) and r.document is None
        assert r.path in str(r.error) and "fresh worker" in str(r.error)
    assert "SIGKILL" in str(results[1].error) and "out-of-memory" in str(results[1].error)
    assert "SIGSEGV" in str(results[3].error) and "crash in C code" in str(results[3].error)
    assert results[2].document == _real_parse(EN)  # the others are whole
    assert _children() == []  # every worker ended with the run


@pytest.mark.usefixtures("misbehaving")
def test_a_stuck_file_times_out_and_only_it_is_lost() -> None:
    paths: list[str | Path] = [FR, "x_stuck.txt", EN]
    t0 = time.monotonic()
    results = list(parse_corpus(paths, n_process=2, timeout=1.5, mp_context="fork"))
    assert time.monotonic() - t0 < 30  # no hang (a worker's set-up is not counted in 1.5 s)
    assert [r.ok for r in results] == [True, False, True]
    error = results[1].error
    assert isinstance(error, WorkerTimeoutError) and isinstance(error, WorkerError)
    assert "x_stuck.txt" in str(error) and "1.5 s" in str(error) and "--timeout" in str(error)
    assert _children() == []


@pytest.mark.usefixtures("misbehaving")
def test_isolate_protects_a_single_process_run_too() -> None:
    results = list(parse_corpus(["crash.txt", FR], isolate=True, mp_context="fork"))
    assert isinstance(results[0].error, WorkerCrashedError) and results[1].ok


def test_closing_the_stream_early_ends_every_worker_at_once() -> None:
    stream = parse_corpus([FR, EN] * 20, n_process=2, mp_context="fork")
    first = next(stream)
    assert first.ok and len(_children()) == 2
    t0 = time.monotonic()
    stream.close()  # type: ignore[attr-defined]
    assert time.monotonic() - t0 < 2
    assert _children() == []


@pytest.mark.parametrize("timeout", [0, -1, "10", True, float("nan")])
def test_a_bad_timeout_is_refused_at_once(timeout: object) -> None:
    with pytest.raises(InputError, match="timeout"):
        parse_corpus([FR], n_process=2, timeout=timeout)  # type: ignore[arg-type]


# -- the pool on its own, with jobs that cost nothing (no knowledge base to load) --------------


def _echo(path: str) -> CorpusResult:
    return CorpusResult(path, None, None, len(path))


def _broken_setup() -> None:
    raise KnowledgeBaseError("data/models/actors.toml: entry 3 has no name")


def test_a_worker_that_cannot_start_reports_why_on_every_file_without_hanging() -> None:
    pool = WorkerPool(1, _echo, setup=_broken_setup, timeout=5, mp_context="fork")
    try:
        outcomes = []
        for k, path in enumerate(["a.txt", "b.txt"]):
            pool.submit(k, path)
            while not (got := pool.collect()):
                pass
            outcomes += got
    finally:
        pool.close()
    for (_, result), name in zip(outcomes, ["a.txt", "b.txt"], strict=True):
        assert isinstance(result.error, KnowledgeBaseError)
        assert name in str(result.error) and "actors.toml" in str(result.error)


def _nothing() -> None:
    return None


def test_a_worker_ignores_ctrl_c_and_the_pool_ends_it() -> None:
    pool = WorkerPool(1, _echo, setup=_nothing, timeout=None, mp_context="fork")
    pool.submit(0, "a.txt")
    while not (got := pool.collect()):
        pass
    assert got[0][1].size == len("a.txt")
    (worker,) = _children()
    worker.send_signal(signal.SIGINT)  # Ctrl-C reaches the whole process group
    time.sleep(0.3)
    assert worker.is_running() and worker.status() != "zombie"
    pool.close()
    assert not worker.is_running() or worker.status() == "zombie"
    assert _children() == []


_ORPHAN_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from ctdocs.views._corpus import CorpusResult
    from ctdocs.views._runner import WorkerPool

    def job(path):
        time.sleep(3600)

    pool = WorkerPool(2, job, setup=lambda: None, timeout=None, mp_context="fork")
    pool.submit(0, "a.txt")
    pool.submit(1, "b.txt")
    print("ready", flush=True)
    time.sleep(3600)
    """
)


def test_workers_die_with_their_parent_even_when_it_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "orphans.py"
    script.write_text(_ORPHAN_SCRIPT, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
        workers = psutil.Process(parent.pid).children()
        assert len(workers) == 2
        parent.kill()  # no chance to clean up: the kernel must end the workers
        parent.wait(10)
        _, alive = psutil.wait_procs(workers, timeout=5)
        assert alive == []
    finally:
        parent.kill()


# -- ctdocs.dask: the same isolation inside a task -------------------------------------------


@pytest.mark.usefixtures("misbehaving")
def test_dask_one_crashing_file_is_one_error_result_not_a_lost_compute() -> None:
    cdask = pytest.importorskip("ctdocs.dask")
    pytest.importorskip("dask.bag")
    paths = [FR, "crash.txt", EN]
    results = cdask.parse_bag(paths, npartitions=1).compute(scheduler="sync")
    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, WorkerCrashedError)
    assert results[0].document == _real_parse(FR)
