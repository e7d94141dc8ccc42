"""The actor matcher's trie: the forms of the actors' names, and the nodes that hold them.

Split from :mod:`ctdocs.extract._actors`, which walks them: this is what is built once
per knowledge content and kept for the life of the process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

__all__ = ["_ID", "_KIND", "_TOKENS", "_ByLength", "_Choices", "_Form", "_Node", "_by_length"]

#: a form of an actor's name: (actor id, its tokens folded in their own case, its kind:
#: acronym | single | multi | weak). A plain tuple, not a class: tuples of strings are
#: untracked by the garbage collector, and the trie's some 6 700 forms (with the tuples
#: holding them) were a fifth of the objects a full collection of a warm process walks
_Form = tuple[str, tuple[str, ...], str]
# the fields of a _Form (``Final``: read as the literal index, each field keeps its type)
_ID: Final = 0
_TOKENS: Final = 1
_KIND: Final = 2


@dataclass(slots=True)
class _Node:
    """One trie node: the forms that end here, and the next (case-folded) tokens.

    ``forms`` is a tuple, not a list: most nodes end no form, and the empty tuple is one
    object the garbage collector does not track, where an empty list per node was some
    8 000 objects that every full collection walked (a full collection of a warm process
    walks the knowledge too: some 5 % of the warm parse time, a sixteenth of it these)."""

    children: dict[str, _Node] = field(default_factory=dict)
    forms: tuple[_Form, ...] = ()


# The fuzzy candidates opening with one word, by their number of tokens: all of them, and
# those ending on each (case-folded) word; text -> form, in the order of the forms.
_Choices = dict[str, _Form]
_ByLength = dict[int, tuple[_Choices, dict[str, _Choices]]]


def _by_length(cands: list[tuple[str, _Form]]) -> _ByLength:
    """``cands`` grouped as :func:`._actors._closest_run` asks for them (speed: grouped once, when
    the matcher is built, not again for every run of every text)."""
    out: _ByLength = {}
    for text, f in cands:
        tokens = f[_TOKENS]
        every, by_last = out.setdefault(len(tokens), ({}, {}))
        every[text] = f
        by_last.setdefault(tokens[-1].casefold(), {})[text] = f
    return out
