"""Memory in proportion to the input (issue 15, item 4): the stages that held a Python
object per line or per token (the normaliser's lines, the actor matcher's tokens).

Growth ratios, not timings: the peak of Python allocations (tracemalloc) at n and
4n lines must grow about 4 times (linear), far from 16 (quadratic), and stay
within 30 times the input. ``benchmarks/bench_linearity.py --memory`` measures
the whole parse per input class in subprocesses.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

from ctdocs._normalise import normalise
from ctdocs.extract._actors import get_matcher


def _peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        kept = run()
        peak = tracemalloc.get_traced_memory()[1] - base
        del kept
    finally:
        tracemalloc.stop()
    return peak


WORDS = [pytest.param("le\n", id="fr"), pytest.param("the\n", id="en")]


@pytest.mark.parametrize("line", WORDS)
def test_normaliser_memory_grows_with_the_text_not_with_its_lines(line: str) -> None:
    normalise("1. warm up\n", markdown=False)
    small, big = line * 2_000, line * 8_000
    p_small = _peak(lambda: normalise(small, markdown=False))
    p_big = _peak(lambda: normalise(big, markdown=False))
    assert p_big / p_small < 6  # linear: 4; quadratic: 16
    assert p_big < 30 * len(big.encode("utf-8"))


@pytest.mark.parametrize("line", WORDS)
def test_actor_matcher_memory_grows_with_the_text_not_with_its_tokens(line: str) -> None:
    matcher = get_matcher()
    matcher.find("NATO / OTAN")
    small, big = line * 5_000, line * 20_000
    p_small = _peak(lambda: matcher.find(small))
    p_big = _peak(lambda: matcher.find(big))
    assert p_big / p_small < 6
    assert p_big < 30 * len(big.encode("utf-8"))
