"""Words before a colon that every item repeats: a field's label, not a title.

A colon closes a run-in title (guidelines §1a: ``4.1 Training and Education: Allies will
…``), and it closes a field's label as well: ``4. Co-lead countries: Thailand, China …``,
``5. Co-lead countries: Philippines, Japan …``; ``R1 Aux Etats membres : accélérer …``,
``R2 Aux Etats membres : adopter …``. A title names what is particular to its clause, so
the same words taken as the title of neighbouring items of a list (each item may sit under
its own heading) name none of them: they are the label of a field the items share, and stay
in each item's text. Read off repetition alone, whatever the words.
"""

from __future__ import annotations

import re

from ._blocks import RawBlock, body_text

__all__ = ["repeated_labels"]

_COLON_END_RE = re.compile(r":\W*$")


def repeated_labels(blocks: list[RawBlock], text: str) -> None:
    """Give back to their text the colon-closed titles a clause shares with the clause
    before or after it at its depth (the next item of its list, whatever heading stands
    between: 4. under A., 5. under B.). The same words far apart (a statute's
    ``Interpretation:`` opening each Part, other sections between) are each one's title."""
    shared: set[int] = set()
    last: dict[int, tuple[int, str | None]] = {}  # the last clause at each depth, its label
    for k, b in enumerate(blocks):
        if b.kind != "clause":
            continue
        label = b.title if b.title and _COLON_END_RE.search(text[b.start : b.body_start]) else None
        prev = last.get(b.depth)
        last[b.depth] = (k, label)
        if prev is not None and label is not None and prev[1] == label:
            shared.update((prev[0], k))
    for k in sorted(shared):
        b = blocks[k]
        assert b.title is not None
        head = text[b.start : b.body_start]
        if (at := head.rfind(b.title)) < 0:
            continue  # the title as printed differs (markup): left as it is
        b.text = " ".join(s for s in (body_text(text[b.start + at : b.body_start]), b.text) if s)
        b.title, b.body_start = None, b.start + at
