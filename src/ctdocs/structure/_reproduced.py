"""Paragraphs of another instrument reproduced after a lead-in that cites it.

A press release sets out the measures a resolution imposes "in paragraph 1 of
Security Council resolution 2734 (2024), as follows:" and prints its ``1.``–``3.``.
Those numbers are the resolution's, not the release's (guidelines §1: provisions of
another instrument reproduced in the document are content, their numbers not the
document's). Known by shape: a lead-in closing on a colon that cites a numbered
instrument with its year (``2734 (2024)``), then a run ``1.``, ``2.`` … that holds
every numbered paragraph of the text (a text with paragraphs of its own numbers them
elsewhere too).

An amending regulation adds entries to another instrument's list: "1 The Regulations are
amended by adding the following in numerical order:" then ``141``, ``142``, ``143`` (a
schedule's entries), then ``2`` again. Known by shape too: after a line closing on a colon, a
run of consecutive numbers that starts above the text's next number, after which the text's
own numbering resumes with that next number.
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
    return m is not None and m.kind == "number" and m.value.isdecimal()


def _plain(m: Marker | None) -> bool:
    """A whole number opening a line: ``1.`` or a bare ``141`` (a statute's section)."""
    return m is not None and m.kind in ("number", "heading") and m.value.isdecimal()


def reproduced_paragraphs(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None]
) -> frozenset[int]:
    """Starts of the numbered paragraphs that reproduce a cited instrument's."""
    marks = [marker(u) for u in units]
    numbered = [k for k, m in enumerate(marks) if _numbered(m)]
    if not numbered:
        return frozenset()
    return _cited_run(units, marks, numbered) | _listed_entries(units, marks)


def _cited_run(
    units: Sequence[Unit], marks: Sequence[Marker | None], numbered: Sequence[int]
) -> frozenset[int]:
    """The run ``1.``–``3.`` under a lead-in citing ``resolution 2734 (2024)``."""
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


def _listed_entries(units: Sequence[Unit], marks: Sequence[Marker | None]) -> frozenset[int]:
    """Entries ``141``–``143`` another instrument's list gains, set out after a colon
    between the text's own ``1`` and ``2``."""
    plain = [k for k, m in enumerate(marks) if _plain(m)]
    values = {k: int(m.value) for k in plain if (m := marks[k]) is not None}
    out: list[int] = []
    last = 0
    i = 0
    while i < len(plain):
        k = plain[i]
        j = i
        while j + 1 < len(plain) and plain[j + 1] == plain[j] + 1:
            if values[plain[j + 1]] != values[plain[j]] + 1:
                break
            j += 1
        run = plain[i : j + 1]
        after = values[plain[j + 1]] if j + 1 < len(plain) else None
        if (
            last
            and values[k] > last + 1
            and units[k - 1].text.rstrip().endswith((":", "—"))
            and after == last + 1
        ):
            out.extend(units[r].start for r in run)
            i = j + 1
            continue
        last = values[k]
        i += 1
    return frozenset(out)
