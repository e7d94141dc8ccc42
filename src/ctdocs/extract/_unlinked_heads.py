"""A body's head noun alone after a definite article: ``the Court``, ``the Secretariat``,
``le Comité``, ``la Cour`` said of the one body of the text that noun heads.

Judgments, communiqués and decrees name a body in full once (``Federal Court of
Australia``, ``IGAD Secretariat``, ``Comité de défense et de sécurité``) and then call it
by its head noun. Guidelines §3 count a capitalised short reference to a named body as a
mention of it, resolved by the text. The text resolves it only where one body it names
has that head: with two (``Committee of the Pacific Policing Initiative`` beside ``Forum
Regional Security Committee``) the noun is left alone. The head nouns, joiners and
articles are data (``organ.heads``, ``organ.joiners``, ``organ.defined_article`` in
``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._shape_regex import _alt, _word_alt, alt_forms
from ._unlinked_refs import _free_spans

__all__ = ["head_refs"]

_BODY_KINDS = ("organ", "organization")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The one-word head nouns and the joiner words (casefolded, folded), and the
    pattern of a capitalised word after a definite article (group 1: the word)."""
    c = load_actor_shapes().organ
    heads = frozenset(fold(h).casefold() for h in c.heads.all() if " " not in fold(h).strip())
    joins = frozenset(w.casefold() for j in c.joiners.all() for w in re.split(r"[ ']+", fold(j)))
    # (speed: the look-behind after each article's first letter, see _word_alt)
    articles = _word_alt(sorted(alt_forms(c.defined_article.all(), capital=True)))
    mods = _alt([m for m in c.modifiers.all() if not m.startswith("-")])
    # "the Court", "la Cour", "l'Assemblée"; not "the Court of Appeal", "the Court
    # Registry", "le Comité d'orientation", "l'Autorité nationale": a word that opens a
    # longer name is not the short reference. Not "THE COMMITTEE": a heading in capitals
    pattern = re.compile(
        rf"{articles}(?:(?<=')|[ \t]+)([A-Z][a-z][^\W\d_]*)(?![\w'])"
        rf"(?![ \t]+(?:[A-Z]|(?:{_alt(c.joiners.all())})(?:(?<=')|[ \t])|(?:{mods})(?![\w'])))"
    )
    return heads, frozenset(w for w in joins if w), pattern


def _head(surface: str, heads: frozenset[str], joins: frozenset[str]) -> str | None:
    """The head noun of a body's name: its first word where that is one (``Committee of
    the ...``, ``Cour des affaires pénales``), else the last head before a joiner
    (``Federal Court of Australia``, ``Forum Regional Security Committee``)."""
    words = fold(surface).casefold().split()
    if not words:
        return None
    if words[0] in heads:
        return words[0]
    found = None
    for w in words:
        if w in joins:
            break
        if w in heads:
            found = w
    return found


def _bodies(
    folded: str,
    hits: Iterable[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Head noun -> the bodies of the text it heads; actor id -> where it is first named."""
    heads, joins = _words()[:2]
    by_head: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for h in hits:
        entry = entries.get(h.actor_id)
        kind = entry.kind if entry is not None else names.get(h.actor_id, ("", ""))[1]
        if kind not in _BODY_KINDS or h.end - h.start < 2:
            continue
        head = _head(folded[h.start : h.end], heads, joins)
        if head is None or head == folded[h.start : h.end].casefold():
            continue  # the bare noun itself is a short reference, not a name
        by_head.setdefault(head, set()).add(h.actor_id)
        first[h.actor_id] = min(first.get(h.actor_id, h.start), h.start)
    return by_head, first


def head_refs(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    names: dict[str, tuple[str, ActorKind]],
) -> list[ActorHit]:
    """Mentions of the body a bare head noun after a definite article means: the one body
    of the text with that head, named before it."""
    by_head, first = _bodies(folded, hits, entries, names)
    if not by_head:
        return []
    taken = _free_spans(folded, hits)
    out: list[ActorHit] = []
    for m in _words()[2].finditer(folded):
        bodies = by_head.get(m.group(1).casefold(), set())
        if len(bodies) != 1:
            continue
        (actor_id,) = bodies
        s, e = m.span(1)
        if first[actor_id] < s and taken.find(1, s, e) < 0:
            out.append(ActorHit(s, e, actor_id, "shape", 60.0))
            taken[s:e] = b"\x01" * (e - s)
    return out
