"""Words before a colon that every item repeats: a field's label, not a title.

A colon closes a run-in title (guidelines §1a: ``4.1 Training and Education: Allies will
…``), and it closes a field's label as well: ``4. Co-lead countries: Thailand, China …``,
``5. Co-lead countries: Philippines, Japan …``; ``R1 Aux Etats membres : accélérer …``,
``R2 Aux Etats membres : adopter …``. A title names what is particular to its clause, so
the same words taken as the title of two clauses or more (each item may sit under its own
heading) name none of them:
they are the label of a field the items share, and stay in each item's text. Read off
repetition alone, whatever the words.
"""

from __future__ import annotations

import re
from collections import Counter

from ._blocks import RawBlock, body_text

__all__ = ["repeated_labels"]

_COLON_END_RE = re.compile(r":\W*$")


def repeated_labels(blocks: list[RawBlock], text: str) -> None:
    """Give back to their text the colon-closed titles two clauses or more share."""
    seen = Counter(
        b.title
        for b in blocks
        if b.kind == "clause" and b.title and _COLON_END_RE.search(text[b.start : b.body_start])
    )
    for b in blocks:
        if b.kind != "clause" or not b.title or seen[b.title] < 2:
            continue
        head = text[b.start : b.body_start]
        if not _COLON_END_RE.search(head) or (at := head.rfind(b.title)) < 0:
            continue  # the title as printed differs (markup): left as it is
        b.text = " ".join(s for s in (body_text(text[b.start + at : b.body_start]), b.text) if s)
        b.title, b.body_start = None, b.start + at
