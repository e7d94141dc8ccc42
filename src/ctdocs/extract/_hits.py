"""The actor hit: one mention found in the text, before it becomes a model.

Its own module because the matcher (:mod:`._actors`) and the passes that build
its forms (:mod:`._state_adjectives`) both need it: with the class here the
import runs one way, matcher -> forms -> hit.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ActorHit"]


@dataclass(frozen=True, slots=True)
class ActorHit:
    """A mention at ``text[start:end]`` of ``actor_id``, found by ``method``
    (exact | fuzzy | context) with ``score``."""

    start: int
    end: int
    actor_id: str
    method: str
    score: float
