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
    out: Found = []
    for code, strong, weak in found:
        # the longer hits of the domains this one yields to, once per domain: each hit
        # was tested against every strong hit of every domain (some 67 000 steps of a
        # generator on the benchmark's sample), and most domains yield to none found
        over = yields.get(code, frozenset())
        others = [(a, b) for c, a, b in longer if c in over]
        if not others:
            out.append((code, strong, weak))
            continue
        out.append((code, _outside(strong, others), _outside(weak, others)))
    return out


def _outside(hits: list[Span], others: list[Span]) -> list[Span]:
    """``hits`` less those nested inside a longer one of ``others``."""
    return [
        (s, e) for s, e in hits if not any(a <= s and e <= b and b - a > e - s for a, b in others)
    ]
