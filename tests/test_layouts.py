"""Full clause trees on hand-written texts in NATO, UN and EU layouts (tests/texts/).

Each ``NAME.expected.json`` was written by hand from its text: clause numbers,
parents, titles, sections and first words, the noise lines, and the lines
that must not become clauses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ._compare import first_words, norm, norm_title
from .conftest import parsed

TEXTS = Path(__file__).parent / "texts"
CASES = sorted(
    p for p in TEXTS.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"
)


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_clause_tree(path: Path) -> None:
    exp = _expected(path)
    doc = parsed(path)
    assert doc.language == exp["language"]
    got = [
        (
            c.number,
            c.parent_number,
            norm_title(c.title),
            norm_title(c.section),
            first_words(c.text, 8),
        )
        for c in doc.clauses()
    ]
    want = [
        (
            c["number"],
            c["parent"],
            norm_title(c["title"]),
            norm_title(c["section"]),
            first_words(c["starts_with"], 8),
        )
        for c in exp["clauses"]
    ]
    assert got == want


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_title(path: Path) -> None:
    exp = _expected(path)
    assert norm_title(parsed(path).title) == norm_title(exp["title"])


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_noise_set_aside(path: Path) -> None:
    exp = _expected(path)
    doc = parsed(path)
    body = " ".join(norm(b.text) for b in doc.blocks())
    noise = {norm(n.text) for n in doc.noise}
    for line in exp["noise"]:
        key = norm(line)
        assert key in noise or any(key in n for n in noise), f"not in noise: {line!r}"
        if len(key) >= 12:
            assert key not in body, f"noise leaked into a block: {line!r}"


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_not_clauses(path: Path) -> None:
    exp = _expected(path)
    doc = parsed(path)
    numbers = {c.number for c in doc.clauses()}
    starts = {norm(doc.text[c.start : c.end])[:40] for c in doc.clauses()}
    for item in exp.get("not_clauses", []):
        if " " not in item.strip():
            assert item.strip() not in numbers, item
        else:
            head = norm(item)
            assert not any(s.startswith(head[:40]) or head.startswith(s) for s in starts if s), item
