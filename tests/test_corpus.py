"""parse_corpus: input order, parse_document's documents, bad files skipped, bounded window."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import ctdocs
from ctdocs import CorpusResult, CtdocsError, InputError, parse_corpus, parse_document
from ctdocs.views._corpus import in_flight_limit

from .conftest import SEEDS, TEXTS

# French seeds and the hand-written English and French texts, in a mixed order.
FR_EN = [p for p in TEXTS if p.name.startswith("en_")][:2] + [
    p for p in TEXTS if p.name.startswith("fr_")
][:2]
CORPUS = [SEEDS[3], FR_EN[0], SEEDS[0], FR_EN[2], SEEDS[4], FR_EN[1], FR_EN[3]]


@pytest.fixture(scope="module")
def sequential() -> dict[Path, ctdocs.Document]:
    return {p: parse_document(p) for p in CORPUS}


@pytest.mark.parametrize("n_process", [1, 2])
def test_results_in_input_order_and_equal_to_parse_document(
    n_process: int, sequential: dict[Path, ctdocs.Document]
) -> None:
    results = list(parse_corpus(CORPUS, n_process=n_process, chunk_size=1))
    assert [r.path for r in results] == [str(p) for p in CORPUS]
    assert all(r.ok and r.error is None for r in results)
    for r, p in zip(results, CORPUS, strict=True):
        assert r.document == sequential[p], p.name
        assert r.size == p.stat().st_size
    # both languages really went through (the rows are not all French)
    assert {r.document.language for r in results if r.document} == {"fr", "en"}


def test_two_processes_give_the_same_json_as_one() -> None:
    one = [r.document.model_dump_json() for r in parse_corpus(CORPUS) if r.document]
    two = [r.document.model_dump_json() for r in parse_corpus(CORPUS, n_process=2) if r.document]
    assert len(one) == len(CORPUS) and one == two


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_files_are_reported_and_skipped(tmp_path: Path, n_process: int) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    paths = [SEEDS[3], empty, FR_EN[0], missing, binary, SEEDS[4]]
    results = list(parse_corpus(paths, n_process=n_process, chunk_size=1))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert [r.ok for r in results] == [True, False, True, False, False, True]
    for r in results:
        if r.ok:
            assert r.document is not None and r.error is None
        else:
            assert r.document is None and isinstance(r.error, CtdocsError)
            assert r.path in str(r.error)  # the message names the file
    assert isinstance(results[1].error, ctdocs.EmptyDocumentError)
    assert isinstance(results[3].error, ctdocs.InputNotFoundError)
    assert isinstance(results[4].error, ctdocs.UnsupportedInputError)
    assert results[3].size == 0 and results[1].size == 4


def test_an_unexpected_failure_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: object, *args: object, **kwargs: object) -> ctdocs.Document:
        if str(path).endswith(SEEDS[0].name):
            raise IndexError("list index out of range")
        return parse_document(path)

    monkeypatch.setattr("ctdocs.views._corpus.parse_document", broken)
    results = list(parse_corpus([SEEDS[0], SEEDS[3]]))
    assert results[1].ok and not results[0].ok
    message = str(results[0].error)
    assert isinstance(results[0].error, CtdocsError)
    assert SEEDS[0].name in message and "IndexError" in message and "bug" in message


def _counting(paths: list[Path], seen: list[int]) -> Iterator[Path]:
    """A long stream of paths (finite, so an eager reader fails rather than hangs)
    that records how many were taken."""
    for p in itertools.islice(itertools.cycle(paths), 60):
        seen[0] += 1
        yield p


@pytest.mark.parametrize(
    ("n_process", "chunk_size", "window"), [(1, 2, None), (2, 1, 2), (2, 2, 1)]
)
def test_the_input_is_read_lazily_within_the_window(
    n_process: int, chunk_size: int, window: int | None
) -> None:
    seen = [0]
    limit = in_flight_limit(n_process, chunk_size, window)
    paths = _counting([SEEDS[3], SEEDS[4]], seen)
    stream = parse_corpus(paths, n_process=n_process, chunk_size=chunk_size, window=window)
    taken = 0
    for result in itertools.islice(stream, 7):
        if taken == 0:  # the window is filled before the first result is handed over
            assert seen[0] == limit
        # paths read but not handed over never exceed the window
        assert seen[0] - taken <= limit, (seen[0], taken, limit)
        assert result.ok
        taken += 1
    stream.close()  # type: ignore[attr-defined]
    assert taken == 7
    assert seen[0] <= 7 + limit  # a long input, and the run stopped with the consumer


def test_in_flight_limit_follows_the_arguments() -> None:
    assert in_flight_limit(1) == 1
    assert in_flight_limit(2) == 8  # default window 2 x n_process chunks of 2
    assert in_flight_limit(3, chunk_size=1, window=5) == 5


@pytest.mark.parametrize(
    "kwargs",
    [{"n_process": 0}, {"n_process": -1}, {"n_process": 1.5}, {"chunk_size": 0}, {"window": 0}],
)
def test_bad_arguments_raise_at_once(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        parse_corpus(SEEDS, **kwargs)  # type: ignore[arg-type]


def test_one_path_instead_of_many_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="iterable of paths"):
        parse_corpus(str(SEEDS[0]))


def test_result_is_a_frozen_value() -> None:
    r = next(iter(parse_corpus([SEEDS[3]])))
    assert isinstance(r, CorpusResult)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.path = "x"  # type: ignore[misc]
