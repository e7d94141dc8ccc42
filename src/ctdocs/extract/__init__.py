"""Stage 5 — extract: actors, dates and domains, as spaCy pipeline components.

The components (``ctdocs_actors``, ``ctdocs_dates``, ``ctdocs_domains``) are
registered factories, so they work in a user's own spaCy pipeline too; ctdocs
runs them on spaCy's blank ``fr``/``en`` tokenizer, which needs no statistical
model. :func:`extract` runs them on one document's text and attaches what they
find to the clauses that contain it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Actor, DateMention, DomainTag

__all__ = ["Findings", "extract"]


@dataclass(slots=True)
class Findings:
    actors: tuple[Actor, ...] = ()
    dates: tuple[DateMention, ...] = ()
    domains: tuple[DomainTag, ...] = ()
    clause_actors: dict[int, tuple[str, ...]] = field(default_factory=dict)
    clause_dates: dict[int, tuple[DateMention, ...]] = field(default_factory=dict)
    clause_domains: dict[int, tuple[DomainTag, ...]] = field(default_factory=dict)


def extract(text: str, language: str, structure: object) -> Findings:
    return Findings()
