"""A chamber or council every state has, named by its bare word (``Senate``,
``Parliament``, ``House of Representatives``), in a text of a state whose own the
knowledge base does not list.

The knowledge base gives these words as weak aliases of the bodies it lists (the
United States Senate, the French Senate, the Parliament of Canada): the matcher links
the word to one of them only where the text names that body or its state, and drops it
otherwise. In a Nigerian act, a Trinidad and Tobago gazette, the word is the text's own
state's body (guidelines §3: bodies in no list are actors, their canonical name their
usual English name, and national institutions are organs): ``Senate of Nigeria``. The
text's state is the one it names most, early, or its letterhead's (``home_state``); a
text of no clear state, or of a state whose body the knowledge base lists, is left as
the matcher leaves it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .._knowledge import ActorEntry, fold
from ..models import ActorKind
from ._actors import ActorHit
from ._shape_regex import finditer_from
from ._unlinked_owners import home_state, kind_of
from ._word_openings import Openings, TextWords

__all__ = ["home_chambers"]

_Names = dict[str, tuple[str, ActorKind]]


def _chambers(entries: dict[str, ActorEntry]) -> dict[str, tuple[str, frozenset[str]]]:
    """A state body's capitalised weak alias, folded -> (its English form; the states
    whose bodies bear it), for the aliases only bodies of two states or more bear
    (``Senate``; not ``Council``, which organisations' bodies bear too)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    shared: set[str] = set()
    for e in entries.values():
        state = (
            e.part_of if e.part_of is not None and kind_of(e.part_of, entries) == "state" else None
        )
        for alias in e.weak_aliases:
            key = fold(alias)
            if not key[:1].isupper():
                continue
            if state is None or e.kind != "organ":
                shared.add(key)
                continue
            english, states = out.get(key, (_english(e.weak_aliases, alias), frozenset()))
            out[key] = (english, states | {state})
    # a word that names one state's body only is that body's short name, not every
    # state's (``Federal Court`` of Canada, ``Agency``): two states at least bear it
    return {k: v for k, v in out.items() if k not in shared and len(v[1]) > 1}


_SEEN: dict[int, tuple[dict[str, ActorEntry], dict[str, tuple[str, frozenset[str]]]]] = {}


def _cached(entries: dict[str, ActorEntry]) -> dict[str, tuple[str, frozenset[str]]]:
    """:func:`_chambers` of ``entries``, read once per knowledge base (speed: every parse
    would walk its thousands of entries); the entries are kept so their id stays theirs."""
    kept = _SEEN.get(id(entries))
    if kept is None or kept[0] is not entries:
        if len(_SEEN) > 3:
            _SEEN.clear()
        kept = _SEEN[id(entries)] = (entries, _chambers(entries))
    return kept[1]


def _english(aliases: list[str], alias: str) -> str:
    """The English of a body's weak alias: the first of its aliases written in plain
    letters, not in capitals (``Senate`` for ``Sénat``, ``House of Representatives`` for
    ``Chambre des représentants``); else the alias itself."""
    plain = (a for a in aliases if a.isascii() and not a.isupper())
    return next(plain, alias)


@lru_cache(maxsize=4)
def _pattern(keys: frozenset[str]) -> re.Pattern[str] | None:
    """The aliases as one pattern, longest first, none running on into a word."""
    if not keys:
        return None
    alts = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    # speed: opening on the words, not on a look-behind (tried at every position); the
    # word's start is checked by the caller
    return re.compile(rf"(?:{alts})(?![\w'-])")


@lru_cache(maxsize=4)
def _openings(keys: frozenset[str]) -> Openings | None:
    """Where the aliases' pattern may match: their tokens (None where one does not open
    on letters)."""
    try:
        return Openings(keys)
    except ValueError:
        return None


def home_chambers(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: _Names,
    named: list[ActorHit],
    slug: Callable[[str], str],
    words: TextWords | None = None,
) -> list[ActorHit]:
    """``hits`` and, for each bare chamber word no mention covers, a mention of the text's
    own state's chamber (``names`` gets its name); ``named``: every knowledge-base
    mention, places too (a masthead names the state). ``words``: the tokens of
    ``folded``, where the words are looked up (speed: a look-up of the text's words, not
    a substring search per alias and a scan)."""
    chambers = _cached(entries)
    pattern = _pattern(frozenset(chambers))
    if pattern is None:
        return hits
    at = _openings(frozenset(chambers)) if words is not None else None
    if words is not None and at is not None:
        found = list(finditer_from(pattern, folded, at.at(words)))
    # speed: a substring search per word (fast, in C) before the pattern, which the
    # regex engine tries at every position (its words share no first letter)
    elif not any(k in folded for k in chambers):
        return hits
    else:
        found = list(pattern.finditer(folded))
    if not found:
        return hits
    home = home_state(named, entries, len(folded), folded)
    if home is None:
        return hits
    taken = bytearray(len(folded))
    for h in hits:
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    extra: list[ActorHit] = []
    for m in found:
        if m.start() > 0 and (folded[m.start() - 1].isalnum() or folded[m.start() - 1] in "_'-"):
            continue  # inside a word: no name starts there
        english, states = chambers[m.group()]
        if home.id in states or taken.find(1, m.start(), m.end()) >= 0:
            continue
        name = f"{english} of {home.name}"
        actor_id = f"unlinked:{slug(name)}"
        names.setdefault(actor_id, (name, "organ"))
        extra.append(ActorHit(m.start(), m.end(), actor_id, "shape", 60.0))
    return sorted([*hits, *extra], key=lambda h: (h.start, -h.end)) if extra else hits
