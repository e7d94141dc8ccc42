"""A chair named as a body: ``Présidence de la République``, ``Italian Presidency``,
``Présidence du Gouvernement``, and the chairs that are offices.

Gazettes, circulars and communiqués of every state name the head of state's services
by its chair (a letterhead ``PRÉSIDENCE DE LA RÉPUBLIQUE``, an ``Ampliations`` line, a
body created ``auprès de la Présidence``), and the European and G7 texts name the
state that chairs them (``under the Italian Presidency``). Guidelines §3: bodies in no
list are actors, offices are not. The head is a body's only where what it presides is
a state's or nothing known: with a known body as its complement it is that body's chair
(``Enregistré à la Présidence de l'Assemblée nationale``), with a person (a title or an
initial after the joiner: ``sous la Présidence de M. X``, ``under the Presidency of T.
Raja Kumar``) it is the chair that person holds. The head words are data
(``organ.chairs`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

from ._unlinked_cues import _cues
from ._unlinked_refs import Known, is_state, words_in

__all__ = ["held_chair"]


def held_chair(folded: str, start: int, end: int, known: Known) -> bool:
    """Whether the name ``folded[start:end]`` stands on a chair's head and names a chair
    held, by a person or by a known body other than a state: an office, no body."""
    cues = _cues()
    words = words_in(folded, start, end)
    at = next((k for k, w in enumerate(words) if w[0].casefold() in cues.chairs), None)
    if at is None:
        return False
    after = [w for w in words[at + 1 :] if w[0][:1].isupper()]
    if after:
        first = after[0]
        if first[0].casefold() in cues.titles or (
            len(first[0]) == 1 and folded[first[2] : first[2] + 1] == "."
        ):
            return True  # "de M. X", "of T. Raja Kumar"
    inner = known.inside(start, end)
    return any(k >= 0 and not is_state(known.hits[k], known) for k in inner)
