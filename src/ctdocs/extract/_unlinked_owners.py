"""What the owned-name passes share: the owner joiner and the text's own state.

A body is joined to its owner by a joiner (``of the``, ``du``: data, ``organ.owner``
in ``data/models/actor_shapes.toml``), and a text of one state names that state most,
early on. ``_unlinked_owned`` (a body's full name with its owner, a state's own body,
a foreign body's bare name) and ``_unlinked_perstate`` (a body every state has one of)
both read them; they live here so that neither reaches into the other's privates.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ._actors import ActorHit

__all__ = ["home_state", "kind_of", "letterhead_state", "owner_joiner", "state_of"]


@cache
def owner_joiner() -> re.Pattern[str]:
    """Blanks, an owner joiner, then blanks (none after an elided ``d'``, ``de l'``)."""
    words = sorted({fold(w) for w in load_actor_shapes().organ.owner.all()}, key=len)
    alts = "|".join(
        r"\s+".join(map(re.escape, w.split())) + (r"\s*" if w.endswith("'") else r"\s+")
        for w in reversed(words)
    )
    return re.compile(rf"\s+(?:{alts})")


_HEAD_SHARE = 0.1  # a text of one state names it in its first tenth (masthead, title)


def home_state(
    named: list[ActorHit], entries: dict[str, ActorEntry], size: int, folded: str = ""
) -> ActorEntry | None:
    """The state a text is of: the one it names most (twice at least, more than any
    other), named in the text's first tenth already; else the state its letterhead
    names (``folded``: the folded text); else None."""
    times: dict[str, int] = {}
    first: dict[str, int] = {}
    for h in named:
        if kind_of(h.actor_id, entries) == "state":
            times[h.actor_id] = times.get(h.actor_id, 0) + 1
            first.setdefault(h.actor_id, h.start)
    ranked = sorted(times.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return letterhead_state(named, entries, folded)
    top = ranked[0][0]
    return (
        entries[top]
        if min(first[top], *first.values()) == first[top] and (first[top] <= size * _HEAD_SHARE)
        else letterhead_state(named, entries, folded)
    )


_LETTERHEAD = 300  # a letterhead's state stands in the text's first lines


def letterhead_state(
    named: list[ActorHit], entries: dict[str, ActorEntry], folded: str
) -> ActorEntry | None:
    """The state a text's letterhead names: the first state written in capitals
    (``UNION DES COMORES``, ``REPUBLIQUE DU MALI``) in its first lines, as an official
    letter, circular or gazette heads its page whatever else it names more often."""
    for h in named:
        if h.start > _LETTERHEAD:
            break
        written = folded[h.start : h.end]
        if kind_of(h.actor_id, entries) == "state" and written.isupper() and len(written) > 3:
            return entries[h.actor_id]
    return None


def kind_of(actor_id: str, entries: dict[str, ActorEntry]) -> str:
    """The knowledge base's kind of ``actor_id``, or "" for an actor it does not list."""
    e = entries.get(actor_id)
    return "" if e is None else e.kind


def state_of(actor_id: str, entries: dict[str, ActorEntry]) -> str | None:
    """The state a national body belongs to, through its parents (the border police is
    part of the national police, part of France), if any."""
    seen = set()
    e = entries.get(actor_id)
    while e is not None and e.part_of is not None and e.id not in seen:
        seen.add(e.id)
        e = entries.get(e.part_of)
        if e is not None and e.kind == "state":
            return e.id
    return None
