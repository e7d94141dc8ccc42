"""Paragraph numbers in square brackets: which open a judgment's paragraphs.

The courts of the Commonwealth, and the case-law databases that copy them, number a
judgment's paragraphs ``[1]``, ``[2]`` … at the paragraph's start (guidelines §1a: a
numbered paragraph, cited ``1``, ``2``). The same shape opens other lines that are no
paragraph of the text:

- a page's notes, ``[1] United Nations Compendium …``, whose marks the text called
  before them (``… biometrics (2018)[1]``), or a lone note with no ``[2]`` after it (a
  judgment's contents list, ``Introduction [1]``, refers to its paragraph and calls none);
- a line that a wrapped cross-reference opens (``[47] …`` after ``at [41]–``), which
  continues no run of paragraphs.

So a bracketed number is a paragraph's only in a run: the run opens at ``[1]``, a ``[2]``
comes next, ``[1]`` was not called earlier in the text, and each number after it is the
one after the last (or, past a number a conversion lost, one that the next continues).
The marker of any other bracketed number is dropped here, before any later reading
counts it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._unit import Unit

__all__ = ["drop_stray_brackets", "is_bracketed"]

# "[1]" in running text (a note's call, "at [1]") but not a Markdown link's label "[1](…)"
_CALL_RE = re.compile(r"\[1\](?!\()")


def is_bracketed(u: Unit) -> bool:
    """The unit opens with a paragraph number in square brackets (``[12] The report …``)."""
    m = u.marker
    return m is not None and m.kind == "number" and m.label.startswith("[")


def drop_stray_brackets(units: Sequence[Unit], text: str) -> None:
    """Drop the marker of each bracketed number that opens no paragraph of a run."""
    marked = [u for u in units if is_bracketed(u)]
    last: int | None = None
    for k, u in enumerate(marked):
        assert u.marker is not None
        value = int(u.marker.value)
        nxt = marked[k + 1] if k + 1 < len(marked) else None
        if value == 1 and _opens_run(u, nxt, text):
            last = 1
        elif last is not None and (value == last + 1 or _resumes(value, last, nxt)):
            last = value
        else:
            u.marker = None
            last = None if value == 1 else last


def _resumes(value: int, last: int, nxt: Unit | None) -> bool:
    """A number past a gap (``[4]`` after ``[2]``, the ``[3]`` a conversion lost) that the
    next bracketed number continues (``[5]``): the run goes on. A wrapped cross-reference
    (``[7] …`` in paragraph 5) is followed by the run's own next number, not its own."""
    return (
        value > last
        and nxt is not None
        and nxt.marker is not None
        and (nxt.marker.value == str(value + 1))
    )


def _opens_run(u: Unit, nxt: Unit | None, text: str) -> bool:
    """``[1]`` followed by ``[2]``, its mark not called before it (a note list's is)."""
    if nxt is None or nxt.marker is None or nxt.marker.value != "2":
        return False
    return not any(_called(text, c.start()) for c in _CALL_RE.finditer(text, 0, u.start))


def _called(text: str, pos: int) -> bool:
    """``[1]`` at ``pos`` is a call in running text: inside a line, glued to the word before
    it (``(2018)[1]``) or with the sentence going on after it. Not a line's start, and not
    a contents line's end (``Introduction [1]``: the judgment's own table of contents)."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    if not before.strip():
        return False
    end = text.find("\n", pos)
    after = text[pos + 3 : end if end >= 0 else len(text)]
    return not before[-1:].isspace() or after.strip() != ""
