"""A state's name written inside a longer capitalised name: ``Youth Law Australia``,
``Legislation Malta``, ``an Air France flight``, ``FIU Germany``.

A body's full name is one surface form, and a name inside it is listed only where the
text also names it on its own (guidelines §3); a company's, a publisher's or a unit's
name that closes on a state does not make the state act there. What tells the case
apart holds across publishers and both languages: a capitalised word right before the
state on its line that is no function word, no word of another mention and opens no
sentence or line (:func:`._bare_heads.qualified_before`), the same decision that sets a
bare head aside when a qualifier stands before it. ``the Republic of Kenya``, ``in
Kenya``, ``Kenya's Government`` and a state at a line's start keep their mention.
"""

from __future__ import annotations

from collections.abc import Callable

from ._bare_heads import qualified_before
from ._hits import ActorHit

__all__ = ["drop_inner_states"]


def drop_inner_states(
    text: str, hits: list[ActorHit], is_state: Callable[[str], bool]
) -> list[ActorHit]:
    """``hits`` less each mention of a state (``is_state(actor_id)``) by its name that a
    capitalised qualifier opens a longer name before (module docstring); a short
    reference (``the Government``) stays, its qualifier being the state's own
    (``Canadian Government``)."""
    covered = [(h.start, h.end) for h in hits]
    return [
        h
        for h in hits
        if h.method == "context"
        or not is_state(h.actor_id)
        or not qualified_before(text, h.start, covered)
    ]
