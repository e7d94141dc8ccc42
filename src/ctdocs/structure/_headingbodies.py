"""The body of a numbered heading that the reader left beside it: ``1. ÉDITORIAL`` /
``Chers lecteurs, …``, ``Article 4 bis`` / ``Communication des listes`` / ``Les listes …``.

A numbered heading standing alone on its line is a clause whose body starts on the next
line (guidelines §1); only with no body before the next clause or heading is its text
empty. The reader absorbs the paragraphs after most such headings, but some paths (a title
read from the line below, a salutation) leave the next paragraph a block of its own under
the clause, and the clause with no text. Read from the shape alone, whatever the site: a
titled clause with no text whose very next block is a body paragraph or a list item nested
under it takes that block, and those of the kind that follow it under it, as its text
(``B. References`` / ``- FATF Recommendations …``).
"""

from __future__ import annotations

from ._blocks import RawBlock

__all__ = ["heading_bodies"]

# what a heading's body is made of: its paragraphs, or the items of a list it opens on
# (``B. References`` / ``- FATF Recommendations …``), their markers left out
_BODY = ("paragraph", "list_item")


def _takes(blocks: list[RawBlock], k: int) -> list[int]:
    """The blocks right after clause ``k`` that are its body (none unless ``k`` is a titled
    clause with no text, its next block a body paragraph or list item under it)."""
    c = blocks[k]
    if c.kind != "clause" or c.text or not c.title:
        return []
    taken: list[int] = []
    j = k + 1
    while j < len(blocks):
        b = blocks[j]
        if b.kind not in _BODY or b.role != "body" or b.parent not in (k, None) or b.children:
            break
        taken.append(j)
        j += 1
    return taken


def heading_bodies(blocks: list[RawBlock]) -> None:
    """Give each titled clause with no text the body paragraphs set right after it, in
    place: the paragraphs leave the list and every index into it is moved."""
    gone: set[int] = set()
    for k in range(len(blocks)):
        if k in gone:
            continue
        taken = _takes(blocks, k)
        if not taken:
            continue
        c = blocks[k]
        c.text = "\n".join(blocks[j].text for j in taken if blocks[j].text)
        c.end = max(c.end, blocks[taken[-1]].end)
        gone.update(taken)
    if gone:
        _drop(blocks, gone)


def _drop(blocks: list[RawBlock], gone: set[int]) -> None:
    """Remove the blocks ``gone`` and move every parent and child index past them."""
    new: dict[int, int] = {}
    for k in range(len(blocks)):
        if k not in gone:
            new[k] = len(new)
    kept = [b for k, b in enumerate(blocks) if k not in gone]
    for b in kept:
        b.parent = new.get(b.parent) if b.parent is not None else None
        b.children = [new[i] for i in b.children if i in new]
    blocks[:] = kept
