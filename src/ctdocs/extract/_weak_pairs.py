"""A short reference coordinated with a named body belongs to that body's family.

``Regulation (EU) 2019/1896 of the European Parliament and of the Council``, ``du
Parlement européen et du Conseil``: the two bodies that adopt an act are named side by
side, and the bare ``Council`` is the one of the named body's organisation (the Council
of the European Union), whatever body the text names nearest elsewhere (a ``Security
Council`` resolution cited two lines down). The joiner is read from the characters
between the named body and the short reference; the family is the knowledge base's
``part_of`` chain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .._offsets import Positions

__all__ = ["coordinated_pick", "coordinates", "joined"]

# "X and of the Council", "X et du Conseil", "X and the Council", "X ou le Conseil"
_JOINED = re.compile(
    r"[ \t\n]+(?:and|et|or|ou)(?:[ \t\n]+(?:of|de))?[ \t\n]+(?:(?:the|le|la|du)[ \t\n]+|l')?"
)


def coordinated_pick(
    folded: str,
    start: int,
    strong: Sequence[tuple[int, int, str]],
    starts: Positions[int],
    alts: Sequence[str],
    root: Callable[[str], str],
) -> str | None:
    """The actor among ``alts`` of the family of the named body (``strong``: start, end,
    id, sorted by start; ``starts``: their starts) that the short reference at ``start``
    is coordinated with; None when it follows no named body through a joiner, or when
    not exactly one fits."""
    k = starts.before(start) - 1  # the last named body starting before it
    if k < 0:
        return None
    _, end, named = strong[k]
    if end < start - 24 or _JOINED.fullmatch(folded, end, start) is None:
        return None
    family = root(named)
    fits = [a for a in alts if a != named and root(a) == family]
    return fits[0] if len(fits) == 1 else None


def joined(folded: str, end: int, start: int) -> bool:
    """Whether the text between a name ending at ``end`` and a short reference at
    ``start`` is a coordinating joiner ("X and of the Council", "X et du Conseil")."""
    return start - 24 <= end <= start and _JOINED.fullmatch(folded, end, start) is not None


def coordinates(folded: str, at: int) -> bool:
    """Whether a coordinating joiner ("and", "et du") starts at ``at``."""
    return _JOINED.match(folded, at) is not None
