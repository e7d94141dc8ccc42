"""Which indexed triggers a piece's needles let in (``ctdocs.extract._domain_gates``):
a trigger iff every one of its needle sets holds a needle of the piece. French and
English side by side; expected triggers read off the hand-made key sets below.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domain_gates import gates
from ctdocs.extract._domain_index import CheckKeys, NeedleTable, needle_table, present_needles

# 1: "terror" or "secur" alone; 2: "terror" and "financ"; 3: "secur" or "surete";
# 4: "financ", "terror" and "acte" or "act" (three sets); 5: "maritim" and "port"
KEYS: CheckKeys = {
    1: ((1, ("terror", "secur")),),
    2: ((2, ("terror",)), (-1, ("financ",))),
    3: ((3, ("secur", "surete")),),
    4: ((4, ("financ",)), (-2, ("terror",)), (-3, ("acte", "act"))),
    5: ((5, ("maritim",)), (-4, ("port",))),
}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # every set of 1, 2 and 4 held
        ("le financement des actes de terrorisme", {1, 2, 4}),
        ("the financing of acts of terrorism", {1, 2, 4}),
        # no "act": 4's third set is missing
        ("le financement du terrorisme", {1, 2}),
        ("the financing of terrorism", {1, 2}),
        # "terror" without "financ": 2 and 4 stay out
        ("la menace terroriste", {1}),
        ("the terrorist threat", {1}),
        # "port" alone lets in nothing; with "maritim", 5
        ("la surete des ports", {3}),
        ("the security of ports", {1, 3}),
        ("la surete maritime des ports", {3, 5}),
        ("maritime security in ports", {1, 3, 5}),
        # none of the needles
        ("la protection civile", set()),
        ("civil protection", set()),
    ],
)
def test_a_trigger_is_let_in_iff_every_one_of_its_sets_is_held(text: str, want: set[int]) -> None:
    table = needle_table(KEYS)
    found = frozenset(present_needles(text, [(0, len(text))], table, {}))
    assert sorted(gates(KEYS, table).let_in(found)) == sorted(want)


def test_the_gates_let_in_what_a_trigger_by_trigger_test_does() -> None:
    """Every subset of the needles: the same triggers as testing each set in turn."""
    table = needle_table(KEYS)
    numbers = sorted(k for pairs in table.heads.values() for _, k in pairs)
    number = {n: k for pairs in table.heads.values() for n, k in pairs}
    gate = gates(KEYS, table)
    for bits in range(1 << len(numbers)):
        found = frozenset(n for i, n in enumerate(numbers) if bits >> i & 1)
        want = {
            pid
            for pid, keyed in KEYS.items()
            if all(any(number[n] in found for n in needles) for _, needles in keyed)
        }
        assert set(gate.let_in(found)) == want


# (text, the triggers it lets in, read off KEYS by hand)
_ASKED = [
    ("le financement des actes de terrorisme", {1, 2, 4}),
    ("the financing of acts of terrorism", {1, 2, 4}),
    ("la surete maritime des ports", {3, 5}),
    ("maritime security in ports", {1, 3, 5}),
    ("la protection civile", set()),
    ("civil protection", set()),
]


def _found(text: str, table: NeedleTable) -> frozenset[int]:
    return frozenset(present_needles(text, [(0, len(text))], table, {}))


@pytest.mark.parametrize(("text", "want"), _ASKED)
def test_the_remembered_mask_is_the_triggers_let_in(text: str, want: set[int]) -> None:
    """``kept`` (remembered by needle set, the piece plans' key) is the mask of the
    triggers read off the keys, asked once or again."""
    table = needle_table(KEYS)
    found = _found(text, table)
    gate = gates(KEYS, table)
    bits = {gate.ids[k]: 1 << k for k in range(len(gate.ids))}
    first = gate.kept(found)
    assert first == sum(bits[pid] for pid in want)
    assert gate.memo == {found: first}
    assert gate.kept(found) == first and sorted(gate.let_in(found)) == sorted(want)


def test_the_memo_is_forgotten_when_full_and_answers_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At its bound the memo is emptied, never outgrown; the answers asked again after
    (French and English rows alternately) are still the triggers read off the keys."""
    monkeypatch.setattr("ctdocs.extract._domain_gates._MEMO_MAX", 2)
    table = needle_table(KEYS)
    gate = gates(KEYS, table)
    for text, want in _ASKED * 2:
        assert sorted(gate.let_in(_found(text, table))) == sorted(want)
        assert 1 <= len(gate.memo) <= 2


# a user's knowledge on top of KEYS: one more trigger, on needles KEYS already has, so
# its needles are numbered as KEYS's and a piece holds the same needle set under both
USER_KEYS: CheckKeys = {**KEYS, 6: ((6, ("terror",)), (-5, ("port",)))}


@pytest.mark.parametrize(
    ("text", "want", "want_user"),
    [
        ("les attaques terroristes contre les ports", {1}, {1, 6}),
        ("terrorist attacks on ports", {1}, {1, 6}),
        # the negative rows: no "port", the user's trigger stays out under both
        ("la menace terroriste", {1}, {1}),
        ("the terrorist threat", {1}, {1}),
    ],
)
def test_two_knowledge_bases_each_keep_their_own_answers(
    text: str, want: set[int], want_user: set[int]
) -> None:
    """Two knowledge bases in one process, asked the same needle set in either order:
    each gives its own triggers (a memo shared between them would give the first's)."""
    table, user_table = needle_table(KEYS), needle_table(USER_KEYS)
    found = _found(text, table)
    assert _found(text, user_table) == found  # the same key under both
    for order in ((KEYS, USER_KEYS), (USER_KEYS, KEYS)):
        built = {id(keys): gates(keys, needle_table(keys)) for keys in order}
        for keys in order:
            got = set(built[id(keys)].let_in(found))
            assert got == (want_user if keys is USER_KEYS else want)


@pytest.mark.parametrize(
    ("text", "want", "remembered"),
    [
        # "financ", "terror", "acte"/"act": more needles than the bound (2), not remembered
        ("le financement des actes de terrorisme", {1, 2, 4}, False),
        ("the financing of acts of terrorism", {1, 2, 4}, False),
        # the negative rows: one needle, remembered
        ("la menace terroriste", {1}, True),
        ("the terrorist threat", {1}, True),
    ],
)
def test_a_long_pieces_needle_set_is_answered_but_not_remembered(
    monkeypatch: pytest.MonkeyPatch, text: str, want: set[int], remembered: bool
) -> None:
    """A set's bytes grow with its needles: sets above ``_SET_MAX`` are gated each time,
    so the memo's bytes stay bounded, not only its count."""
    monkeypatch.setattr("ctdocs.extract._domain_gates._SET_MAX", 2, raising=False)
    table = needle_table(KEYS)
    found = _found(text, table)
    gate = gates(KEYS, table)
    assert sorted(gate.let_in(found)) == sorted(want)
    assert (found in gate.memo) is remembered
