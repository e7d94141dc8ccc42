"""Clause structure and noise on the five seed texts, gated on the project's copy of gold.

Clause numbers (F1 = 1.0), titles, sections and first words (accuracy = 1.0)
and no gold noise line inside any block — the same rules as the seed scorer.
"""

from __future__ import annotations

from pathlib import Path

from ._compare import first_words, norm, norm_title
from .conftest import gold, parsed


def test_clause_numbers_exact(seed: Path) -> None:
    g = gold(seed)
    assert [c.number for c in parsed(seed).clauses()] == [c["number"] for c in g["clauses"]]


def test_titles_sections_first_words(seed: Path) -> None:
    g = {c["number"]: c for c in gold(seed)["clauses"]}
    for c in parsed(seed).clauses():
        want = g[c.number]
        assert norm_title(c.title) == norm_title(want["title"]), c.number
        assert norm_title(c.section) == norm_title(want["section"]), c.number
        if want["starts_with"]:
            assert first_words(c.text, 5) == first_words(want["starts_with"], 5), c.number


def test_document_title(seed: Path) -> None:
    assert norm_title(parsed(seed).title) == norm_title(gold(seed)["title"])


def test_no_noise_leaks_into_blocks(seed: Path) -> None:
    doc = parsed(seed)
    body = norm(" ".join(b.text for b in doc.blocks()))
    noise = " ".join(norm(n.text) for n in doc.noise)
    for line in gold(seed)["noise"]:
        key = norm(line)
        assert key not in body, line
        assert key in noise, line


def test_language_is_french(seed: Path) -> None:
    assert parsed(seed).language == gold(seed)["lang"]
