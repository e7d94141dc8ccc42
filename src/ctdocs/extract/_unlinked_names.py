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


def _words(words: list[str]) -> str:
    """An alternation of words as the text writes them (accents kept, either apostrophe),
    longest first, blanks between their parts."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(
        r"[ \t]+".join(re.escape(p).replace("'", "['’]") for p in w.split()) for w in forms
    )


@cache
def _affix() -> re.Pattern[str]:
    """What names a branch after its group: a hyphen or a dash and a place ("-Mozambique",
    "–Khorasan"), perhaps the branch word after it ("-Khorasan Province"); up to three
    capitalised words and that word ("Islamic State Central Africa Province"); a dash,
    that word and a region in French ("– Province d'Afrique centrale"); or " in Somalia"
    where an acronym the text defines follows (organ.branch_in): a branch's own name
    ("Islamic State in Somalia (ISS)"), not a group acting in a place."""
    organ = load_actor_shapes().organ
    inn = _words(organ.branch_in.all()) if organ.branch_in else ""
    words = organ.branch_province.all() if organ.branch_province else []
    prov = _words(words)
    title = _words([w for w in words if w[:1].isupper()])  # after capitalised words
    cap = r"[A-Z][^\W\d_]*"
    # a region's links: a name's joiners less those that open another name or a purpose
    other = {w.split()[0] for w in [*organ.coordinators.all(), *organ.designation.all()]}
    links = _words([w for w in organ.joiners.all() if w.split()[0] not in other])
    mods = _words(organ.modifiers.fr)
    parts = [rf"[-–]{cap}(?![\w-])(?:[ \t]+(?:{prov})(?![\w-]))?" if prov else rf"-{cap}(?![\w-])"]
    if prov:
        parts.append(rf"(?:[ \t]+{cap}){{0,3}}[ \t]+(?:{title})(?![\w-]|[ \t]+(?:{links}))")
        region = rf"(?:{links})[ \t]*{cap}"
        region += rf"(?:[ \t]+(?:{mods})(?![\w-])|[ \t]+(?:{links})[ \t]*{cap})?"
        parts.append(rf"[ \t]+[–-][ \t]+(?:{prov})[ \t]+{region}")
    if inn:
        parts.append(rf"[ \t]+(?:{inn})[ \t]+{cap}(?:[ \t]+{cap}){{0,2}}(?=[ \t]*\([A-Z][A-Z-]+\))")
    return re.compile("|".join(parts))


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
    if text[h.end : h.end + 1] not in ("-", "–") or h.end + 1 not in starts:
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
    starts = {h.start: h for h in hits}
    short: dict[str, str] = {}  # "ISIS-M" -> the branch it is defined for
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # the place the branch's name holds
        e = entries.get(h.actor_id)
        end = _branch_end(text, h, entries, starts) if e is not None else None
        if end is not None and e is not None and e.kind == "non-state armed group":
            surface = text[h.start : end]
            actor_id = short.get(surface, f"unlinked:{slug(surface)}")
            if text[h.end : end].split() and set(text[h.end : end].split()) <= set(e.name.split()):
                actor_id = h.actor_id  # "ISIL-Khorasan Province": the known branch's own word
            acr = starts.get(end + 2) if text[end : end + 2] == " (" else None
            if (
                acr is not None
                and text[acr.end : acr.end + 1] == ")"
                and _armed(acr, entries, names)
            ):
                actor_id = acr.actor_id  # "... Syria–Khorasan (ISIS-K)": the known branch
            prev = out[-1] if out else None
            if (
                prev is not None
                and text[prev.end : h.start] == " ("
                and _armed(prev, entries, names)
            ):
                actor_id = short.setdefault(surface, prev.actor_id)  # "ISIS-Mozambique (ISIS-M)"
            h = ActorHit(h.start, end, actor_id, "shape", 60.0)
            if actor_id.startswith("unlinked:"):
                names.setdefault(actor_id, (surface, "non-state armed group"))
        out.append(h)
    return out


_DASH = re.compile(r"[ \t]+[–-][ \t]+")


@cache
def _province() -> re.Pattern[str]:
    """A blank and the branch word (organ.branch_province): "Islamic State – Somalia
    Province"."""
    organ = load_actor_shapes().organ
    words = organ.branch_province.all() if organ.branch_province else []
    return re.compile(rf"[ \t]+(?:{_words(words)})(?![\w-])" if words else r"(?!)")


def _branch_end(
    text: str, h: ActorHit, entries: dict[str, ActorEntry], starts: dict[int, ActorHit]
) -> int | None:
    """Where the branch's name that opens on ``h`` ends, or None: its affix, or a dash
    and a state the text names ("Islamic State – Somalia"; the state is the branch's
    region, not a state acting)."""
    m = _affix().match(text, h.end)
    if m is not None and not _two_sides(text, h, m.end(), set(starts)):
        return m.end()
    d = _DASH.match(text, h.end)
    place = starts.get(d.end()) if d is not None else None
    e = entries.get(place.actor_id) if place is not None else None
    if place is None or e is None or e.kind != "state":
        return None
    after = _province().match(text, place.end)
    return after.end() if after is not None else place.end


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
