"""Whether a name found by shape stands in a table row, where it should yield.

A table's cells are headings and labels more than names (``| Police Service | 3 |``),
so a body's shape in a table row is not taken. A person's name is, where its cell is
written as prose: judgments set their composition and parties in a table (``|
Composition | Les juges ... Nathalie Perret-Monnier, juge présidente, ... |``, ``|
Counsel | Ms Jane Okafor, instructed by ... |``) and name the persons as running text
does.

A table of signatories or participants is the other exception: a column of states or
bodies beside a column of the persons who represent them (``| France | M. Laurent
Desvignes, ministre délégué |``). Why a row alone does not tell: a label next to a name
is common (``| Rapporteur | Jane Doe |``); what marks the table is that most of its rows
pair a known actor's whole cell with a cell that opens on a person's name, once its
titles are set aside.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from .._knowledge import fold, load_actor_shapes
from .._offsets import Positions
from ._actors import ActorHit
from ._line_starts import match_at_lines

__all__ = ["in_table_row", "signatory_rows"]

# a word in lower case ("juge", "représenté"): a cell holding several is prose, not a label
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z\u00df-\u00ff][\w'-]+")
_PROSE_WORDS = 3


def in_table_row(
    text: str, start: int, end: int, person: bool, signing: frozenset[int] = frozenset()
) -> bool:
    """Whether the name at ``start:end`` stands in a table row and yields: a body's
    always, a person's unless its cell holds prose or its row is one of ``signing`` (the
    starts of the rows of a table of signatories, :func:`signatory_rows`)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start : line_start + 1] != "|":
        return False
    if not person:
        return True
    if line_start in signing:
        return False
    cell_start = text.rfind("|", line_start, start) + 1
    cell_end = text.find("|", end)
    cell = text[cell_start : cell_end if cell_end != -1 else len(text)]
    return len(_LOWER_WORD.findall(cell)) < _PROSE_WORDS


# a table's rows: lines opening on a bar, one after another
_TABLE = re.compile(r"(?m)^\|.*(?:\n\|.*)+")
_RULE = re.compile(r"[|:\- \t]*")  # the rule under a table's heading row
_ROWS_AT_LEAST = 2


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The row's cells, their white space trimmed, as spans."""
    out = []
    bars = [k for k in range(start, end) if text[k] == "|"]
    for a, b in pairwise(bars):
        cell = text[a + 1 : b]
        lead = len(cell) - len(cell.lstrip())
        out.append((a + 1 + lead, a + 1 + len(cell.rstrip())))
    return out


def _opens_on_person(text: str, cell: tuple[int, int], persons: Positions[int]) -> bool:
    """Whether the cell opens on a person's name, a few capitalised titles or marks
    before it aside (``Rt Hon.``, ``M.``, ``*Hon.``)."""
    a, b = cell
    k = persons.before(a)  # the first person found in the cell, if any
    if k == len(persons) or persons[k] >= b:
        return False
    return len(text[a : persons[k]].split()) <= 3 and not _LOWER_WORD.search(text, a, persons[k])


@cache
def _designation() -> re.Pattern[str]:
    """``For the``, ``Pour le`` (data: ``organ.designation``) opening a signature block's
    heading, markup aside: the party that signs below."""
    words = sorted(load_actor_shapes().organ.designation.all(), key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, fold(w).split())) for w in words)
    return re.compile(rf"[*_ ]*(?i:{alts})(?:(?<=')|\s+)\w")


def _names_party(text: str, cell: tuple[int, int], starts: Positions[int]) -> bool:
    """Whether the cell names a party: it holds a known actor, or opens on ``For the``."""
    k = starts.before(cell[0])
    if k < len(starts) and starts[k] < cell[1]:
        return True
    return _designation().match(fold(text[cell[0] : cell[1]])) is not None


def _signing(
    text: str, rows: list[list[tuple[int, int]]], known: list[ActorHit], persons: Positions[int]
) -> bool:
    """Whether the table's rows (cells as spans) list signatories: at least half of its
    rows (two at least, its heading row aside) pair a cell that is wholly a known actor
    with a cell that opens on a person (``| France | M. Laurent Desvignes |``); or its
    heading row names a party in each of its cells (two at least) and a row below opens
    on a person in each of them (``| FOR THE GOVERNMENT OF JAMAICA | ... |`` over
    ``| Hon. Desmond K. Whitfield | ... |``)."""
    spans = {(h.start, h.end) for h in known}
    paired = sum(
        any(c in spans for c in cells) and any(_opens_on_person(text, c, persons) for c in cells)
        for cells in rows
    )
    if paired >= _ROWS_AT_LEAST and 2 * paired >= len(rows) - 1:
        return True
    if not rows:
        return False  # a "table" of rule lines only (``|---|---|``): no row to read
    head, body = rows[0], rows[1:]
    starts = Positions(sorted(h.start for h in known))
    return (
        len(head) >= _ROWS_AT_LEAST
        and all(_names_party(text, c, starts) for c in head)
        and any(
            len(cells) == len(head) and all(_opens_on_person(text, c, persons) for c in cells)
            for cells in body
        )
    )


def signatory_rows(text: str, known: list[ActorHit], persons: list[int]) -> frozenset[int]:
    """The starts of the rows of tables of signatories (:func:`_signing`; ``known``: the
    knowledge base's mentions; ``persons``: where the persons found start, in order)."""
    if "|" not in text or not persons:
        return frozenset()  # speed: most texts hold no table
    out: set[int] = set()
    at_person = Positions(persons)
    for table in match_at_lines(_TABLE, text, "|"):
        rows = []
        at = table.start()
        for line in table.group().split("\n"):
            if not _RULE.fullmatch(line):
                rows.append((at, at + len(line)))
            at += len(line) + 1
        if _signing(text, [_cells(text, a, b) for a, b in rows], known, at_person):
            out.update(a for a, _ in rows)
    return frozenset(out)
