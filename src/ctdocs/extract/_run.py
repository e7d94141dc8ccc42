"""One document's extraction: the actor, date and symbol finders run on its text, their
hits attached to the clauses (:mod:`._attach`), the domains weighed (:mod:`._weights`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from .._knowledge import fold
from .._offsets import Positions
from ._attach import Findings, attach, mention

if TYPE_CHECKING:
    from .._knowledge import ActorEntry
    from ..models import ActorKind
    from ..structure._tree import Structure
    from ._actors import ActorHit
    from ._unlinked_recase import Wrapping


def _find_actors(
    text: str, language: str, structure: Structure, folded: str | None = None
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """The actor mentions (knowledge base, then shapes) and the unlinked actors' names
    (``folded``: ``fold(text)``, when the caller has it)."""
    from ._actors import drop_places, folded_text, get_matcher, release_folded, text_words
    from ._bare_heads import drop_opening_heads
    from ._inner_states import drop_inner_states
    from ._line_starts import release_lines
    from ._name_parts import drop_name_parts
    from ._person_words import drop_body_words
    from ._portfolios import portfolio_lists
    from ._state_adjectives import coordinated_adjectives
    from ._state_bodies import state_bodies
    from ._state_chambers import home_chambers
    from ._unlinked import propose as by_shape
    from ._unlinked import slug
    from ._unlinked_recase import wrapped_breaks
    from ._word_openings import TextWords

    # a mention never runs from one block (or noise line), nor a row's cell, into the next
    starts = sorted(
        {b.start for b in structure.blocks}
        | {u.start for u in structure.noise}
        | {*structure.cells}
    )
    matcher = get_matcher()
    folded = fold(text) if folded is None else folded
    try:
        # ... but from a line in capitals into the rest of the name it wraps
        breaks = wrapped_breaks(folded, starts[1:], _wrapping())
        every = list(matcher.find(text, breaks=breaks, folded=folded))
        folded = folded_text(text)  # the fold find made (or was given), not made again
        # its tokens, cut by find: read by the shape finders after it (a name's own search
        # in them replaces the matcher's last text, so they are taken here)
        words = TextWords.of(folded, *text_words(text))
        known = drop_places(text, every, matcher)
        known = coordinated_adjectives(folded, known, matcher.entries)
        known = drop_name_parts(text, known, matcher.entries, words.written_tokens)
        hits, names = by_shape(
            text, known, matcher.entries, language, every, words=words, cells=structure.cells
        )
        hits = portfolio_lists(text, folded, hits, names, starts, language, slug)
        hits = state_bodies(text, folded, hits, matcher.entries, names, slug, words)
        hits = home_chambers(folded, hits, matcher.entries, names, every, slug, words)
        entries = matcher.entries
        # French puts a name's qualifier after its head ("Conseil national"), English before
        hits = drop_opening_heads(
            text, hits, lambda a: a in entries and entries[a].kind != "state", language == "fr"
        )
        hits = drop_inner_states(text, hits, lambda a: a in entries and entries[a].kind == "state")
        # a name never runs from one cell of a table's row into the next
        hits = _within_cells(drop_body_words(text, hits, names), structure.cells)
        return _with_learned(text, folded, hits, (names, matcher.entries), structure.cells)
    finally:
        release_folded()  # the text's fold, kept for the finders, goes with them
        release_lines()  # and the line starts found in it


def _with_learned(
    text: str,
    folded: str,
    hits: list[ActorHit],
    known: tuple[dict[str, tuple[str, ActorKind]], dict[str, ActorEntry]],
    cells: Sequence[int],
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """``hits`` and the unlinked actors' names with the learned names no finder read
    (:mod:`._learned`): last, so that every finder's reading of the words comes first;
    ``known``: the unlinked actors' names and the knowledge base's entries, whose names
    tell a learned name of a body the text already names."""
    from ._learned import learned_mentions, name_key

    names, entries = known

    def named() -> dict[str, str]:
        out: dict[str, str] = {}
        for actor_id in dict.fromkeys(h.actor_id for h in hits):
            entry = entries.get(actor_id)
            name = entry.name if entry is not None else names.get(actor_id, ("",))[0]
            if name:
                out.setdefault(name_key(name), actor_id)
        return out

    extra, more = learned_mentions(text, folded, hits, named)
    if not extra:
        return hits, names
    extra = _within_cells(extra, cells)
    return sorted([*hits, *extra], key=lambda h: (h.start, -h.end)), {**more, **names}


@cache
def _wrapping() -> Wrapping:
    """The words that tell a name in capitals goes on over a line break (the shape
    finders' joiners, modifiers and head nouns)."""
    from ._unlinked_cues import _cues
    from ._unlinked_recase import Wrapping

    c = _cues()
    return Wrapping(c.link_words, c.modifiers, c.heads)


def compile_shapes() -> None:
    """Build the shape finders' tables that are made from the knowledge in use on first
    use (its names of several words, its states' adjectives, the portfolio and office
    patterns), for :func:`ctdocs.views.warm_up`: the warm-up's two short texts reach none
    of them, and the first document that did paid for them (some 20 ms, 1 % of the
    actor stage on the benchmark's sample)."""
    from ._portfolios import _patterns
    from ._unlinked_english import _acronyms, _known_names, _state_adjectives
    from ._unlinked_heads import _offices
    from ._unlinked_shortened import _openers

    for build in (_patterns, _acronyms, _known_names, _state_adjectives, _offices, _openers):
        build()


def _within_cells(hits: list[Any], cells: Sequence[int]) -> list[Any]:
    """The hits that do not run across a cell boundary (``Structure.cells``): a date
    finder reads across a line's end ("Vol. 715   14   November 2026" is a gazette's
    head row, not a date "14 November")."""
    if not cells:
        return hits
    at = Positions(cells).next_after
    return [h for h in hits if (c := at(h.start)) is None or c >= h.end]


def _picker(text: str, structure: Structure, own: list[Any]) -> Callable[[list[Any]], str | None]:
    """The document date's choice, handed to the date finder: the rules' pick, heard again
    by the ranker where the rules are unsure (:mod:`._docrank`); the mention kept in ``own``."""
    from ._docrank import rerank
    from ._document import anchor_day, own_date, rule_scores

    chrome = tuple((u.start, u.end) for u in structure.noise)
    noise = sorted((u.start, u.end, u.noise or "") for u in structure.noise)

    def pick(hits: list[Any]) -> str | None:
        scored = rule_scores(text, hits, chrome, structure.title)  # one pass, read by both
        ruled = own_date(text, hits, chrome, structure.title, scored)
        own.append(rerank(text, hits, chrome, noise, structure.title, ruled, scored))
        return anchor_day(own[0])

    return pick


def extract(
    text: str,
    language: str,
    structure: Structure,
    *,
    ner: bool = False,
    lap: Callable[[str], None] | None = None,
    declared: Sequence[str] = (),
    page_title: str | None = None,
) -> Findings:
    """Run the components' logic on ``text`` and attach findings to clauses and document.

    ``lap``, when given, is called with a stage name after each stage
    (``actors``, ``dates``, ``ner``); the caller times the stages with it.
    ``declared``: the identifiers the input's reader found outside the text (an HTML page's
    ``<meta name="DC.identifier">``), the first of a number's shape the document's number
    when the text prints none. ``page_title``: an HTML page's ``<title>``, a printing of its
    name outside the text.

    With ``ner=True`` and a statistical spaCy model for the language installed
    (``fr_core_news_sm``), persons and organisations the knowledge base does not
    know become actors with ``linked=False`` and a slug id.
    """
    # The components' own logic, called without building a spaCy Doc: nothing
    # here reads tokens, and the tokenizer (and importing spaCy's French rules,
    # seconds of regex compilation) would cost more than all the extraction.
    from ._dates import document_dates
    from ._docsymbol import own_symbol

    # the document folded once, for the actor trie now and the domain tagger at the end
    # (each folded the whole text on its own: some 1 % of a parse)
    folded = fold(text)
    actor_hits, unlinked = _find_actors(text, language, structure, folded)
    if lap is not None:
        lap("actors")
    own: list[Any] = []

    dated = document_dates(text, language, structure.front_end, pick=_picker(text, structure, own))
    date_hits = _within_cells(dated, structure.cells)  # a date never spans two cells either
    chosen = own[0] if own else None  # the same mention, its year resolved once more
    own_hit = next((h for h in date_hits if chosen is not None and h.start == chosen.start), None)
    symbol = own_symbol(text, language, declared, structure.title, page_title)
    if lap is not None:
        lap("dates")
    if ner:
        from ._ner import propose

        extra, more = propose(text, language, actor_hits)
        unlinked = {**more, **unlinked}
        actor_hits = sorted([*actor_hits, *extra], key=lambda h: (h.start, -h.end))
        if lap is not None:
            lap("ner")
    own_start = None if own_hit is None else own_hit.start
    found = attach(text, language, structure, actor_hits, date_hits, unlinked, own_start, folded)
    if own_hit is not None:
        found.date = mention(own_hit)
    found.symbol = symbol
    return found
