"""Features of the clause-domain precision screen measured in session 44 and not adopted
(benchmarks/results/cdom44_lobo.txt): for each clause tag the rules settled, shapes that
hold across publishers (how much of the clause's own text names the domain, where, in a
list or not, how many other domains the clause carries, whether its parent, siblings,
children and the rest of the document carry it). A body-less heading clause ("5
Security zones" over 5(1) ...) is left out: the gold of the dev corpus and of ho1-ho16
tags it, that of ho17 on does not (benchmarks/results/cdom42_domains.txt, section 3),
and a screen fitted over both learns the conflict, not the domain (the first fit here
did: ho17-ho42 up, dev and ho1-ho16 down).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ctdocs.structure._tree import RawBlock

__all__ = ["FEATURES", "features", "heading_only"]

FEATURES = (
    "alone",
    "children_share",
    "doc_own",
    "doc_share",
    "first_at",
    "hits",
    "in_list",
    "in_title",
    "log_words",
    "other_domains",
    "own",
    "own_none",
    "own_weak",
    "parent_has",
    "siblings_share",
)

_Tags = dict[str, list[tuple[int, int]]]
_LIST_REACH = 40  # characters either side of a hit read for a list's commas


def _share(keys: list[int], clauses: dict[int, _Tags], code: str) -> float:
    inside = [k for k in keys if k in clauses]
    return sum(code in clauses[k] for k in inside) / len(inside) if inside else 0.0


def _in_list(text: str, s: int, e: int) -> bool:
    """The hit stands among nouns strung by commas (two commas near it, or a comma and
    a closing and/or/et/ou): one of several things named, not the clause's subject."""
    near = text[max(0, s - _LIST_REACH) : e + _LIST_REACH]
    return near.count(",") + near.count(";") >= 2


def heading_only(b: RawBlock) -> bool:
    return bool(b.title) and not b.text.strip()


def features(
    text: str,
    blocks: list[RawBlock],
    clauses: dict[int, _Tags],
    own: dict[int, dict[str, float]],
    k: int,
    code: str,
) -> dict[str, float]:
    """The shape of clause ``k``'s tag ``code`` (``own``: each clause's own weights)."""
    b = blocks[k]
    w = own.get(k, {}).get(code, 0.0)
    spans = [(s, e) for s, e in clauses[k].get(code, []) if b.start <= s < b.end]
    length = max(1, b.end - b.start)
    words = len(b.text.split())
    first = min((s for s, _ in spans), default=b.end)
    others = [j for j in clauses if j != k]
    siblings = [j for j in (blocks[b.parent].children if b.parent is not None else []) if j != k]
    children = list(b.children)
    own_elsewhere = sum(own.get(j, {}).get(code, 0.0) >= 1.0 - 1e-9 for j in others)
    return {
        "own": min(w, 3.0),
        "own_none": float(w <= 0.0),
        "own_weak": float(0.0 < w < 1.0 - 1e-9),
        "hits": float(min(len(spans), 3)),
        "first_at": (first - b.start) / length if spans else 1.0,
        "in_title": float(bool(b.title) and any(s < b.body_start for s, _ in spans)),
        "in_list": float(bool(spans) and all(_in_list(text, s, e) for s, e in spans)),
        "other_domains": float(min(len(clauses[k]) - 1, 3)),
        "log_words": math.log1p(words),
        "parent_has": float(b.parent is not None and code in clauses.get(b.parent, {})),
        "siblings_share": _share(siblings, clauses, code),
        "children_share": _share(children, clauses, code),
        "doc_share": _share(others, clauses, code),
        "doc_own": math.log1p(own_elsewhere),
        "alone": float(not any(code in clauses[j] for j in others)),
    }
