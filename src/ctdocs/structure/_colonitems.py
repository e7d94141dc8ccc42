"""Items written inline after a colon in a paragraph with no number of its own, their labels
closed by a bare parenthesis (``… pourront imposer : i) un périmètre de contrôle ; ii) des
blocs anti-bélier ; iii) une zone d'interdiction de vol``).

Items written inline are clauses (guidelines §1a), and one with no numbered parent is cited
alone (``(i)``). The inline reader cuts such a run once a line opens with its first item; a
paragraph whose words come first is cut here at the first label, which then opens the rest
of the line. Only a run counts: a first letter or roman number (``a)``, ``i)``) after the
colon, its successor after a semicolon; cross-references (``points a) et b) de l'article
5``) stand after no colon and run on no semicolon.
"""

from __future__ import annotations

import re

from ._inlinelead import inline_candidates
from ._sequences import _first, _successor

__all__ = ["colon_lead"]

_KINDS = {"letter": "letter", "roman": "roman"}
_MIN_WORDS = 3
# a first label after a colon: "a)", "(a)", "A)", "i)", "(i)", "I)" (the run's first, see _first)
_FIRST_AFTER_COLON = re.compile(r":\s*\(?[aAiI]\)")
# inline_candidates grows with the square of a paragraph's length: a lead-in and its inline
# items fit in far fewer characters, and a longer paragraph is read as it stands
_MAX_CHARS = 8000


def _family(kind: str, value: str) -> str:
    """``i)`` opens a roman run, whatever reading its marker got."""
    return "roman" if value.lower() == "i" else _KINDS[kind]


def colon_lead(text: str) -> int:
    """Where in an unnumbered paragraph a colon-led run of inline lettered or roman items
    begins, after words of its own (0 when none does)."""
    if len(text) > _MAX_CHARS or _FIRST_AFTER_COLON.search(text) is None:
        return 0  # cheap: most paragraphs hold no colon-led label at all
    cands, led = inline_candidates(text, 0)
    for k, (pos, mk) in enumerate(cands):
        if pos in led or mk.kind not in _KINDS or k + 1 >= len(cands):
            continue
        fam = _family(mk.kind, mk.value)
        if not _first(fam, mk.value) or not _closes(text, pos, ":"):
            continue
        npos, nxt = cands[k + 1]
        if not _closes(text, npos, ";") or not _successor(fam, mk.value, nxt.value):
            continue
        if len(text[:pos].split()) >= _MIN_WORDS:
            return pos
    return 0


def _closes(text: str, pos: int, mark: str) -> bool:
    """Whether ``mark`` is the last character before ``pos`` that is not a blank (read in
    place: copying the text up to each label made a long paragraph quadratic)."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == mark
