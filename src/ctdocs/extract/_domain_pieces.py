"""A division whose title lists the subjects of its sections passes each section its own.

"PART C - TRAINING AND COOPERATION" over "6 TRAINING", "7 COOPERATION", "8 REVIEW";
"PART B - THREAT ASSESSMENT AND PROTECTIVE MEASURES" over "3 ASSESSMENT", "4 PROTECTIVE
MEASURES ON BOARD": the title is the list of its sections' headings, and a section is
about its own piece of it, not about the domain another piece names (annotators leave
"7 COOPERATION" and the provisions under it without TRAINING). So a titled section does
not take a domain of its division's title when

* a sibling section's own title names that domain (the domain belongs to that
  sibling: "6 TRAINING"), or
* its title's words stand in the division's title outside that domain's evidence
  and nowhere inside it ("PROTECTIVE MEASURES" beside "THREAT ASSESSMENT").

A section whose title names neither ("Article 5 Prohibition" under "Chapter 3
Restrictive financial measures") still takes the division's subject, and so does every
section of a division whose title names that domain and nothing else ("Part 2
Explosives precursors" over "5 Restricted explosives precursors" and "6 Offence to
possess restricted precursor without licence").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._knowledge import fold

if TYPE_CHECKING:
    from ..structure._blocks import RawBlock

__all__ = ["other_piece"]

Tags = dict[str, list[tuple[int, int]]]

_WORD = re.compile(r"[^\W\d_]{4,}")


def other_piece(
    blocks: list[RawBlock],
    k: int,
    code: str,
    spans: list[tuple[int, int]],
    titles: dict[int, Tags],
    text: str,
) -> bool:
    """Whether titled clause ``k`` is the section of another piece of its parent's title
    than the one naming ``code`` (evidence ``spans`` in ``text``)."""
    b = blocks[k]
    p = b.parent
    if not b.title or p is None or code in titles.get(k, {}):
        return False
    parent = blocks[p]
    at = text.find(parent.title or "\0", parent.start, parent.end)
    if at < 0 or not all(at <= s and e <= at + len(parent.title or "") for s, e in spans):
        return False  # not (only) the parent's own title: what it inherited passes on
    head = fold(text[at : at + len(parent.title or "")]).lower()
    inside = " ".join(head[s - at : e - at] for s, e in spans)
    outside = list(head)
    for s, e in spans:
        outside[s - at : e - at] = " " * (e - s)
    rest = "".join(outside)
    if not _WORD.search(rest):
        return False  # the title names this domain alone: every section is about it
    if any(c != k and code in titles.get(c, {}) for c in parent.children):
        return True
    words = set(_WORD.findall(fold(b.title).lower()))
    return bool(words) and not any(w in inside for w in words) and any(w in rest for w in words)
