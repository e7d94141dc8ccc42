"""Whether a name found by shape stands in a table row, where it should yield.

A table's cells are headings and labels more than names (``| Police Service | 3 |``),
so a body's shape in a table row is not taken. A person's name is, where its cell is
written as prose: judgments set their composition and parties in a table (``|
Composition | Les juges ... Nathalie Perret-Monnier, juge présidente, ... |``, ``|
Counsel | Ms Jane Okafor, instructed by ... |``) and name the persons as running text
does.
"""

from __future__ import annotations

import re

__all__ = ["in_table_row"]

# a word in lower case ("juge", "représenté"): a cell holding several is prose, not a label
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z\u00df-\u00ff][\w'-]+")
_PROSE_WORDS = 3


def in_table_row(text: str, start: int, end: int, *, person: bool) -> bool:
    """Whether the name at ``start:end`` stands in a table row and yields: a body's
    always, a person's unless its cell holds prose."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start : line_start + 1] != "|":
        return False
    if not person:
        return True
    cell_start = text.rfind("|", line_start, start) + 1
    cell_end = text.find("|", end)
    cell = text[cell_start : cell_end if cell_end != -1 else len(text)]
    return len(_LOWER_WORD.findall(cell)) < _PROSE_WORDS
