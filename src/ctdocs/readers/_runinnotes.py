"""Marginal notes run into the line of the section they name, read as lines of their own.

A statute copied from a PDF without its layout keeps each marginal note but loses the gap
that set it apart: ``Short title 1. (1) This Act may be cited …``, ``Interpretation 2. In
this Act …``, ``Offence of financing terrorism 3.—(1) A person …``. Read as it stands the
section number is inside a sentence and the section is lost. This module finds such
notes from shallow features and writes each on a line of its own above its section,
after a blank line, where a statute that prints its notes above its sections puts them
(the structure stage reads a short line over a numbered section as its title).

A line is read as a note and its section when:

* it opens with a short capitalised phrase (a few words, no sentence punctuation), then a
  section number (``1.``, ``12B.``, ``3.—``) and the section's text (a capital, a quote or
  ``(1)``);
* the numbers of such lines run a numbering sequence down the text (each a little
  higher than the one before, an inserted ``12A`` after ``12``), three lines or more;
* their notes all differ: a type word that repeats (``Article 1.``, ``Rule 2.``,
  ``Figure 3.``) is a heading scheme of its own, not a margin of notes.

No language knowledge is needed: the shape is the same in every language a statute is
printed in. Only the space between the note and the number goes; the rest is written
once, and the anchors map each piece back to the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._offsets import Anchor, TextWriter
from ._textcolumns import physical_lines

__all__ = ["split_run_in_notes"]

# a note (a capital, then words without sentence punctuation, an optional stop), one
# space, a section number and the section's first character
_RUN_IN = re.compile(
    r"(?P<note>[^\W\d_][^\n.,:;!?\"“”«»()]{1,58}?)\.? (?P<num>\d{1,3})(?P<suffix>[A-Z]{0,2})"
    r"\.(?:[—–-] ?)? ?(?P<body>\(1\)|[^\W\d_]|[\"“«(])"
)
_MAX_WORDS = 6  # of a note
_MAX_EDGE = 2  # a note starts at the line's left edge
_MIN_RUN = 3  # lines in a numbering sequence
_MAX_STEP = 3  # a section or two without a note may come between two noted ones


@dataclass(frozen=True, slots=True)
class _Noted:
    """A line that opens with a note run into its section's number."""

    line: int  # index of the physical line
    note: str  # as printed (with its stop, if any)
    start: int  # offset of the note in the line
    number_at: int  # offset of the section number in the line
    num: int
    suffix: str


def _noted(k: int, line: str) -> _Noted | None:
    edge = len(line) - len(line.lstrip(" "))
    # speed: a noted line opens with a capital and holds a number's stop
    if edge > _MAX_EDGE or not line[edge : edge + 1].isupper() or "." not in line:
        return None
    m = _RUN_IN.match(line, edge)
    if m is None or len(m["note"].split()) > _MAX_WORDS:
        return None
    if not (m["body"].isupper() or m["body"] in '(1)"“«('):  # the section's text opens
        return None
    note = line[edge : m.start("num") - 1]
    return _Noted(k, note, edge, m.start("num"), int(m["num"]), m["suffix"])


def _follows(prev: _Noted, cur: _Noted) -> bool:
    """``cur`` goes on with ``prev``'s numbering: a little higher, or an inserted section."""
    if cur.num == prev.num:
        return cur.suffix > prev.suffix
    return prev.num < cur.num <= prev.num + _MAX_STEP


def _sequence(found: list[_Noted]) -> list[_Noted]:
    """The noted lines that run a numbering sequence, in runs of ``_MIN_RUN`` or more."""
    out: list[_Noted] = []
    run: list[_Noted] = []
    for cur in found:
        if run and not _follows(run[-1], cur):
            out += run if len(run) >= _MIN_RUN else []
            run = []
        run.append(cur)
    out += run if len(run) >= _MIN_RUN else []
    notes = [n.note.rstrip(".").casefold() for n in out]
    return out if len(set(notes)) == len(notes) else []


def split_run_in_notes(
    text: str, lines: list[tuple[int, str]] | None = None
) -> tuple[str, list[Anchor] | None, int]:
    """The text with each note run into its section's line written on a line of its own
    above it, its anchors into ``text``, and how many notes were so moved; ``(text, None,
    0)`` when the text has no such notes. ``lines``: its :func:`physical_lines`, if cut."""
    if lines is None:
        lines = physical_lines(text)
    found = [n for k, (_, line) in enumerate(lines) if (n := _noted(k, line)) is not None]
    noted = {n.line: n for n in _sequence(found)} if len(found) >= _MIN_RUN else {}
    if not noted:
        return text, None, 0
    w = TextWriter()
    for k, (at, line) in enumerate(lines):
        if (n := noted.get(k)) is not None:
            if k and lines[k - 1][1].strip():
                w.put("\n", at + n.start)  # a blank line before the note: a heading's place
            w.put(line[: n.start + len(n.note)], at)
            w.put("\n", at + n.start + len(n.note))
            w.put(line[n.number_at :], at + n.number_at)
        else:
            w.put(line, at)
        end = at + len(line)
        w.put(text[end : lines[k + 1][0]] if k + 1 < len(lines) else text[end:], end)
    return w.text(), w.anchors, len(noted)
