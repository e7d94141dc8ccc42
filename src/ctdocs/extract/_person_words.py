"""No person named only in the words bodies' names are made of: ``Défense Nationale``,
``Internal Security``, ``des Armées``, ``Internal Affairs``.

The person finders read capitalised words after an office, in a signature block or in
capitals as a name; a piece of a body's name or of a heading cut off by a line break
(``Ministère de la Défense Nationale``, ``Minister of State for Internal Security``)
looks the same to them. The words bodies' names are built of are data already, the
``[english]`` lists that put a French name in English (guidelines §3: a body's name is
one surface form; a person is a named person): a "name" every word of which is in them,
in French or in English, is no person's.
"""

from __future__ import annotations

from functools import cache

from .._knowledge import fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit

__all__ = ["drop_body_words"]


@cache
def _words() -> frozenset[str]:
    """The French words of the lists and the English words they give, folded."""
    e = load_actor_shapes().english
    words = {fold(a).casefold() for a in e.articles}
    for table in (e.nouns, e.adjectives, e.links):
        for french, english in table.items():
            words.update(fold(f"{french} {english}").casefold().split())
    return frozenset(words)


def drop_body_words(
    text: str, hits: list[ActorHit], names: dict[str, tuple[str, ActorKind]]
) -> list[ActorHit]:
    """``hits`` without the unlinked persons' mentions written only in those words."""
    words = _words()

    def body_words(h: ActorHit) -> bool:
        named = names.get(h.actor_id)
        if named is None or named[1] != "person":
            return False
        return all(w in words for w in fold(text[h.start : h.end]).casefold().split())

    return [h for h in hits if not body_words(h)]
