"""Properties every parsed document has: nothing lost, spans exact, round trip, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import Document, parse_document
from ctdocs.models import Clause

from .conftest import SEEDS, TEXTS, parsed

ALL = SEEDS + TEXTS


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_every_non_blank_character_in_exactly_one_block_or_noise(path: Path) -> None:
    doc = parsed(path)
    owner = [0] * len(doc.text)
    for item in [*doc.blocks(), *doc.noise]:
        for k in range(item.start, item.end):
            owner[k] += 1
    bad = [k for k, ch in enumerate(doc.text) if not ch.isspace() and owner[k] != 1]
    assert not bad, [doc.text[max(0, k - 20) : k + 20] for k in bad[:3]]


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_mention_spans_slice_to_their_text(path: Path) -> None:
    doc = parsed(path)
    for a in doc.actors:
        for m in a.mentions:
            assert doc.text[m.start : m.end] == m.text
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
    for n in doc.noise:
        assert doc.text[n.start : n.end] == n.text


PLAIN = [p for p in ALL if p.suffix != ".html"]  # HTML has its own test below


@pytest.mark.parametrize("path", PLAIN, ids=[p.name for p in PLAIN])
def test_offsets_map_back_to_the_input_words(path: Path) -> None:
    doc = parsed(path)
    raw = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    raw_crlf = path.read_bytes().decode("utf-8-sig")
    source = raw_crlf if "\r\n" in raw_crlf else raw
    for b in doc.blocks():
        word = doc.text[b.start : b.end].split(" ")[0]
        at = doc.input_offset(b.start)
        assert source[at : at + len(word)] == word, (b.id, word)


def test_html_offsets_point_into_the_html() -> None:
    html = Path(__file__).parent / "texts" / "en_osce_decision.html"
    doc = parse_document(html)
    source = html.read_text(encoding="utf-8")
    numbered = [c for c in doc.clauses() if c.label[:1].isdigit()]
    assert numbered
    for c in numbered:
        at = doc.input_offset(c.start)
        assert source[at : at + len(c.label)] == c.label, c.number


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_json_round_trip_is_identity(path: Path) -> None:
    doc = parsed(path)
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


@pytest.mark.parametrize("path", SEEDS[:2], ids=[p.name for p in SEEDS[:2]])
def test_output_is_deterministic(path: Path) -> None:
    assert parse_document(path).model_dump_json() == parse_document(path).model_dump_json()


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_tree_links_are_consistent(path: Path) -> None:
    doc = parsed(path)
    ids = {b.id for b in doc.blocks()}
    for c in doc.clauses():
        for child in c.children:
            assert child in ids
            assert doc.block(child).parent == c.id
        if c.parent is not None:
            parent = doc.block(c.parent)
            assert isinstance(parent, Clause) and c.id in parent.children
            assert parent.number == c.parent_number
        assert c.extent_end >= c.end
