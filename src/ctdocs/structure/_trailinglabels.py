"""Named units whose number is printed after their text: ``… support. (Recommendation 1)``.

US audit reports (GAO, inspectors general) print each recommendation as a plain
paragraph and close it with its label in parentheses, on its last line or on a
line of its own. The paragraph is that unit (``Recommendation 1``, guidelines
§1a: a numbered part of a plan keeps its word), its text the paragraph's. A
label in parentheses may also be a cross-reference inside a sentence, so only a
run of them read as a sequence does it: labels closing paragraphs, of a named
unit's word (``data/models/numbering.toml``), numbered 1, 2, 3 … in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..layout import Unit
from ..layout._numbering import Marker, find_marker

__all__ = ["TrailingLabels", "trailing_labels"]

_LABEL_RE = re.compile(r"\((?P<word>[^\W\d]+(?: [^\W\d]+)?) (?P<n>\d{1,2})\)\s*$")
_MIN_RUN = 2


@dataclass(frozen=True, slots=True)
class TrailingLabels:
    """The paragraphs that are named units (by start, with the marker they are read
    with) and the lines that print only a label, which go on with the paragraph above."""

    markers: dict[int, Marker]  # label "(Recommendation 1)", printed at no line's start
    label_lines: frozenset[int]


def _named(word: str, n: str) -> str | None:
    m = find_marker(f"{word} {n}")
    if m is None or m.kind != "division" or m.family != "holds-items":
        return None
    return m.value


def trailing_labels(units: Sequence[Unit]) -> TrailingLabels:
    """Paragraphs closed by ``(Recommendation n)`` labels numbered 1, 2 … in order."""
    found: list[tuple[int, int | None, str]] = []  # paragraph start, label line, value
    for k, u in enumerate(units):
        lm = _LABEL_RE.search(u.text)
        if lm is None or u.marker is not None or u.line.heading_level is not None:
            continue
        value = _named(lm.group("word"), lm.group("n"))
        if value is None:
            continue
        alone = lm.start() == 0
        para = units[k - 1] if alone and k > 0 else u
        if para is u and alone:
            continue
        if int(lm.group("n")) != len(found) + 1:
            break
        found.append((para.start, u.start if alone else None, value))
    if len(found) < _MIN_RUN:
        return TrailingLabels({}, frozenset())
    return TrailingLabels(
        {s: Marker("division", f"({v})", v, 0, "holds-items") for s, _, v in found},
        frozenset(line for _, line, _ in found if line is not None),
    )
