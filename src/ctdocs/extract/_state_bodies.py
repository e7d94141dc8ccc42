"""A state's own body named with the state's adjective: ``parquet fédéral belge``,
``armée nigériane``, ``Forces armées maliennes``, ``police néerlandaise``.

French names a state's body by a noun and the state's adjective after it. Two ways the
other finders miss it: a known body's name stops before the adjective (``parquet
fédéral`` is a name in the knowledge base, ``belge`` is not part of it), and a common
noun with an adjective (``armée nigériane``) has no capital to be a name by shape.
Guidelines §3: a body's full name is one surface form, and national institutions are
organs. Why the adjective and not any word after a name: the adjectives are the
knowledge base's own (those of its ``gouvernement X`` names), so what follows is a
state's name and nothing else; the nouns are data (``state.body_heads`` in
``data/models/actor_shapes.toml``), each with its English head for the body's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._shape_regex import by_first_letter, finditer_from
from ._state_adjectives import adjective_after, english_adjectives
from ._word_openings import Openings, TextWords, caseless_ok

__all__ = ["state_bodies"]

_Names = dict[str, tuple[str, ActorKind]]


@cache
def _heads() -> tuple[re.Pattern[str], dict[str, str]]:
    """The nouns as one pattern (any case, folded) and noun -> English head."""
    pairs = load_actor_shapes().state.body_heads
    english = {fold(f).casefold(): en for f, en in pairs}
    alts = [re.escape(fold(f)) for f, _ in sorted(pairs, key=lambda p: -len(p[0]))]
    end = r"(?![\w'\u2019-])"
    if not all(a[:1].isascii() and a[:1].isalpha() for a in alts):
        return re.compile(rf"(?<![\w-])(?i:{'|'.join(alts)}){end}"), english
    # speed: grouped by first letter, the pattern is tried at those letters only, not at
    # every character of the text (the look-behind asked after the first letter)
    return re.compile(by_first_letter(alts, before=r"[\w-]") + end), english


@cache
def _heads_at() -> tuple[list[str], Openings | None]:
    """The nouns (folded) and where their pattern may match: their tokens (None where a
    noun does not open on letters)."""
    forms = [fold(f) for f, _ in load_actor_shapes().state.body_heads]
    try:
        return forms, Openings(forms, caseless=True)
    except ValueError:
        return forms, None


def _kind(actor_id: str, entries: dict[str, ActorEntry], names: _Names) -> str:
    e = entries.get(actor_id)
    return e.kind if e is not None else names.get(actor_id, ("", ""))[1]


def _runs_on(text: str, h: ActorHit, entries: dict[str, ActorEntry], names: _Names) -> bool:
    """Whether an adjective after the hit belongs to its name: the hit is an organ's,
    not written as the knowledge base's own name of it. A French text that writes a
    body by that name (``Audiencia Nacional``) keeps the body's name untranslated, and
    an adjective after it (``espagnole``) is the writer's gloss on it; a name put in
    French (``parquet fédéral``) takes the adjective that says whose body it is."""
    e = entries.get(h.actor_id)
    if _kind(h.actor_id, entries, names) != "organ":
        return False
    return e is None or fold(text[h.start : h.end]).casefold() != fold(e.name).casefold()


def _state_name(state: str, entries: dict[str, ActorEntry]) -> str:
    e = entries.get(state)
    return state if e is None else e.name


def _extended(
    text: str, h: ActorHit, end: int, state: str, ctx: tuple[dict[str, ActorEntry], _Names]
) -> tuple[ActorHit, str | None]:
    """The hit run on to the adjective ending at ``end``, and the new id's name (None
    where the hit keeps its id: a known body of that very state)."""
    entries, names = ctx
    e = entries.get(h.actor_id)
    if e is not None and e.part_of == state:
        return ActorHit(h.start, end, h.actor_id, h.method, h.score), None
    bare = e.name if e is not None else names.get(h.actor_id, (text[h.start : h.end], ""))[0]
    bare = re.sub(r" \([^()]*\)$", "", bare)  # "Ministry of the Interior (France)"
    return ActorHit(h.start, end, "", "shape", 60.0), f"{bare} ({_state_name(state, entries)})"


def state_bodies(
    text: str,
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: _Names,
    slug: Callable[[str], str],
    words: TextWords | None = None,
) -> list[ActorHit]:
    """``hits`` (sorted by start) with each organ's mention run on to a state adjective
    right after it, and each body noun with one as a new organ; ``names`` gets the new
    ids' names. ``words``: the tokens of ``folded``, where the nouns are looked up."""
    out: list[ActorHit] = []
    for k, h in enumerate(hits):
        after = adjective_after(folded, h.end, entries)
        nxt = hits[k + 1].start if k + 1 < len(hits) else len(folded)
        if after is None or after[0] > nxt or not _runs_on(text, h, entries, names):
            out.append(h)
            continue
        h, name = _extended(text, h, after[0], after[1], (entries, names))
        if name is not None:
            h = ActorHit(h.start, h.end, f"unlinked:{slug(name)}", h.method, h.score)
            names.setdefault(h.actor_id, (name, "organ"))
        out.append(h)
    new = _new_bodies(folded, out, entries, names, slug, words)
    return sorted([*out, *new], key=_order)


def _order(h: ActorHit) -> tuple[int, int]:
    return h.start, -h.end


def _new_bodies(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: _Names,
    slug: Callable[[str], str],
    words: TextWords | None = None,
) -> list[ActorHit]:
    """Each body noun with a state adjective after it, where no mention is, as an organ
    of that state named in English (``Nigerian Army``).

    Speed: the pattern, opening on a class of its nouns' first letters, was tried at
    each of them (some 1 % of the actor stage); it is tried where a token of ``words``
    is a noun's first word only: the same matches, where the nouns are ASCII, the text
    holds no letter a caseless match reads otherwise and no word glued to the next at a
    capital (a match could then run across the cut)."""
    pattern, english = _heads()
    adjectives = english_adjectives(entries)
    out: list[ActorHit] = []
    forms, heads_at = _heads_at()
    found = pattern.finditer(folded)
    if words and heads_at and not words.glued and caseless_ok(forms, folded):
        found = finditer_from(pattern, folded, heads_at.at(words))
    for m in found:
        after = adjective_after(folded, m.end(), entries)
        if after is None or any(h.start < after[0] and m.start() < h.end for h in hits):
            continue
        head, state = english[m.group().casefold()], after[1]
        adj = adjectives.get(state)
        name = f"{adj} {head}" if adj else f"{head} ({_state_name(state, entries)})"
        actor_id = f"unlinked:{slug(name)}"
        names.setdefault(actor_id, (name, "organ"))
        out.append(ActorHit(m.start(), after[0], actor_id, "shape", 60.0))
    return out
