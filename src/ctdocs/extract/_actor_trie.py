"""The actor matcher's trie: the forms of the actors' names, and the nodes that hold them.

Split from :mod:`ctdocs.extract._actors`, which walks them: this is what is built once
per knowledge content and kept for the life of the process.
"""

from __future__ import annotations

from typing import Final

__all__ = ["_ID", "_KIND", "_TOKENS", "Trie", "_ByLength", "_Choices", "_Form", "_by_length"]

#: a form of an actor's name: (actor id, its tokens folded in their own case, its kind:
#: acronym | single | multi | weak). A plain tuple, not a class: tuples of strings are
#: untracked by the garbage collector, and the trie's some 6 700 forms (with the tuples
#: holding them) were a fifth of the objects a full collection of a warm process walks
_Form = tuple[str, tuple[str, ...], str]
# the fields of a _Form (``Final``: read as the literal index, each field keeps its type)
_ID: Final = 0
_TOKENS: Final = 1
_KIND: Final = 2


class Trie:
    """The forms by their case-folded tokens, as numbered nodes (0 the root): ``children[k]``
    the next token -> its node, ``forms[k]`` the forms that end at node ``k``.

    Why numbers, not an object per node: a full collection of a warm process walks every
    object the garbage collector tracks, the knowledge's too, about once per pass over the
    benchmark's sample; a node object with its dict of nodes and its list of forms were
    some 36 000 of them. A dict of strings to numbers, a tuple of tuples of strings are
    none (the collector lets them go), so the trie is two lists whatever its size."""

    __slots__ = ("children", "forms")

    def __init__(self) -> None:
        self.children: list[dict[str, int]] = [{}]
        self.forms: list[tuple[_Form, ...]] = [()]

    def add(self, form: _Form) -> None:
        """Put ``form`` at the node its tokens (case-folded) lead to from the root."""
        node, children = 0, self.children
        for t in form[_TOKENS]:
            key = t.casefold()
            nxt = children[node].get(key)
            if nxt is None:
                nxt = children[node][key] = len(children)
                children.append({})
                self.forms.append(())
            node = nxt
        self.forms[node] = (*self.forms[node], form)


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
