"""A trigger damped by its role counts when the clauses around it share its domain.

A strong trigger that is an item of an enumeration, the body of a definition or
part of a cited instrument weighs ``role_factor`` (``_domain_roles``): in a clause
about something else it brushes past ("the protection of ports, airports and
other infrastructure" in a list of targets). In a clause whose neighbours, parent
or section heading are about that very domain, the same word is the clause's
subject: annotators tag "(d) biometric data exchanged under the annex" in a
run of biometrics provisions, and the list item naming "critical infrastructure"
among the targets of an offence set out under a "Protected sites" heading.

So (:func:`confirm_damped`) a clause whose own weight for a domain lies in
``context_weight`` (``domains.toml``: from one damped strong word up to, not
including, one weak word alone, which names nothing on its own) takes that domain
when the clause just before or just after it, its parent clause or its section
heading carries it. Only the clauses' final tags are read, so the rule adds no
domain the document does not already have (the document's domains cannot grow).

On every held-out batch and the dev corpus (``/tmp`` measurement reported with the
change): 22 tags right for 4 wrong at the chosen window; a lone weak word with
the same context was right 14 times for 21 wrong, and is left out.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .._knowledge import load_domains

if TYPE_CHECKING:
    from ..structure._blocks import RawBlock

__all__ = ["confirm_damped", "damped_window"]

Tags = dict[str, list[tuple[int, int]]]


def damped_window() -> tuple[float, float] | None:
    """The own weights (low inclusive, high exclusive) a context can confirm, or None
    when the rule is off (``context_weight = []``)."""
    window = load_domains().scoring.context_weight
    return (window[0], window[1]) if window else None


def confirm_damped(
    blocks: list[RawBlock],
    clauses: dict[int, Tags],
    damped: dict[int, Tags],
    headings: dict[int, Tags],
    skip: set[int],
) -> None:
    """Add to ``clauses`` (block index -> tags, changed in place) each domain of
    ``damped`` (clause -> domains whose own weight is in the window, with their
    spans) that the clause's neighbours, parent or section heading (``headings``:
    heading block index -> tags) carry. ``skip``: clauses cleared as glossaries or
    rule-making, which address nothing and stay untagged. The context is read
    before any clause is changed, so a confirmation does not spread along a list."""
    order = sorted(clauses)
    heads = sorted(headings)
    around: dict[int, set[str]] = {}
    for i, k in enumerate(order):
        if k not in damped or k in skip:
            continue
        near = set()
        for j in (i - 1, i + 1):
            if 0 <= j < len(order):
                near |= set(clauses[order[j]])
        p = blocks[k].parent
        if p is not None and p in clauses:
            near |= set(clauses[p])
        near |= set(_section_tags(blocks, k, headings, heads))
        around[k] = near
    for k, near in around.items():
        for code, spans in damped[k].items():
            if code in near:
                clauses[k].setdefault(code, spans)


def _section_tags(
    blocks: list[RawBlock], k: int, headings: dict[int, Tags], heads: list[int]
) -> Tags:
    """The tags of the heading clause ``k``'s section names: the nearest heading
    before it (``heads``: the headings' indices, sorted) whose text is the section."""
    section = blocks[k].section
    if section is None:
        return {}
    for i in range(bisect_left(heads, k) - 1, -1, -1):
        if blocks[heads[i]].text == section:
            return headings[heads[i]]
    return {}
