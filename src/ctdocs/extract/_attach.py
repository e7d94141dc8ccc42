"""The finders' hits as the graph's mentions: what falls in noise is dropped, the rest
attached to the clause that holds it, and the findings gathered for the document.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._offsets import Span, SpanIndex
from ..models import Actor, ActorKind, ActorMention, DateMention, DomainTag, _trusted
from ._weights import tag_domains

if TYPE_CHECKING:
    from ..structure._tree import RawBlock, Structure


@dataclass(slots=True)
class Findings:
    actors: tuple[Actor, ...] = ()
    dates: tuple[DateMention, ...] = ()
    domains: tuple[DomainTag, ...] = ()
    clause_actors: dict[int, tuple[str, ...]] = field(default_factory=dict)
    clause_dates: dict[int, tuple[DateMention, ...]] = field(default_factory=dict)
    clause_domains: dict[int, tuple[DomainTag, ...]] = field(default_factory=dict)
    date: DateMention | None = None  # the document's own date (guidelines §6)
    symbol: str | None = None  # the document's official number as printed


class _Locator:
    """Which block, and which clause, holds an offset."""

    def __init__(self, blocks: list[RawBlock], noise: list[Span]) -> None:
        self.blocks = blocks
        self.block_index = SpanIndex(blocks, [(b.start, b.end) for b in blocks])
        self.noise = SpanIndex(noise, noise)
        self._clauses: dict[int, int | None] = {}  # block -> the clause holding it

    def starts_in_noise(self, start: int) -> bool:
        """Whether a mention starting at ``start`` starts inside a noise span (a mention
        is kept or dropped by where it starts: noise and blocks do not overlap)."""
        return self.noise.holding(start) is not None

    def noise_span(self, start: int) -> Span | None:
        k = self.noise.holding(start)
        return self.noise.items[k] if k is not None else None

    def clause_of(self, offset: int) -> int | None:
        k = self.block_index.holding(offset)
        if k is None:
            return None
        # the walk up from a block done once per block (a text names dozens of actors
        # and dates in one block, each walked up again)
        if k in self._clauses:
            return self._clauses[k]
        node: int | None = k
        while node is not None and self.blocks[node].kind != "clause":
            node = self.blocks[node].parent
        self._clauses[k] = node
        return node


def mention(d: Any, seen: dict[str, str] | None = None) -> DateMention:
    """A date hit as its mention; ``seen`` shares one string among the mentions that
    write the same date or value (a long text names the same days again and again)."""
    text, value = d.text, d.value
    if seen is not None:
        text, value = seen.setdefault(text, text), seen.setdefault(value, value)
    values = {
        "text": text,
        "start": d.start,
        "end": d.end,
        "value": value,
        "precision": d.precision,
        "inferred_year": bool(d.inferred_year),
    }
    return _trusted(DateMention, values)


def attach(
    text: str,
    language: str,
    structure: Structure,
    actor_hits: list[Any],
    date_hits: list[Any],
    unlinked: dict[str, tuple[str, ActorKind]] | None = None,
    own_start: int | None = None,
    folded: str | None = None,
) -> Findings:
    """The finders' hits as the graph's mentions: what falls in noise is dropped (but a
    page's own date stamp, and the document's own date starting at ``own_start``), the
    rest is attached to the clause that holds it; domains are weighed per clause, then
    over the whole text.

    Domains are weighed first, the hit lists emptied once they are mentions: domain
    weighing's passing structures are the largest of the stage, and a text dense with
    names holds as many hits as mentions. ``folded``: ``fold(text)``, when the caller
    has it (else the tagger folds the text).
    """
    blocks = structure.blocks
    # domains first: their weighing builds large passing structures (folded copies
    # of the text, run indexes), freed before the many small mentions are made, so
    # the two never add up at the peak nor fragment each other's memory
    domains, clause_domains = tag_domains(text, language, blocks, structure.title, folded)
    loc = _Locator(blocks, sorted(Span(u.start, u.end) for u in structure.noise))
    actors, clause_actors = _attach_actors(text, loc, actor_hits, unlinked or {})
    actor_hits.clear()
    dates, clause_dates = _attach_dates(text, loc, date_hits, own_start)
    date_hits.clear()
    return Findings(
        actors=actors,
        dates=dates,
        domains=domains,
        clause_actors=clause_actors,
        clause_dates=clause_dates,
        clause_domains=clause_domains,
    )


def _attach_actors(
    text: str, loc: _Locator, hits: list[Any], unlinked: dict[str, tuple[str, ActorKind]]
) -> tuple[tuple[Actor, ...], dict[int, tuple[str, ...]]]:
    """Actors with their mentions outside noise (in order of first mention), and the actor
    ids of each clause. An id the knowledge base lacks was proposed by a statistical
    model: its name and kind come from ``unlinked``."""
    from ._actors import get_matcher

    entries = get_matcher().entries
    by_id: dict[str, list[ActorMention]] = defaultdict(list)
    clause_actors: dict[int, list[str]] = defaultdict(list)
    forms: dict[str, str] = {}  # one string per surface form, shared by its mentions
    credited = _Credited(text, entries, unlinked)
    for k in range(len(hits)):
        h, hits[k] = hits[k], None  # each hit freed as it becomes a mention (peak memory)
        span = loc.noise_span(h.start)
        if span is not None and not credited.holds(span, h):
            continue
        form = text[h.start : h.end]
        values = {
            "text": forms.setdefault(form, form),
            "start": h.start,
            "end": h.end,
            "score": float(h.score),
            "method": h.method,
        }
        by_id[h.actor_id].append(_trusted(ActorMention, values))
        c = loc.clause_of(h.start)
        if c is not None and h.actor_id not in clause_actors[c]:
            clause_actors[c].append(h.actor_id)
    actors = []
    for actor_id, mentions in sorted(by_id.items(), key=lambda kv: (kv[1][0].start, kv[0])):
        e = entries.get(actor_id)
        if e is None:
            name, kind = unlinked[actor_id]
            actors.append(
                Actor(id=actor_id, name=name, kind=kind, linked=False, mentions=tuple(mentions))
            )
            continue
        name = e.name_in(m.text for m in mentions)  # an applied title the text writes
        actors.append(
            Actor(id=e.id, name=name, name_fr=e.name_fr, kind=e.kind, mentions=tuple(mentions))
        )
    return tuple(actors), {k: tuple(v) for k, v in clause_actors.items()}


class _Credited:
    """Whether a person's mention in a noise line is a byline's author: guidelines §3
    lists the persons named as authors (a byline), and no batch's gold lists a byline as
    noise, where layout may set the line aside as a page's metadata ("By Harriet
    Colquhoun-Vale and Dev Raghunathan 11 Jun 2026 7 min read", "19 mars 2026 · Par
    Aminata Koné-Delarue, chercheuse associée"). Only a person's mention inside the names
    the byline credits (:mod:`._credits`); each noise line read once."""

    def __init__(
        self, text: str, entries: dict[str, Any], unlinked: dict[str, tuple[str, ActorKind]]
    ) -> None:
        from ._unlinked_cues import _cues

        self.text, self.entries, self.unlinked = text, entries, unlinked
        self.cues = _cues()
        self.lines: dict[int, list[tuple[int, int]]] = {}  # noise line's start -> names

    def holds(self, span: Span, h: Any) -> bool:
        from ._credits import credited_names

        if self._kind(h.actor_id) != "person":
            return False
        if span.start not in self.lines:
            self.lines[span.start] = credited_names(self.text, self.cues, span.start, span.end)
        return any(s <= h.start and h.end <= e for s, e in self.lines[span.start])

    def _kind(self, actor_id: str) -> str | None:
        e = self.entries.get(actor_id)
        if e is not None:
            return str(e.kind)
        return self.unlinked[actor_id][1] if actor_id in self.unlinked else None


def _attach_dates(
    text: str, loc: _Locator, hits: list[Any], own_start: int | None = None
) -> tuple[tuple[DateMention, ...], dict[int, tuple[DateMention, ...]]]:
    """Dates outside noise (but the page's own stamp, which may stand in noise), less
    the dates that belong to others (a file host's upload date), and those of each clause.
    The date chosen as the document's own (starting at ``own_start``) is its stamp
    wherever it stands: a page's "debated on Tuesday 17 November 2026" under its
    title is dated text even when the line reads as chrome."""
    from ._docstamps import others_date, page_stamp

    blocks = loc.blocks
    body_start = next(  # the head ends at the first clause or long paragraph
        (
            b.start
            for b in blocks
            if b.kind == "clause" or (b.role == "body" and b.end - b.start > 200)
        ),
        None,
    )
    dates: list[DateMention] = []
    clause_dates: dict[int, list[DateMention]] = defaultdict(list)
    seen: dict[str, str] = {}
    for k in range(len(hits)):
        d, hits[k] = hits[k], None  # each hit freed as it becomes a mention (peak memory)
        span = None if d.start == own_start else loc.noise_span(d.start)
        if span is None and d.start == own_start and _boxed_in_noise(text, loc, d):
            continue  # a chrome component's value (:badge[18 mai 2026]): dates the page only
        if span is not None and not page_stamp(text, d, *span, body_start):
            continue  # chrome's dates, but not the page's own stamp
        if others_date(text, d):
            continue  # a file host's upload date, a database's validity dates
        dm = mention(d, seen)
        dates.append(dm)
        c = loc.clause_of(d.start)
        if c is not None:
            clause_dates[c].append(dm)
    return tuple(dates), {k: tuple(v) for k, v in clause_dates.items()}


def _boxed_in_noise(text: str, loc: _Locator, d: Any) -> bool:
    """Whether the date ``d`` fills a component's value alone on a noise line (a badge's
    label, a download card's attribute): markup the page renders as chrome, whose date
    may date the page but is no date of its text."""
    from ._docplace import boxed, line_bounds

    if loc.noise_span(d.start) is None:
        return False
    lo, hi = line_bounds(text, d.start, d.end)
    return boxed(text[lo : d.start], text[d.end : hi])
