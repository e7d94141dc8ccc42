"""A body's name written shorter: ``Court of Appeal`` in a text that names the ``Court
of Appeal of Barbados``.

Judgments, statutes and reports name a body in full once and then drop its
qualifiers; guidelines §3 count a short reference to a named body as a mention of
it, resolved by the text, and give one actor per body. The shape finders see two
names, so the short one became a body of its own, a second canonical name for one
actor. A body no list knows, of two words or more, whose words open exactly one other
body's name in the same text is that body, when what the longer name adds is a
complement opened by a joiner (``of``, ``de la``; not ``and``) or a bracket: ``Council of
Ministers`` / ``Council of Ministers of ECCAS``, ``Commission technique`` /
``Commission technique du GIABA``; not ``National Police`` / ``National Police
Agency`` (``Agency`` is another head). Other words added before the short name are
left alone: ``Financial Intelligence Unit`` in Fiji's guideline is Fiji's own unit, not the
``New Zealand Police Financial Intelligence Unit`` it also names, and an
``Information Fusion Centre`` is not the ``Regional Maritime Information Fusion
Centre``.

A state's name or adjective before the short words (``United States Coast Guard``,
``Zambia Civil Aviation Authority``) only places the body: the short name is that
body, wherever the text writes it.

Two longer names that both hold the short one leave it alone. The joiners are data
(``organ.joiners`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._state_adjectives import english_adjectives

__all__ = ["shortened"]

_WORD = re.compile(r"[^\W_]+")
_BODIES = ("organ", "organization")


@cache
def _openers() -> frozenset[str]:
    """The words a complement opens with (``of``, ``de``, ``du``, ``pour``), folded and
    casefolded: the first word of each joiner, less a coordinator's (``and``, ``et``),
    which adds a second part to the name, no complement (``Committee on Homeland
    Security and Governmental Affairs`` is not the ``Committee on Homeland Security``)."""
    c = load_actor_shapes().organ
    coordinators = {_first(f) for f in c.coordinators.all()}
    return frozenset(_first(j) for j in c.joiners.all()) - coordinators


def _first(phrase: str) -> str:
    words = _WORD.findall(fold(phrase))
    return words[0].casefold() if words else ""


def _words(surface: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(fold(surface)))


def _qualifies(long: tuple[str, ...], short: tuple[str, ...], raw_long: str) -> bool:
    """Whether ``long`` is ``short`` and a complement (a joiner or a bracket after it)."""
    n = len(short)
    if len(long) <= n or long[:n] != short:
        return False
    return long[n] in _openers() or _bracketed(raw_long, short)


def _bracketed(raw_long: str, short: tuple[str, ...]) -> bool:
    """Whether the longer name's addition after the short words opens with a bracket
    (``National Investigation Agency (India)``)."""
    folded = fold(raw_long).casefold()
    last = short[-1]
    at = folded.rfind(last)
    return at >= 0 and folded[at + len(last) :].lstrip().startswith("(")


def _kind(
    actor_id: str, names: dict[str, tuple[str, ActorKind]], entries: dict[str, ActorEntry]
) -> str:
    if actor_id in names:
        return names[actor_id][1]
    e = entries.get(actor_id)
    return e.kind if e is not None else ""


def shortened(
    text: str,
    hits: list[ActorHit],
    names: dict[str, tuple[str, ActorKind]],
    entries: dict[str, ActorEntry],
) -> list[ActorHit]:
    """``hits`` with each shortened name's mentions given the one longer name's actor."""
    surfaces: dict[str, set[str]] = {}
    for h in hits:
        surfaces.setdefault(h.actor_id, set()).add(" ".join(text[h.start : h.end].split()))
    short_ids = [
        i
        for i, (_, kind) in names.items()
        if i.startswith("unlinked:") and kind in _BODIES and i in surfaces
    ]
    if not short_ids:
        return hits
    longs = [
        (i, _words(s), s)
        for i, forms in surfaces.items()
        if _kind(i, names, entries) in _BODIES
        for s in _with_canonical(forms, entries.get(i))
    ]
    moved: dict[str, str] = {}
    states = _state_names(entries)
    for i in short_ids:
        shorts = {_words(s) for s in surfaces[i]} | {_words(names[i][0])}
        owners = {
            j
            for j, words, raw in longs
            if j != i and any(len(s) > 1 and _qualifies(words, s, raw) for s in shorts)
        }
        if not owners:
            owners = {j for j, words, _ in longs if j != i and _of_state(words, shorts, states)}
        if len(owners) == 1:
            moved[i] = next(iter(owners))
    if not moved:
        return hits
    return [
        ActorHit(h.start, h.end, moved.get(h.actor_id, h.actor_id), h.method, h.score) for h in hits
    ]


def _with_canonical(forms: set[str], entry: ActorEntry | None) -> set[str]:
    """A known body's written forms and its canonical name, which brackets the state it
    belongs to (``National Investigation Agency (India)``): a text that writes the body
    as ``NIA`` and later as ``National Investigation Agency`` names it twice in full."""
    return forms if entry is None else forms | {entry.name}


_STATES: dict[int, tuple[dict[str, ActorEntry], frozenset[tuple[str, ...]]]] = {}


def _state_names(entries: dict[str, ActorEntry]) -> frozenset[tuple[str, ...]]:
    """The words of every state's name, alias and English adjective (``united states``,
    ``zambia``, ``belgian``), built once per knowledge base. Not its acronyms: a body
    written ``U.S. Department of ...`` keeps ``U.S.`` in the canonical name, which is no
    state's name spelt out (nor the adjective ``U.S.``, an abbreviation)."""
    got = _STATES.get(id(entries))
    if got is None or got[0] is not entries:
        states = [e for e in entries.values() if e.kind == "state"]
        forms = [f for e in states for f in (e.name, *e.aliases)]
        forms += [a for a in english_adjectives(entries).values() if "." not in a]
        _STATES.clear()
        got = _STATES[id(entries)] = (entries, frozenset(_words(f) for f in forms))
    return got[1]


def _of_state(
    long: tuple[str, ...], shorts: set[tuple[str, ...]], states: frozenset[tuple[str, ...]]
) -> bool:
    """Whether ``long`` is a state's name or adjective then one of ``shorts``."""
    return any(
        len(s) > 1 and len(long) > len(s) and long[-len(s) :] == s and long[: -len(s)] in states
        for s in shorts
    )
