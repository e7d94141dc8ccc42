"""Hits of one domain that a longer hit of another domain says mean something else.

"aeronef" inside "aeronef circulant sans personne a bord" is a drone, not aviation:
the longer phrase says what the words mean, as a domain's own ``exclude`` does, without
copying the other domain's patterns there. ``yields_to`` in ``domains.toml`` names, per
domain, the codes whose longer strong hit overrides a hit nested inside it.
"""

from __future__ import annotations

from functools import lru_cache

from .._knowledge import Knowledge

__all__ = ["inside_others"]

Span = tuple[int, int]
Found = list[tuple[str, list[Span], list[Span]]]


@lru_cache(maxsize=8)
def _yields_of(kb: Knowledge) -> dict[str, frozenset[str]]:
    """Domain code -> the codes it yields to."""
    return {d.code: frozenset(d.yields_to) for d in kb.domains.domain if d.yields_to}


def inside_others(found: Found, kb: Knowledge) -> Found:
    """``found`` ((code, strong hits, weak hits) per domain) without the hits nested
    inside a longer strong hit of a domain their own yields to."""
    yields = _yields_of(kb)
    if not yields or not any(code in yields for code, _, _ in found):
        return found
    longer = [(code, s, e) for code, strong, _ in found for s, e in strong]

    def nested(code: str, span: Span) -> bool:
        over = yields.get(code, frozenset())
        s, e = span
        return any(c in over and a <= s and e <= b and b - a > e - s for c, a, b in longer)

    return [
        (code, [h for h in strong if not nested(code, h)], [h for h in weak if not nested(code, h)])
        for code, strong, weak in found
    ]
