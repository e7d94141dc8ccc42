"""A lettered list with no numbered parent that starts again under another heading.

An evaluation report lists its key findings ``a)``–``c)`` under one heading and its
recommended actions ``a)``–``c)`` again under another (``Constatations principales``
/ ``Actions recommandées``, each over ``Résultat immédiat 9``). Neither list has a
numbered parent, so both would be cited ``(a)``–``(c)`` and the second would be read
as a repeat. The second list lives in a space of its own, named after the heading
that sets it apart from the first (``Actions recommandées(a)``), as a restarted list
under a lead-in in capitals is cited after its verb (``CHARGE(1)``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..layout._numbering import Marker, item_citation
from ._blocks import RawBlock

__all__ = ["list_base", "restart_space"]

# Lettered lists only: a list numbered (1), (2) that starts again is as often a page's
# notes, each page numbering its own.
_OPENING = frozenset({"a", "A"})


def restart_space(blocks: Sequence[RawBlock], earlier: int, value: str) -> str | None:
    """The name of the space a list that opens again with ``value`` lives in: the latest
    heading between the earlier list and this line that the earlier list did not sit
    under; None when the list does not open (a stray repeat), or no heading between the
    two lists sets them apart (a page note, a running header)."""
    if value not in _OPENING:
        return None
    first = blocks[earlier]
    before = {(b.text or "").strip() for b in blocks[:earlier] if b.kind == "heading"}
    for b in reversed(blocks[earlier + 1 :]):
        if b.kind != "heading":
            if b.kind == "clause" or b.number:
                return None  # a clause between the two lists: no restart of that list
            continue
        name = (b.text or "").strip()
        if name and name != first.section and name not in before:
            return name
    return None


_Held = tuple[str, int | None, int | None] | None


def list_base(
    blocks: Sequence[RawBlock],
    seen: Mapping[str, int],
    held: _Held,
    here: tuple[int | None, int | None],
    m: Marker,
) -> tuple[str, _Held]:
    """A parentless item's base: ``""``, or the name of the space its list opened again
    in; and the space held for the items that follow (with the anchor and container it
    opened under: another paragraph or heading clause ends it)."""
    first = item_citation("", m)
    if held is not None and held[1:] == here and (m.value not in _OPENING or first not in seen):
        return held[0], held
    k = seen.get(first)
    space = restart_space(blocks, k, m.value) if k is not None else None
    return space or "", ((space, *here) if space is not None else None)
