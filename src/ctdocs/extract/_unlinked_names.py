"""Names the shape finder reads against the knowledge base: an armed group's branch
by its place (``ISIS-Mozambique``), a known full name in another case, the names of the
knowledge base's persons (after "M.", a known person's surname is no lone one).

Split from :mod:`ctdocs.extract._unlinked`, which calls these once per text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit

__all__ = ["affiliates", "known_surnames"]


@cache
def _affix() -> re.Pattern[str]:
    """A hyphen and a place ("-Mozambique"); or " in Somalia" where an acronym the text
    defines follows (organ.branch_in): a branch's own name ("Islamic State in Somalia
    (ISS)"), not a group acting in a place."""
    words = load_actor_shapes().organ.branch_in
    forms = sorted({fold(w) for w in words.all()}, key=len, reverse=True) if words else []
    alt = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in forms)
    inside = (
        rf"|[ \t]+(?:{alt})[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){{0,2}}"
        r"(?=[ \t]*\([A-Z][A-Z-]+\))"
        if alt
        else ""
    )
    return re.compile(rf"-[A-Z][^\W\d_]*(?![\w-]){inside}")


@cache
def _sides() -> frozenset[str]:
    """The nouns that make a hyphen-joined pair of actors two sides (data: organ.sides)."""
    words = load_actor_shapes().organ.sides
    return frozenset(fold(w).casefold() for w in words.all()) if words is not None else frozenset()


_WORD_AFTER = re.compile(r"[ \t\n]*([^\W\d_][\w'-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'-]*)[ \t\n]*$")


def _two_sides(text: str, h: ActorHit, end: int, starts: set[int]) -> bool:
    """Whether ``Hamas-Israel`` names two sides, not a branch: the affix is itself a known
    actor and a noun of sides stands beside the pair ("the Hamas-Israel war", "les
    affrontements Hezbollah-Israël"); "ISIS-Mozambique attacked" stays a branch."""
    if text[h.end : h.end + 1] != "-" or h.end + 1 not in starts:
        return False
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, h.start - 40), h.start)
    return any(w is not None and fold(w.group(1)).casefold() in _sides() for w in (after, before))


def affiliates(
    text: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
    slug: Callable[[str], str],
) -> list[ActorHit]:
    """An armed group's name glued by a hyphen to a place (``ISIS-Mozambique``,
    ``EIIL-Somalie``), or followed by ``in`` and a place and an acronym (``Islamic State
    in Somalia (ISS)``), names its branch there: one mention of another group, the place
    in it no state acting; ``names`` gets the branch's name."""
    out: list[ActorHit] = []
    starts = {h.start for h in hits}
    short: dict[str, str] = {}  # "ISIS-M" -> the branch it is defined for
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # the place the branch's name holds
        e = entries.get(h.actor_id)
        m = _affix().match(text, h.end) if e is not None else None
        if m is not None and _two_sides(text, h, m.end(), starts):
            m = None
        if m is not None and e is not None and e.kind == "non-state armed group":
            surface = text[h.start : m.end()]
            actor_id = short.get(surface, f"unlinked:{slug(surface)}")
            prev = out[-1] if out else None
            if (
                prev is not None
                and text[prev.end : h.start] == " ("
                and _armed(prev, entries, names)
            ):
                actor_id = short.setdefault(surface, prev.actor_id)  # "ISIS-Mozambique (ISIS-M)"
            h = ActorHit(h.start, m.end(), actor_id, "shape", 60.0)
            names.setdefault(actor_id, (surface, "non-state armed group"))
        out.append(h)
    return out


def _armed(
    h: ActorHit, entries: dict[str, ActorEntry], names: dict[str, tuple[str, ActorKind]]
) -> bool:
    """Whether the mention names an armed group (known, or a branch found here)."""
    e = entries.get(h.actor_id)
    return (e.kind if e is not None else names.get(h.actor_id, ("", ""))[1]) == (
        "non-state armed group"
    )


def known_surnames(folded: str, hits: list[ActorHit], entries: dict[str, ActorEntry]) -> set[str]:
    """The words of the names of the knowledge base's persons the text names ("Lavrov";
    "Ban", a family name written first): after "M." they name those persons, not lone
    surnames."""
    out: set[str] = set()
    for h in hits:
        e = entries.get(h.actor_id)
        if e is not None and e.kind == "person":
            out.update(w for form in (e.name, *e.aliases) for w in form.split())
    return out
