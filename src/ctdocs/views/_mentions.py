"""The mentions table: every actor, date and domain mention of a document, in text order,
and the innermost clause that holds a span.

Both the DataFrames (:mod:`ctdocs.views._frames`) and the notebook display
(:mod:`ctdocs.views._display`) read mentions this way; here, neither view depends on
the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .._knowledge import load_domains
from .._offsets import SpanIndex
from ..models import Clause, Document

__all__ = ["Mention", "MentionKind", "clause_finder", "mentions"]

MentionKind = Literal["actor", "date", "domain"]
_KIND_ORDER: dict[str, int] = {"domain": 0, "actor": 1, "date": 2}


@dataclass(frozen=True, slots=True)
class Mention:
    """One highlighted stretch of ``Document.text``, whatever its kind.

    The tables and the notebook display both read mentions through
    :func:`mentions`, so what a table counts is what the display shows.
    """

    kind: MentionKind
    start: int
    end: int
    text: str
    id: str | None
    """Actor id or domain code; None for dates."""
    name: str | None
    """Actor's canonical English name or the domain's description; None for dates."""
    value: str | None
    """ISO 8601 value for dates; None otherwise."""


@cache
def _domain_names() -> dict[str, str]:
    return {d.code: d.name for d in load_domains().domain}


def mentions(doc: Document) -> list[Mention]:
    """Every actor, date and domain mention of ``doc``, in text order.

    Domain evidence comes from the clauses (complete) and from the document
    level (which also covers text outside clauses); a span given by both is
    listed once. Ties sort domain, actor, date, so an enclosing domain
    phrase comes before the actor or date inside it.
    """
    out: list[Mention] = []
    for actor in doc.actors:
        for m in actor.mentions:
            out.append(Mention("actor", m.start, m.end, m.text, actor.id, actor.name, None))
    for d in doc.dates:
        out.append(Mention("date", d.start, d.end, d.text, None, None, d.value))
    names = _domain_names()
    seen: set[tuple[str, int, int]] = set()
    tags = [t for c in doc.clauses() for t in c.domains]
    for tag in [*tags, *doc.domain_tags]:
        for ev in tag.evidence:
            key = (tag.code, ev.start, ev.end)
            if key in seen:
                continue
            seen.add(key)
            name = names.get(tag.code)
            out.append(Mention("domain", ev.start, ev.end, ev.text, tag.code, name, None))
    out.sort(key=lambda m: (m.start, -m.end, _KIND_ORDER[m.kind], m.id or m.value or ""))
    return out


def clause_finder(doc: Document) -> _ClauseFinder:
    """A lookup from a span to the innermost clause whose extent contains it."""
    return _ClauseFinder(doc.clauses())


class _ClauseFinder:
    """Innermost containing clause by bisection over clause starts.

    Clauses are in depth-first reading order, so of the clauses that contain
    a span, the one that starts last is the innermost.
    """

    def __init__(self, clauses: Sequence[Clause]) -> None:
        self._clauses = list(clauses)
        self._index = SpanIndex(self._clauses, [(c.start, c.extent_end) for c in self._clauses])

    def __call__(self, start: int, end: int) -> Clause | None:
        k = self._index.last_starting_at_or_before(start)
        while k >= 0:
            c = self._clauses[k]
            if end <= c.extent_end:
                return c
            k -= 1
        return None
