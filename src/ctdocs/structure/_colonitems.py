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

from ._inlinelead import inline_candidates
from ._sequences import _first, _successor

__all__ = ["colon_lead"]

_KINDS = {"letter": "letter", "roman": "roman"}
_MIN_WORDS = 3


def _family(kind: str, value: str) -> str:
    """``i)`` opens a roman run, whatever reading its marker got."""
    return "roman" if value.lower() == "i" else _KINDS[kind]


def colon_lead(text: str) -> int:
    """Where in an unnumbered paragraph a colon-led run of inline lettered or roman items
    begins, after words of its own (0 when none does)."""
    if ":" not in text or ")" not in text:
        return 0  # cheap: most paragraphs hold no label at all
    cands, led = inline_candidates(text, 0)
    for k, (pos, mk) in enumerate(cands):
        if pos in led or mk.kind not in _KINDS or k + 1 >= len(cands):
            continue
        fam = _family(mk.kind, mk.value)
        if not _first(fam, mk.value) or not text[:pos].rstrip().endswith(":"):
            continue
        npos, nxt = cands[k + 1]
        if not text[:npos].rstrip().endswith(";") or not _successor(fam, mk.value, nxt.value):
            continue
        if len(text[:pos].split()) >= _MIN_WORDS:
            return pos
    return 0
