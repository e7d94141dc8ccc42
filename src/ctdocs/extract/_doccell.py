"""A lettered code printed as a cell of a short head line: the document's own number (§6).

Where no shape of :mod:`._docsymbol` finds a number, a publisher may still print its own in
the one place every publisher prints one: a short line of the head that its separators (a
middle dot, a bar, a dash between blanks, a colon) cut into cells, the code closing a cell
of its own, after nothing or a few words naming its kind or its label:

- ``Public Statement · CFATF-PS/2026/03`` (a kicker), ``Réf. : ANRF/DSF/FAQ/02 – version 3``
  (a labelled field), ``Published 18 March 2026 · Reference GN-T-2026/01`` (a metadata line),
  ``Note de sécurité NS-2026-03 – Survol …`` (a heading), ``… (PDF, 214 KB) Reference:
  APG/AM26/OUT`` (a download's field, past the body), ``<Badge text="ICRC/LEG/PP/2025-07" />``
  (a component's quoted value: a quote is a cell's edge);
- not a code inside a sentence (a cell of more than a few words, a line of running text), a
  list's item (a reference list cites), a cell whose line names another number's kind
  (``Cat. No.: PS4-104/2013E-PDF``, ``ISBN``: ``symbol_not_own``), nor one whose first word
  is a part of a text (``Cas anonymisé n° FT-25-011``, ``Annex``: ``symbol_not_kind``).

What names the code the document's own is its label or its kind: a worded label before it
(``Reference``, ``Réf.``), else the words before it in its cell, or (a code alone in its
cell) in a cell before it on the line, whose initials a group of its letters spells (PS of
``Public Statement``, PP of ``Position paper``, NS of ``Note de sécurité``). Any other
words name some other thing's code: a model's (``Modèle XR-500-B``), a ticket's
(``Ticket : INC-2026-00417``), a table's cell (``| Scanner | RS-3000-X |``), a cited
number (``Superseded by: …``, ``Source: …``), a registered charity's; nor is a file's name
(``NS-2026-03.pdf``) a number.

One kind before several codes in the head is a list of its texts ("Related publications",
"Guidance Note GN-2025/04 – Stadiums", "Guidance Note GN-2025/02 – Arenas"), none of them the
document's own. The body's first numbered heading ends the head's own lines: past it only a
cell after a worded label
(``Reference:``, ``Réf.``: ``symbol_label`` of three letters or more) counts, a field a
page's foot prints. The code is returned bare: a lettered code is most often recorded
without the kind words before it (benchmarks/results/symbol43_kind.txt, lettered codes
without a mark: 47 golds drop them, 23 keep them). Cost: one split of the head's short
lines, read only where every other reading found nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ._docfields import document_words
from ._dockind import initials
from ._docshape import _ROW_CODE, _worded, not_symbol
from ._docstand import names_another

__all__ = ["cell_code"]

# the separators of a line's cells: a bar, a middle dot or a dash between blanks, a colon, a
# quote (an attribute's value)
_SPLIT = re.compile(r"[ \t]+[|\u00b7\u2013\u2014][ \t]+|:[ \t]+|=?\"")
_CODE = re.compile(_ROW_CODE)
_BULLET = re.compile(r"[ \t]*[-*+\u2022][ \t]")  # a list's item
# a numbered heading of the body, its number's point or points ("1. Mutual evaluations",
# "4.3.2 Encadré 3"; not a dateline's "18 March 2026 · …")
_NUMBERED = re.compile(r"[ \t#*]*\d{1,2}\.(?:\d{1,2}\.?)*[ \t]+[A-Z\u00c0-\u00de]")
_LINE_WORDS = 20  # words at most on a line that is cells, not running text
_CELL_WORDS = 4  # kind or label words at most before the code in its cell
_JOINTS = re.compile(r"[-/.]")  # the joints between a code's groups
_FILE = re.compile(r"\.[a-z]{2,4}\Z")  # a file's extension: a file's name ("NS-2026-03.pdf")


def cell_code(head: str) -> str | None:
    """The first code closing a cell of a short line of ``head`` (see the module's
    docstring), or None."""
    body = False
    found: list[tuple[str, tuple[str, ...]]] = []  # a code and the kind that spells it, or ()
    for line in head.split("\n"):
        body = body or _NUMBERED.match(line) is not None
        if _BULLET.match(line) or len(line.split()) > _LINE_WORDS:
            continue
        stripped = line.strip(" \t#*>")
        cells = _SPLIT.split(stripped)
        fields = [":" in m.group() for m in _SPLIT.finditer(stripped)]
        for k, cell in enumerate(cells):
            code = _cell_code(cell)
            if code is None or names_another(line[: line.find(code)]):
                continue
            if _labelled(cells[k - 1] if k else "", cell):
                found.append((code, ()))
            elif not body and (
                kind := _spelt(cells[:k], cell, code, field=k > 0 and fields[k - 1])
            ):
                found.append((code, kind))
    # one kind before several codes is a list of its texts ("Related publications", "Guidance
    # Note GN-2025/04 – …", "Guidance Note GN-2025/02 – …"), none of them the document's own
    listed = Counter(kind for kind, _ in {(kind, code) for code, kind in found} if kind)
    return next((code for code, kind in found if listed[kind] < 2), None)


def _cell_code(cell: str) -> str | None:
    """The code closing ``cell`` after a few words with no digit, the first capitalised and no
    part of a text (``symbol_not_kind``), or None."""
    words = cell.strip(" \t*").split()
    if not words or len(words) > _CELL_WORDS + 1:
        return None
    code, before = words[-1], words[:-1]
    if _CODE.fullmatch(code) is None or not_symbol(code) or _FILE.search(code):
        return None
    if any(ch.isdigit() for w in before for ch in w):
        return None
    if before and (not before[0][:1].isupper() or before[0].casefold() in _not_kind()):
        return None
    return code


def _labelled(previous: str, cell: str) -> bool:
    """Whether a worded label (``Reference``, ``Réf.``) closes the words before the code, in
    its cell or in the cell before it (``Reference: APG/AM26/OUT``)."""
    before = cell.strip().rpartition(" ")[0] or previous
    return _label().search(before) is not None


def _spelt(previous: list[str], cell: str, code: str, *, field: bool) -> tuple[str, ...]:
    """The kind words before the code, in its cell or (a code standing alone) in a cell
    before it on its line, whose initials a group of the code's letters spells ("Public
    Statement · CFATF-PS/2026/03", "Note de sécurité NS-2026-03"), folded, or (): a model's,
    a ticket's or a project's code after its own words ("Model XR-500-B", "Ticket:
    INC-2026-00417") is no document's number. A ``field``'s value (its cell after a colon)
    is what its label alone says: the label is the kind ("Policy Brief: CODE"), or a number's
    label before the kind and code ("Réf. : Note … CODE"), not "Related: Guidance Note CODE"."""
    groups = {g.upper() for g in _JOINTS.split(code) if g.isalpha()}
    own = cell.strip(" \t*").split()[:-1]
    if field:
        previous = previous[-1:]
        if own and _label().search(previous[0]) is None:
            return ()
    kinds = [own] if own else [c.strip(" \t*").split() for c in previous]
    kind = next((words for words in kinds if _kind_spelt(words, groups)), [])
    return tuple(w.casefold() for w in kind)


def _kind_spelt(words: list[str], groups: set[str]) -> bool:
    """Whether ``words`` name a kind (no word of ``symbol_not_kind`` among them: "Registered
    charity") whose initials, two letters or more, are one of ``groups``."""
    spelt = initials(words)
    if len(spelt) < 2 or spelt not in groups:
        return False
    skip = document_words("symbol_cited_by")
    return not any(w.casefold() in _not_kind() for w in words if w.casefold() not in skip)


@cache
def _label() -> re.Pattern[str]:
    """A worded label (``symbol_label`` of three letters or more) closing a text."""
    return re.compile(rf"(?i)(?<!\w)(?:{_worded()})[ \t]*\Z")


def _not_kind() -> frozenset[str]:
    """The words that open no kind of a document's own (``symbol_not_kind``), folded."""
    return document_words("symbol_not_kind")
