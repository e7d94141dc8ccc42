"""A body every state has one of, named by its kind's acronym, resolved to one state.

``CENTIF`` (Cellule nationale de traitement des informations financières) names each
UEMOA state's financial intelligence unit; the knowledge base lists one of them
(Senegal's), flagged ``one_per_state`` in ``data/models/actors.toml``. Linking every
``CENTIF`` to that one puts Senegal's unit in a Togolese circular. A text means the
unit of the state it names with it (``la CENTIF du Niger``, ``(CENTIF) du Niger``,
``(CENTIF, Senegal)``), printed once for the whole text; else the unit of the text's
own state (its masthead's, ``home_state``); else no single state's: the actor is
the acronym as printed, with no state's id (an AES communiqué's ``cellules nationales
de traitement des informations financières (CENTIF)``). A text of the listed state
keeps the listed unit. A legislature named without its state (``Assemblée nationale``)
is the same kind of body: Senegal's, Djibouti's and Mauritania's laws are voted by their
own; its entry gives how another state's is named (``state_form``), and a text of no
clear state keeps the listed (French) one, the usual meaning in the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._knowledge import ActorEntry, fold
from ..models import ActorKind
from ._actors import ActorHit
from ._unlinked_owners import home_state, owner_joiner, state_of

__all__ = ["per_state"]

_CLOSE = re.compile(r"\s*\)?")  # "(CENTIF) du Niger": the acronym's bracket closes first
_COMMA = re.compile(r",\s*")  # "(CENTIF, Senegal)": a state inside the acronym's brackets


def per_state(
    text: str,
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    named: list[ActorHit],
    slug: Callable[[str], str],
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """``hits``, those of a ``one_per_state`` body moved to the state the text means (or
    to no state's); and id -> (name, kind) of the bodies so made. ``named``: every
    knowledge-base mention, places and chrome too (a masthead names the state)."""
    # each body once (a text names a few hundred times a few dozen bodies)
    flagged = sorted(a for a in {h.actor_id for h in hits} if _flagged(entries.get(a)))
    if not flagged:
        return hits, {}
    states = {h.start: h.actor_id for h in named if _is_state(h.actor_id, entries)}
    names: dict[str, tuple[str, ActorKind]] = {}
    ids: dict[str, str] = {}
    for actor_id in flagged:
        e = entries[actor_id]
        own = [h for h in hits if h.actor_id == actor_id and _generic(e, folded, h)]
        if not own:
            continue
        state = _named_with(folded, own, states)
        if state is None:
            home = home_state(named, entries, len(folded), folded)
            state = None if home is None else home.id
        if state == state_of(e.id, entries) or (state is None and e.state_form is not None):
            continue
        if state is not None:
            name = _state_name(e, entries, entries[state].name)
        else:
            printed = (text[h.start : h.end] for h in own if text[h.start : h.end] in e.acronyms)
            name = next(printed, e.acronyms[0] if e.acronyms else _bare(e, entries))
        ids[actor_id] = f"unlinked:{slug(name)}"
        names.setdefault(ids[actor_id], (name, e.kind))
    if not ids:
        return hits, {}
    out = [
        ActorHit(h.start, h.end, ids[h.actor_id], h.method, h.score)
        if h.actor_id in ids and _generic(entries[h.actor_id], folded, h)
        else h
        for h in hits
    ]
    return out, names


def _generic(e: ActorEntry, folded: str, h: ActorHit) -> bool:
    """Whether the mention names the body by its kind alone: every mention of an acronym
    body (``CENTIF``); for a body whose name carries its state in words only the names
    the knowledge base gives as every state's (``Assemblée nationale``, ``Police aux
    frontières``, ``Marine nationale``, ``DGPN``), not ``French National Assembly`` nor
    ``armée de l'air française``."""
    if e.state_form is None or e.name_fr is None:
        return True
    printed = " ".join(folded[h.start : h.end].casefold().split())
    return printed in _generic_forms(e)


def _generic_forms(e: ActorEntry) -> frozenset[str]:
    """The names every state's body bears: the entry's weak aliases where it lists some
    (its French name, ``armée de l'air et de l'espace``, is then France's alone), else
    its French name; and its acronyms."""
    forms = [*(e.weak_aliases or [str(e.name_fr)]), *e.acronyms]
    return frozenset(" ".join(fold(f).casefold().split()) for f in forms)


def _named_with(folded: str, own: list[ActorHit], states: dict[int, str]) -> str | None:
    """The first state written right after one of the body's mentions, joined as its
    owner (``du Niger``, ``) du Niger``, ``of Niger``) or inside its brackets after a
    comma (``(CENTIF, Senegal)``); else None."""
    joiner = owner_joiner()
    for h in own:
        after = _CLOSE.match(folded, h.end)
        j = joiner.match(folded, after.end()) if after is not None else None
        if j is not None and j.end() in states:
            return states[j.end()]
        c = _COMMA.match(folded, h.end) if h.start > 0 and folded[h.start - 1] == "(" else None
        if c is not None and c.end() in states:
            return states[c.end()]
    return None


def _flagged(e: ActorEntry | None) -> bool:
    return e is not None and e.one_per_state


def _is_state(actor_id: str, entries: dict[str, ActorEntry]) -> bool:
    e = entries.get(actor_id)
    return e is not None and e.kind == "state"


def _state_name(e: ActorEntry, entries: dict[str, ActorEntry], state: str) -> str:
    """Another state's body of ``e``'s kind named as the knowledge base spells it: by the
    entry's ``state_form`` where its name carries its state in words, else its bare name
    with that state in brackets."""
    if e.state_form is not None:
        return e.state_form.replace("{state}", state)
    return f"{_bare(e, entries)} ({state})"


def _bare(e: ActorEntry, entries: dict[str, ActorEntry]) -> str:
    """The body's name without its state qualifier (``... Unit (Senegal)``)."""
    owner = entries.get(str(e.part_of))
    qualifier = "" if owner is None else f" ({owner.name})"
    return e.name[: -len(qualifier)] if qualifier and e.name.endswith(qualifier) else e.name
