"""An organ named by its head and its owner's acronym: the owner's acronym first.

A body no list knows is often an organ of an organisation the text names by its
acronym: ``Secrétariat du GIABA``, ``Commission technique du GIABA``, ``Commission de
la CEMAC``, ``Explosives Unit of the SAPS``. Read word by word its English name is
``Secretariat of GIABA``; the usual English name of such an organ (guidelines §3)
puts the acronym first, as organisations name their own organs and as every annotated
batch writes them (``GIABA Secretariat``, ``CEMAC Commission``, ``SAPS Explosives
Unit``: 274 canonical names across the batches, against 4 written ``... of the ACR``).
So a canonical name that ends on an owner joiner (``of``, ``of the``: data,
``organ.owner`` in ``data/models/actor_shapes.toml``) and one acronym is turned
round. Not where the acronym is a state's (``Government of the DRC``,
``Embassy of the USA``): a state's body is named after the state in full. Nor where it
names no body: a subject (``Ministry of ICT``, ``Direction des NRBC``), an office
(``Office of the PM``, ``Office of the DNI``) is no owner; the acronym is an owner where
the knowledge base gives it to a body that is no state (``GIABA``, ``SAPS``) or the text
names a body by it (``owners``: a mention of a body that is the acronym alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any

from .._knowledge import load_actor_shapes
from ._actors import ActorMatcher, get_matcher

__all__ = ["body_acronyms", "owner_first"]

_ACRONYM = r"[A-Z][A-Z0-9&]{1,9}"  # GIABA, CEMAC, SAPS, G5: capitals, two to ten


@cache
def _shape(language: str) -> re.Pattern[str]:
    """A head in capitals, an owner joiner of ``language``, one acronym, and the end."""
    joiners = getattr(load_actor_shapes().organ.owner, language)
    alts = "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(joiners, key=len, reverse=True)
    )
    return re.compile(rf"(?P<head>[A-Z][^()]*?)\s+(?:{alts})\s+(?P<owner>{_ACRONYM})")


@lru_cache(maxsize=8)
def _known_acronyms(matcher: ActorMatcher) -> tuple[frozenset[str], frozenset[str]]:
    """The acronyms and one-word names in capitals the knowledge base gives its states
    (USA, DRC), and those it gives its bodies that are no state or person (GIABA,
    INTERPOL): one walk of the entries for both."""
    states: set[str] = set()
    bodies: set[str] = set()
    for e in matcher.entries.values():
        if e.kind == "person":
            continue
        forms = (f for f in (*e.acronyms, *e.strong_forms()) if re.fullmatch(_ACRONYM, f))
        (states if e.kind == "state" else bodies).update(forms)
    return frozenset(states), frozenset(bodies)


def body_acronyms(
    text: str, hits: Iterable[Any], entries: Mapping[str, Any], names: Mapping[str, tuple[str, str]]
) -> frozenset[str]:
    """The acronyms by which ``text`` names a body that is no state or person: a mention
    (of ``hits``) that is the acronym alone; ``names``: the unlinked actors' (name, kind)."""
    out = set()
    for h in hits:
        form = text[h.start : h.end]
        e = entries.get(h.actor_id)
        kind = e.kind if e is not None else names.get(h.actor_id, ("", None))[1]
        if kind not in (None, "state", "person") and re.fullmatch(_ACRONYM, form):
            out.add(form)
    return frozenset(out)


def owner_first(name: str, language: str, owners: frozenset[str] = frozenset()) -> str:
    """``name`` with a trailing owner's acronym put first (``Secretariat of GIABA`` ->
    ``GIABA Secretariat``), ``language`` being the name's, where the acronym names a body
    (the knowledge base's, or one of the text's ``owners``); else ``name`` as it is."""
    m = _shape(language).fullmatch(name)
    if m is None:
        return name
    states, bodies = _known_acronyms(get_matcher())
    if m["owner"] in states:
        return name
    if m["owner"] not in owners and m["owner"] not in bodies:
        return name  # a subject, an office: "Ministry of ICT", "Office of the PM"
    return f"{m['owner']} {m['head']}"
