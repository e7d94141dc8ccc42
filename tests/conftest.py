"""Shared fixtures: the bundled corpus and its gold (the project's own copies)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from ctdocs import Document, parse_document

# Hypothesis: "ci" (the default) keeps the property tests to a few seconds and, derandomised,
# makes a CI run repeatable; HYPOTHESIS_PROFILE=thorough tries many more, fresh examples.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "ci", max_examples=100, deadline=None, derandomize=True, suppress_health_check=_SLOW_OK
)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=_SLOW_OK
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = Path(__file__).parent / "gold"
SEEDS = sorted(RAW.glob("*.txt"))
TEXTS = sorted(
    p for p in (Path(__file__).parent / "texts").glob("*") if p.suffix in (".txt", ".md", ".html")
)


def parsed(path: Path) -> Document:
    """``parse_document(path)``, parsed once per test session (once per worker under xdist).

    Why: the corpus gates of seven modules (clauses, titles, dates, actors, two of
    domains, noise) score the same dev and held-out texts, and the invariants, schema
    and layout tests the same seeds and texts: each file was parsed about seven times.
    Documents are frozen, so sharing one cannot leak from one test into another.
    Tests of ``parse_document`` itself (determinism, options, errors) call it.
    """
    return _parsed(path.resolve())


@cache
def _parsed(path: Path) -> Document:
    return parse_document(path)


def gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / (path.stem + ".json")).read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=SEEDS, ids=[p.stem[:3] for p in SEEDS])
def seed(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path
