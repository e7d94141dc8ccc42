"""ctdocs._offsets: the one offset map every stage composes, and the span index.

Expected values are worked out by hand from the anchors: an anchor (out, in) says
that from ``out`` to the next anchor the output runs alongside the input from ``in``.
"""

from __future__ import annotations

import random

import pytest

from ctdocs import parse_text
from ctdocs._offsets import OffsetMap, Positions, Span, SpanIndex, TextWriter


def test_input_at_follows_each_stretch() -> None:
    # output "ab" + "cd": "ab" is input 0-2, "cd" input 5-7 (three characters dropped)
    m = OffsetMap([(0, 0), (2, 5)])
    assert [m.input_at(k) for k in range(5)] == [0, 1, 5, 6, 7]
    assert m.to_input((1, 4)) == Span(1, 7)
    assert OffsetMap([]).anchors == ((0, 0),)  # an empty map is the identity


def _brute(anchors: list[tuple[int, int]], length: int) -> list[int]:
    m = OffsetMap(anchors)
    return [m.input_at(k) for k in range(length)]


@pytest.mark.parametrize("seed", range(30))
def test_compose_equals_mapping_twice(seed: int) -> None:
    rnd = random.Random(seed)

    def random_map(length: int) -> list[tuple[int, int]]:
        outs = sorted({0, *rnd.sample(range(1, length), rnd.randint(0, 4))})
        ins, pos = [], 0
        for _ in outs:
            pos += rnd.randint(0, 3)
            ins.append(pos)
            pos += 5
        return list(zip(outs, ins, strict=True))

    outer, inner = random_map(20), random_map(60)
    composed = OffsetMap(outer).compose(OffsetMap(inner))
    o, i = OffsetMap(outer), OffsetMap(inner)
    assert [composed.input_at(k) for k in range(20)] == [
        i.input_at(o.input_at(k)) for k in range(20)
    ]
    # no anchor merely continues the one before it
    a = composed.anchors
    assert all(a[k][1] + (a[k + 1][0] - a[k][0]) != a[k + 1][1] for k in range(len(a) - 1))


def test_ranges_to_output_keeps_only_what_the_output_holds() -> None:
    # output 0-2 is input 0-2, output 2-4 is input 5-7; input 1-6 spans the dropped 2-5
    m = OffsetMap([(0, 0), (2, 5)])
    assert m.ranges_to_output([(1, 6)], 4) == [Span(1, 2), Span(2, 3)]
    assert m.ranges_to_output([(2, 5)], 4) == []  # only dropped characters
    assert m.ranges_to_output([(0, 3), (1, 2)], 4) == [Span(0, 2)]  # overlapping ranges merged


def test_span_index_holding_and_overlapping() -> None:
    items = ["a", "b", "c"]
    index = SpanIndex(items, [(0, 5), (10, 20), (20, 22)])
    assert [index.holding(k) for k in (0, 4, 5, 9, 10, 19, 20, 22)] == [
        0,
        0,
        None,
        None,
        1,
        1,
        2,
        None,
    ]
    assert index.last_starting_at_or_before(7) == 0 and index.last_starting_at_or_before(-1) == -1
    assert index.overlapping(4, 11) == ["a", "b"]
    assert index.overlapping(5, 10) == []


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fr", "# Plan\n\n1. Les **Alliés** renforceront leur coopération.\n", "renforceront"),
        ("en", "# Plan\n\n1. The **Allies** will strengthen their cooperation.\n", "strengthen"),
    ],
)
def test_document_offsets_lead_back_to_the_input(lang: str, text: str, word: str) -> None:
    doc = parse_text(text, lang, layout="markdown")  # type: ignore[arg-type]
    at = doc.text.index(word)
    assert "**" not in doc.text  # the markup is gone from the text, so offsets shifted
    start = doc.input_offset(at)
    assert text[start : start + len(word)] == word


def test_output_lookup_inverts_the_map_and_gives_none_for_dropped_input() -> None:
    # output 0-5 <- input 0-5; output 5-8 <- input 10-13 (input 5-10 dropped)
    to_output = OffsetMap([(0, 0), (5, 10)]).output_lookup(8)
    assert [to_output(i) for i in (0, 3, 4)] == [0, 3, 4]
    assert [to_output(i) for i in (5, 7, 9)] == [None, None, None]
    assert [to_output(i) for i in (10, 12)] == [5, 7]
    assert to_output(13) is None  # past the end of the output


def test_positions_say_where_an_offset_falls() -> None:
    stops = Positions([2, 5, 5, 9])  # two stops at 5: equal positions are kept
    assert (len(stops), stops[3]) == (4, 9)
    assert [stops.before(x) for x in (0, 2, 5, 6, 10)] == [0, 0, 1, 3, 4]
    assert [stops.through(x) for x in (0, 2, 5, 6, 10)] == [0, 1, 3, 3, 4]
    assert [stops.last_through(x) for x in (1, 2, 5, 8)] == [-1, 0, 2, 2]
    assert [stops.next_after(x) for x in (0, 2, 5, 9)] == [2, 5, 9, None]
    assert stops.within(3, 9) == Span(1, 3)  # the two 5s; 9 is the end, left out
    assert stops.within(6, 9) == Span(3, 3)  # none: an empty span where they would go
    assert stops.run_of(5) == Span(1, 3) and stops.run_of(6) == Span(3, 3)
    assert Positions([]).next_after(0) is None and Positions([]).last_through(0) == -1


def test_positions_hold_any_sorted_numbers() -> None:
    # the tops of two rows crossing a page's gutter cut it into three stretches
    tops = Positions([120.5, 480.0])
    assert [tops.before(y) for y in (80.0, 120.5, 300.0, 700.0)] == [0, 0, 1, 2]


@pytest.mark.parametrize("seed", range(20))
def test_positions_agree_with_a_scan(seed: int) -> None:
    rnd = random.Random(seed)
    values = sorted(rnd.randint(0, 30) for _ in range(rnd.randint(0, 12)))
    at = Positions(values)
    for x in range(-1, 33):
        assert at.before(x) == sum(v < x for v in values)
        assert at.through(x) == sum(v <= x for v in values)
        assert at.next_after(x) == min((v for v in values if v > x), default=None)
        lo, hi = at.within(x, x + 5)
        assert values[lo:hi] == [v for v in values if x <= v < x + 5]


@pytest.mark.parametrize(
    ("lang", "text", "word", "block_end", "next_block"),
    [
        # "Nations Unies\n" is 7 + 1 + 5 + 1 = 14 characters: the second block starts at 14
        ("fr", "Nations Unies\nConseil de sécurité\n", "Unies", 14, "Conseil"),
        # "United Nations\n" is 6 + 1 + 7 + 1 = 15 characters
        ("en", "United Nations\nSecurity Council\n", "Nations", 15, "Security"),
    ],
)
def test_positions_find_the_end_of_the_block_a_word_is_in(
    lang: str, text: str, word: str, block_end: int, next_block: str
) -> None:
    starts = Positions([0, block_end])  # the starts of the two blocks (lines)
    at = text.index(word)
    assert starts.last_through(at) == 0  # the word is in the first block ...
    assert starts.next_after(at) == block_end  # ... which ends where the next one starts
    assert text[block_end:].startswith(next_block), lang


def test_text_writer_keeps_one_anchor_per_contiguous_stretch() -> None:
    # input "Article 1 <b>Objet</b>": text written in pieces, tags skipped
    source = "Article 1 <b>Objet</b>"
    w = TextWriter()
    w.put("Article ", 0)
    w.put("1 ", 8)  # contiguous with the piece before: no new anchor
    w.put("", 99)  # nothing written: no anchor for it
    w.put("Objet", 13)  # after the <b> tag: the input jumps
    assert w.text() == "Article 1 Objet"
    assert w.anchors == [(0, 0), (10, 13)]
    m = OffsetMap(w.anchors)
    assert source[slice(*m.to_input((10, 15)))] == "Objet"
    assert source[slice(*m.to_input((0, 9)))] == "Article 1"
