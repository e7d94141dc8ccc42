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
heading carries it (two damped strong words of one domain reach
``clause_threshold`` on their own and need no context). Only the clauses' final
tags are read, so the rule adds no domain the document does not already have (the
document's domains cannot grow).

Measured on the dev corpus and the eighteen held-out batches, the window chosen
leave-one-batch-out: 26 tags added on 15 batches, 22 right and 4 wrong, none on
dev or the seeds; a lone weak word with the same context was right 14 times for
21 wrong, and is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._knowledge import load_domains

if TYPE_CHECKING:
    from ..structure._blocks import RawBlock

__all__ = ["confirm_damped", "damped_tags"]

Tags = dict[str, list[tuple[int, int]]]


def damped_tags(found: dict[str, tuple[float, list[tuple[int, int]]]]) -> Tags:
    """The domains of ``found`` (code -> a clause's own weight, evidence spans) whose
    weight lies in the window a context can confirm (``context_weight``, low
    inclusive, high exclusive; ``[]``: none)."""
    window = load_domains().scoring.context_weight
    if not window:
        return {}
    low, high = window
    return {c: sp for c, (w, sp) in found.items() if low - 1e-9 <= w < high - 1e-9}


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
    if not any(damped.values()):
        return  # most documents: no clause has a damped trigger to confirm
    order = sorted(clauses)
    sections = _section_tags(blocks, clauses, headings)
    around: dict[int, set[str]] = {}
    for i, k in enumerate(order):
        if not damped.get(k) or k in skip:
            continue
        near = set()
        for j in (i - 1, i + 1):
            if 0 <= j < len(order):
                near |= set(clauses[order[j]])
        p = blocks[k].parent
        if p is not None and p in clauses:
            near |= set(clauses[p])
        near |= sections.get(k, set())
        around[k] = near
    for k, near in around.items():
        for code, spans in damped[k].items():
            if code in near:
                clauses[k].setdefault(code, spans)


def _section_tags(
    blocks: list[RawBlock], clauses: dict[int, Tags], headings: dict[int, Tags]
) -> dict[int, set[str]]:
    """Each clause's section heading's domains: those of the nearest heading before
    it whose text is the clause's section (one pass in text order)."""
    last: dict[str, Tags] = {}  # heading text -> the tags of its latest occurrence
    out: dict[int, set[str]] = {}
    for k in sorted(set(clauses) | set(headings)):
        if k in headings:
            last[blocks[k].text] = headings[k]
        elif blocks[k].section is not None:
            out[k] = set(last.get(blocks[k].section or "", {}))
    return out
