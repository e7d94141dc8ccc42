"""The schema of ``data/models/actors_learned.toml``: body names learned from the pooled
gold (:mod:`._learned`), validated on load. A name is matched with its case, so its
surface is kept as written; its canonical name and kind are the gold's.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field

from .._knowledge import _load, _Strict, _Versioned

__all__ = ["LearnedFile", "LearnedName", "load_learned"]


class LearnedName(_Strict):
    """One surface form, as texts write it, and the actor it names."""

    surface: str = Field(min_length=2)
    canonical: str = Field(min_length=1)
    kind: Literal["organization", "organ", "state", "non-state armed group"]


class LearnedFile(_Versioned):
    """The names ``benchmarks/lobo_actors_learned.py`` kept (precision, batches and texts
    in the file's head; the fold figures in ``benchmarks/results/actors44_lobo.txt``)."""

    name: list[LearnedName] = Field(default_factory=list)


@cache
def load_learned() -> LearnedFile:
    return _load("actors_learned.toml", LearnedFile)
