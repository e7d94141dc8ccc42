"""A known body's full name with its owner, written in another case than the
knowledge base's, as one mention.

``Bureau de lutte contre le terrorisme des Nations unies`` is one of the knowledge
base's names of the UN Office of Counter-Terrorism, written there ``Nations Unies``.
Names of two words or more match with the first letter of the first word in either
case only, so the matcher finds two bodies, the office and the United Nations
(``Nations unies`` is itself a name); French writes the second word of ``Nations
unies`` in lower case as often as not. Where a body's mention, an owner joiner and
another mention stand in a row and, case aside, spell one of the first body's own
names, they are that one full name (guidelines §3: a body's full name is one surface
form; the inner body is listed only where it is also named on its own).

Only a name the knowledge base gives: where a text joins a body to its owner in a
name the knowledge base does not give (``Comité contre le terrorisme du Conseil de
sécurité``), the annotated corpora list the two bodies apart. The joiners (``of the``,
``du``) are data (``organ.owner`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._knowledge import ActorEntry, fold
from ..models import ActorKind
from ._actors import ActorHit
from ._unlinked_owners import home_state, kind_of, owner_joiner

__all__ = ["foreign_bodies", "owned_names", "states_own"]


def _forms(actor_id: str, entries: dict[str, ActorEntry]) -> frozenset[str]:
    """The actor's strong names, folded, case-blind, one blank between words."""
    e = entries.get(actor_id)
    if e is None:
        return frozenset()
    return frozenset(" ".join(fold(f).casefold().split()) for f in e.strong_forms())


def _same_name(folded: str, h: ActorHit, nxt: ActorHit, entries: dict[str, ActorEntry]) -> bool:
    """Whether the two hits and what joins them write one of the first's own names."""
    whole = " ".join(folded[h.start : nxt.end].casefold().split())
    return whole in _forms(h.actor_id, entries)


def owned_names(
    folded: str, hits: list[ActorHit], entries: dict[str, ActorEntry]
) -> list[ActorHit]:
    """``hits`` (sorted by start), where a body, an owner joiner and a second mention
    spell one of the first body's names case aside, with the two made one mention."""
    joiner = owner_joiner()
    out: list[ActorHit] = []
    k = 0
    while k < len(hits):
        h = hits[k]
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            nxt is not None
            and nxt.start > h.end
            and joiner.fullmatch(folded, h.end, nxt.start) is not None
            and _same_name(folded, h, nxt, entries)
        ):
            out.append(ActorHit(h.start, nxt.end, h.actor_id, h.method, h.score))
            k += 2
            continue
        out.append(h)
        k += 1
    return out


def states_own(
    text: str,
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    named: list[ActorHit],
    slug: Callable[[str], str],
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """``hits`` (sorted by start), where a state's body named by a name every state's
    body may bear is followed by an owner joiner and another state (``police nationale
    du Bénin``, ``the National Police of Benin``, ``Cour de cassation du Sénégal``), with
    the two made one mention of that other state's own body; and id -> (name, kind) of
    those bodies. ``named``: every knowledge-base mention, places too (``du Bénin`` may
    have been read as a place)."""
    joiner = owner_joiner()
    states = {h.start: h for h in named if kind_of(h.actor_id, entries) == "state"}
    names: dict[str, tuple[str, ActorKind]] = {}
    out: list[ActorHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # the state the body's name holds
        e = entries.get(h.actor_id)
        owner = None if e is None or e.kind != "organ" else entries.get(str(e.part_of))
        m = joiner.match(folded, h.end) if owner is not None and owner.kind == "state" else None
        other = states.get(m.end()) if m is not None else None
        if other is not None and owner is not None and other.actor_id != owner.id:
            surface = " ".join(text[h.start : other.end].split())
            h = ActorHit(h.start, other.end, f"unlinked:{slug(surface)}", "shape", 60.0)
            names.setdefault(h.actor_id, (surface, "organ"))
        out.append(h)
    return out, names


def foreign_bodies(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    named: list[ActorHit],
    slug: Callable[[str], str],
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """``hits``, where a body the knowledge base ties to one state by a bracketed
    qualifier (``Financial Intelligence Centre (South Africa)``: the bare name is one
    every state's body may bear) is named in a text that never writes that state's name
    (nor a word on its stem: ``Australian``), in a text of one state: there it is that
    state's own body (a Zambian gazette's ``Financial Intelligence Centre``, a Burkinabe
    decree's ``CENTIF``); and id -> (name, kind) of those bodies. ``named``: every
    knowledge-base mention, places and chrome too (a gazette names its state in its
    masthead)."""
    home = home_state(named, entries, len(folded), folded)
    if home is None:
        return hits, {}
    names: dict[str, tuple[str, ActorKind]] = {}
    out: list[ActorHit] = []
    for h in hits:
        bare = _foreign_bare(entries.get(h.actor_id), entries, folded)
        if bare is not None:
            name = f"{bare} ({home.name})"
            h = ActorHit(h.start, h.end, f"unlinked:{slug(name)}", h.method, h.score)
            names.setdefault(h.actor_id, (name, "organ"))
        out.append(h)
    return out, names


# a state's name and its adjectives share all but its last three letters, five at least
# (Austra-lian, Belgi-que, Sénég-alais, South Afr-ican)
_STEM, _ENDING = 5, 3


def _foreign_bare(e: ActorEntry | None, entries: dict[str, ActorEntry], folded: str) -> str | None:
    """The name of a body without its state qualifier, where the knowledge base ties it
    by that qualifier to a state the text never names; else None."""
    owner = None if e is None or e.kind != "organ" else entries.get(str(e.part_of))
    if e is None or owner is None or owner.kind != "state":
        return None
    qualifier = f" ({owner.name})"
    if not e.name.endswith(qualifier):
        return None
    forms = (fold(n).casefold() for n in (owner.name, owner.name_fr or "") if n)
    stems = {f[: max(_STEM, len(f) - _ENDING)] for f in forms}
    lowered = folded.casefold()
    if any(re.search(rf"(?<!\w){re.escape(s)}", lowered) for s in stems):
        return None
    return e.name[: -len(qualifier)]
