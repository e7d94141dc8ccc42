"""Paragraphs of another instrument reproduced after a lead-in that cites it.

A press release sets out the measures a resolution imposes "in paragraph 1 of
Security Council resolution 2734 (2024), as follows:" and prints its ``1.``–``3.``.
Those numbers are the resolution's, not the release's (guidelines §1: provisions of
another instrument reproduced in the document are content, their numbers not the
document's). Known by shape: a lead-in closing on a colon that cites a numbered
instrument with its year (``2734 (2024)``), then a run ``1.``, ``2.`` … that holds
every numbered paragraph of the text (a text with paragraphs of its own numbers them
elsewhere too).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..layout import Unit
from ..layout._numbering import Marker

__all__ = ["reproduced_paragraphs"]

# an instrument cited by its number and year: "resolution 2734 (2024)", "1373 (2001)"
_CITED_RE = re.compile(r"\b\d{3,4}\s\((?:19|20)\d\d\)")


def _numbered(m: Marker | None) -> bool:
    return m is not None and m.kind == "number" and m.value.isdigit()


def reproduced_paragraphs(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None]
) -> frozenset[int]:
    """Starts of the numbered paragraphs that reproduce a cited instrument's."""
    marks = [marker(u) for u in units]
    numbered = [k for k, m in enumerate(marks) if _numbered(m)]
    if not numbered:
        return frozenset()
    lead = numbered[0] - 1
    if lead < 0 or marks[lead] is not None:
        return frozenset()
    text = units[lead].text.rstrip()
    if not text.endswith(":") or _CITED_RE.search(text) is None:
        return frozenset()
    if numbered != list(range(numbered[0], numbered[0] + len(numbered))):
        return frozenset()  # the numbered paragraphs are not one run under the lead-in
    values = [int(m.value) for k in numbered if (m := marks[k]) is not None]
    if values != list(range(1, len(values) + 1)):
        return frozenset()
    return frozenset(units[k].start for k in numbered)
