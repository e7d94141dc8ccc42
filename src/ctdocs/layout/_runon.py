"""A line whose pieces run on as one sentence: a set-in title wrapped over blank lines
("Opinion 14/2026" / "on the Proposal for a Regulation on" / "the use of advance …").

The normaliser joins such pieces (each goes on in lower case) and the folded indents look
like the gaps between a menu's items. A menu's item does not stop on a function word
with the next item going on in lower case: "… Regulation on" over "the use of …" is a
sentence's wrap, in any language that lists its function words in ``language.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .._markers import starts_lower
from ..normalise._joins import _continuation_words

__all__ = ["runs_on"]


def runs_on(items: Sequence[str]) -> bool:
    """Some item ends on a function word and the next one opens in lower case."""
    cont = _continuation_words()
    for a, b in pairwise(items):
        words = a.split()
        if words and words[-1].lower() in cont and starts_lower(b):
            return True
    return False
