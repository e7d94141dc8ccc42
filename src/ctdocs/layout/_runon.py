"""A line whose pieces run on as one sentence: a set-in title wrapped over blank lines
("Opinion 14/2026" / "on the Proposal for a Regulation on" / "the use of advance …").

The normaliser joins such pieces (each goes on in lower case) and the folded indents look
like the gaps between a menu's items. A menu's item does not stop on a function word
with the next item going on in lower case: "… Regulation on" over "the use of …" is a
sentence's wrap, in any language that lists its function words in ``language.toml``,
when every piece after the first goes on in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .._markers import starts_lower
from ..normalise._joins import continuation_words

__all__ = ["runs_on"]


def runs_on(items: Sequence[str]) -> bool:
    """Every item after the first opens in lower case, and one ends on a function word
    with the next going on: one sentence wrapped. A signature's cells ("RAKOTO-BERNARD" /
    "Ministre de l'Intérieur et" / "de la Sécurité") open a new line in capitals."""
    if len(items) < 2 or not all(starts_lower(x) for x in items[1:]):
        return False
    cont = continuation_words()
    for a, b in pairwise(items):
        words = a.split()
        if words and words[-1].lower() in cont and starts_lower(b):
            return True
    return False
