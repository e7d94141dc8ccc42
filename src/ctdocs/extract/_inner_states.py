"""A state's name written inside a longer capitalised name: ``Youth Law Australia``,
``Legislation Malta``, ``an Air France flight``, ``FIU Germany``.

A body's full name is one surface form, and a name inside it is listed only where the
text also names it on its own (guidelines §3); a company's, a publisher's or a unit's
name that closes on a state does not make the state act there. What tells the case
apart holds across publishers and both languages: a capitalised word right before the
state on its line that is no function word, no date's word, no word of another mention
and opens no sentence or line (:func:`._bare_heads.qualifier_start`), the same decision
that sets a bare head aside when a qualifier stands before it. ``the Republic of
Kenya``, ``in Kenya``, ``Kenya's Government`` and a state at a line's start keep their
mention, and so does a state after a word naming its role (``Framework Nation Germany``,
``EU Presidency Sweden``: ``state.apposed``). A state's government or full style that
such a word opens (``the Royal Government of Cambodia``, ``the Transitional Government
of Mali``, ``the Royal Thai Government``) is the state's longer style: the mention takes
the word in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import load_actor_shapes
from ._bare_heads import qualifier_start
from ._hits import ActorHit

__all__ = ["drop_inner_states"]


def drop_inner_states(
    text: str, hits: list[ActorHit], is_state: Callable[[str], bool]
) -> list[ActorHit]:
    """``hits`` less each mention of a state (``is_state(actor_id)``) by its name that a
    capitalised qualifier opens a longer name before (module docstring); a short
    reference (``the Government``) stays, its qualifier being the state's own
    (``Canadian Government``), and a government's or a style's mention takes its
    qualifier in where that word opens the name (``the Royal Thai Government``; not
    ``the Kurdistan Regional Government of Iraq``, another body's)."""
    covered = [(h.start, h.end) for h in hits]
    apposed, heads = _words()
    out: list[ActorHit] = []
    for h in hits:
        at = -1
        if h.method != "context" and is_state(h.actor_id):
            at = qualifier_start(text, h.start, covered, apposed)
        if at < 0:
            out.append(h)
        elif heads.intersection(_WORD.findall(text, h.start, h.end)) and (
            qualifier_start(text, at, covered, apposed) < 0
        ):
            out.append(ActorHit(at, h.end, h.actor_id, h.method, h.score))
    return out


_WORD = re.compile(r"[^\W\d_][\w-]*")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The role words before a state's name (casefolded) and the heads of its
    government's name and its full style (``Government``, ``Republic``, ``Royaume``, as
    written)."""
    shapes = load_actor_shapes()
    st = shapes.state
    apposed = frozenset(w.casefold() for w in st.apposed.all()) if st.apposed else frozenset()
    styled = [[w for w in _WORD.findall(p) if w[:1].isupper()] for p in st.styled.all()]
    heads = {ws[-1] for ws in styled if ws}
    heads.update(
        w
        for p in [*st.government_of.all(), *shapes.organ.the_state.all()]
        for w in _WORD.findall(p)
        if w[:1].isupper()
    )
    return apposed, frozenset(heads)
