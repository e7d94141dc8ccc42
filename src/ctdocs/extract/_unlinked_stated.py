"""A French body's name that its state closes: ``Autorité de l'aviation civile du
Burundi``, ``Service des poursuites pénales du Canada``, ``ministère de la Justice du Togo``.

Guidelines §3: a body's full name is one surface form, the state inside it listed only
where the text names it on its own. French names a state's own body by a head noun and
its complements, often in lower case, then the state after a genitive link (``du``,
``de``, ``de la``, ``d'``, ``des``). The shape finders end a name before a link that
lower-case words follow (the sentence may go on there) and before a known name inside,
so such a body was lost whole and only its state kept, in texts of every kind and
publisher (ministries' circulars, judgments, regional communiqués). A genitive link
right after the name read, then a state the knowledge base names right there, closes the
name on the state instead. The links are data (``organ.genitive``, ``english.articles``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ._actors import ActorHit
from ._unlinked_refs import Known

__all__ = ["closes", "closing_state", "state_spans", "stated"]


def _alt(words: set[str]) -> str:
    """The words, longest first, each with the blanks after it (none after an elision)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) + ("" if w.endswith("'") else r"[ \t]+") for w in ordered)


@cache
def _link() -> re.Pattern[str]:
    """A genitive link (``du``, ``de``), an article after it or not (``de la``,
    ``de l'``), after blanks, on the folded text; a pattern that matches nothing where
    the data lists no link."""
    shapes = load_actor_shapes()
    links = {fold(w).casefold() for w in shapes.organ.genitive.all()}
    articles = {fold(w).casefold() for w in shapes.english.articles}
    if not links:
        return re.compile(r"(?!)")
    after = rf"(?:{_alt(articles)})?" if articles else ""
    return re.compile(rf"[ \t]+(?i:{_alt(links)}){after}")


def closing_state(folded: str, end: int, known: Known) -> tuple[int, int] | None:
    """(start, end) of the state the text names right after a genitive link after
    ``end`` (``known.states``: every state mention, a place's too); else None."""
    m = _link().match(folded, end)
    if m is None:
        return None
    stop = known.states.get(m.end())
    if stop is None:
        return None
    further = _further().match(folded, stop)
    if further is not None and further.end() in known.states:
        return None  # "de la Belgique, du Luxembourg et des Pays-Bas": a body several share
    return (m.end(), stop)


@cache
def _further() -> re.Pattern[str]:
    """A comma or a one-word coordinator, then a genitive link, after a state: the state
    is the first of a list the name's link governs (``organ.coordinators``,
    ``organ.genitive``); "du Togo et le Bénin" names a second actor, no list."""
    shapes = load_actor_shapes()
    coords = {fold(w).casefold() for w in shapes.organ.coordinators.all() if " " not in w}
    links = {fold(w).casefold() for w in shapes.organ.genitive.all()}
    articles = {fold(w).casefold() for w in shapes.english.articles}
    if not coords or not links:
        return re.compile(r"(?!)")
    after = rf"(?:{_alt(articles)})?" if articles else ""
    return re.compile(rf"[ \t]*(?:,[ \t]*|[ \t]+(?i:{_alt(coords)}))(?i:{_alt(links)}){after}")


def closes(folded: str, start: int, end: int, known: Known) -> bool:
    """Whether the state named at ``start:end`` closes a longer name as
    :func:`closing_state` reads it: a genitive link right before it."""
    before = folded[max(0, start - 12) : start]
    linked = any(m.end() == len(before) for m in _link().finditer(before))
    return linked and known.states.get(start) == end


def stated(
    folded: str, words: list[tuple[str, int, int]], inner: list[int], end: int, known: Known
) -> bool:
    """Whether the run ``words`` (ending at ``end``), a lower-case head first, is a
    body's name its state closes: the one known name inside is a state ending the run
    after a genitive link, and a capitalised word before the link names the body
    (``ministère de la Justice du Togo``; not ``forces de la Russie``: a kind of force)."""
    if len(inner) != 1 or inner[0] < 0 or known.hits[inner[0]].end != end:
        return False
    state = known.hits[inner[0]]
    if known.states.get(state.start) != state.end:
        return False
    before = [w for w in words if w[2] <= state.start]
    if len(before) < 2 or not any(w[0][:1].isupper() for w in before[1:]):
        return False
    # the link's own words are in the run: the name before it ends one to three words back
    for w in before[-1:-4:-1]:
        found = closing_state(folded, w[2], known)
        if found is not None:
            return found == (state.start, state.end)
    return False


def state_spans(hits: Iterable[ActorHit], entries: Mapping[str, ActorEntry]) -> dict[int, int]:
    """start -> end of every mention ``hits`` holds of a state (``entries``: the
    knowledge base's actors by id), for :func:`closing_state`."""
    out: dict[int, int] = {}
    for h in hits:
        entry = entries.get(h.actor_id)
        if entry is not None and entry.kind == "state":
            out[h.start] = max(h.end, out.get(h.start, h.end))
    return out
