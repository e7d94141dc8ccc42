"""Where a name found by its shape ends: a closing designation of a state ("the National
Authority for Canada") and a known body coordinated after it ("... Affairs and the
International Atomic Energy Agency") are not part of it. Split from
:mod:`ctdocs.extract._unlinked`, which finds the names.
"""

from __future__ import annotations

from ._unlinked_cues import _cues
from ._unlinked_refs import Known


def name_end(folded: str, s: int, e: int, known: Known) -> int:
    """Leave out a closing "for Canada" / "pour le Canada": a designation, not part of the
    name ("the National Authority for Canada"); "of the Russian Federation" stays. Leave
    out a known body after "and the" / "et de la": two bodies, not one name ("Office for
    Disarmament Affairs and the International Atomic Energy Agency")."""
    inner = known.inside(s, e)
    if not inner or inner[-1] == -1:
        return e
    last = known.hits[inner[-1]]
    if last.end != e:
        return e
    m = _cues().coordinated.search(folded, s, last.start)
    if m is not None:
        return m.start()
    entry = known.entries.get(last.actor_id)
    if entry is None or entry.kind != "state":
        return e
    m = _cues().trailing_joiner.search(folded, s, last.start)
    return m.start() if m is not None else e
