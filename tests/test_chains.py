"""The order-keeping chains shared by align and diff (ctdocs.views._chains), checked against
brute force on small random inputs, and the diff of many look-alike paragraphs in
bounded time (it was quartic: 200 paragraphs took 85 s)."""

from __future__ import annotations

import itertools
import random

import pytest

from ctdocs import diff_versions, parse_text
from ctdocs.views._chains import heaviest_chain, longest_chain, monotone_path

Pair = tuple[int, int]


def _increasing(chain: list[Pair]) -> bool:
    return all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chain))


def _brute_best(cands: list[Pair], weights: list[float]) -> float:
    """The largest weight of any increasing chain, by trying every subset."""
    best = 0.0
    for r in range(1, len(cands) + 1):
        for combo in itertools.combinations(range(len(cands)), r):
            chain = [cands[k] for k in combo]
            if _increasing(chain):
                best = max(best, sum(weights[k] for k in combo))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_heaviest_chain_is_increasing_and_heaviest(seed: int) -> None:
    rnd = random.Random(seed)
    cands = sorted({(rnd.randrange(6), rnd.randrange(6)) for _ in range(rnd.randint(1, 10))})
    weights = [rnd.choice([0.9, 0.95, 1.0, 1.1]) for _ in cands]
    chain = heaviest_chain(cands, weights)
    assert _increasing(chain)
    got = sum(weights[cands.index(p)] for p in chain)
    assert got == pytest.approx(_brute_best(cands, weights))


def test_heaviest_chain_prefers_weight_over_length() -> None:
    # (0, 2) alone weighs 5; (0, 0) then (1, 1) weigh 2: the heavier, shorter chain wins.
    assert heaviest_chain([(0, 0), (0, 2), (1, 1)], [1.0, 5.0, 1.0]) == [(0, 2)]
    # equal weights: the chain ending first in (i, j) order is kept
    assert heaviest_chain([(0, 1), (1, 0)], [1.0, 1.0]) == [(0, 1)]
    assert heaviest_chain([], []) == []


@pytest.mark.parametrize(
    ("cands", "expected"),
    [
        ([(0, 0), (1, 1), (2, 2)], [(0, 0), (1, 1), (2, 2)]),
        ([(0, 2), (1, 0), (2, 1)], [(1, 0), (2, 1)]),  # the crossing first pair is dropped
        # strictly increasing in j too; of two equal ends the later one is kept
        ([(0, 1), (1, 1), (2, 2)], [(1, 1), (2, 2)]),
        ([], []),
    ],
)
def test_longest_chain(cands: list[Pair], expected: list[Pair]) -> None:
    assert longest_chain(cands) == expected


def test_monotone_path_takes_the_pairs_of_largest_gain_in_order() -> None:
    # pairing 0-1 (gain 1) crosses 1-0 (gain 0.5): only one can be kept, the larger
    path = monotone_path(range(2), range(2), {(0, 1): 1.0, (1, 0): 0.5})
    # in reading order: b's block 0 alone, the pair, a's block 1 alone
    assert path == [(None, 0), (0, 1), (1, None)]


def _plan(n: int, lang: str, insert_at: int | None) -> str:
    """``n`` numbered paragraphs that differ by one word, as action plans repeat themselves."""
    topics = ["training", "borders", "finance", "aviation", "prisons", "internet", "victims"]
    fr_topics = ["formation", "frontières", "finances", "aviation", "prisons", "internet"]
    fr_topics.append("victimes")
    paras = [
        f"The Allies will strengthen their cooperation on {topics[i % 7]} and report "
        f"on progress to the Council at its meeting number {i % 5}."
        if lang == "en"
        else f"Les Alliés renforceront leur coopération en matière de {fr_topics[i % 7]} et "
        f"rendront compte au Conseil lors de sa réunion numéro {i % 5}."
        for i in range(n)
    ]
    if insert_at is not None:
        new = paras[0].replace("Allies", "Partners").replace("Alliés", "Partenaires")
        paras.insert(insert_at, new)
    return "\n\n".join(f"{k + 1}. {p}" for k, p in enumerate(paras)) + "\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_diff_of_400_look_alike_paragraphs_is_bounded_by_work(lang: str) -> None:
    """Bounded by work, not by a clock: the quartic alignment took 85 s on 200 paragraphs
    and would take some twenty minutes on these 400, the chains take well under a second;
    speed itself is measured in benchmarks, not asserted here."""
    old = parse_text(_plan(400, lang, None), lang)  # type: ignore[arg-type]
    new = parse_text(_plan(400, lang, 200), lang)  # type: ignore[arg-type]
    assert len(old.blocks()) == 400 and len(new.blocks()) == 401
    result = diff_versions(old, new)
    counts = result.counts()
    # one paragraph inserted in the middle, nothing taken out: the first 200 stay as they
    # were, every new block is accounted for (look-alikes may pair by number and count as
    # changed: the diff is then verbose, never wrong about what was lost)
    assert counts["removed"] == 0
    assert counts["unchanged"] >= 200
    assert sum(counts.values()) == 401
