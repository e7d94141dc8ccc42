"""Marginal notes copied as text beside the sections they name, read as lines of their own.

A statute or a gazette prints a short note (``Short title``, ``Interpretation``,
``Amendment of section 2.``) in a left or right margin, on the same physical lines as
the first lines of the section it names. A copy of the PDF as text (``pdftotext
-layout``) keeps each physical line whole: ``Short title      1. This Act may be cited
…`` or ``… of the Act is amended—      Amendment``. Read line by line, the note is cut
into the section's sentence. The reader owns reading order, so this module finds such
a margin from shallow features and writes each note on a line of its own above the
line it starts beside, where a gazette that prints its notes above the sections puts
them (the structure stage reads a short line over a numbered section as its title).

The margin is a column of label fragments at one position down the text:

* a fragment is short (a few words), set off from the running text by a gap of two
  spaces or more, and has no gap inside it (a table's cells have);
* a left margin's fragments start at the line's left edge and the running text goes on
  at one column ``c`` (or further in, an indented item); a right margin's fragments
  start within a column's slack of one position, after the running text;
* it is a margin of notes, not a list of terms: several notes (a fragment opening with
  a capital) start at that position, and at least two of them beside a numbered section
  (the running text there opens with a number).

A note runs on over the next lines' fragments while they do not open with a capital
(``Act inconsistent`` / ``with Constitution``); a note that starts beside a line going
on with a paragraph (``Chap. 12:07``, a cross-reference beside a section's last line)
is written after the running text of its line, so that it is no section's title. Nothing
is lost but the gaps' spaces and the hyphen of a word a narrow margin cut (``Commence-`` /
``ment.``); every other character is written once, and the anchors map each piece back
to where it stands in the input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .._offsets import Anchor, TextWriter
from ._runinnotes import split_run_in_notes
from ._textcolumns import physical_lines

__all__ = ["unmargin"]

_GAP = re.compile(r" {2,}")
# a table's cells or a record's fields inside the running text (a gap after a stop is a
# typist's double space between sentences)
_INNER_GAP = re.compile(r"[^\s.:;?!] {2,}\S")
_NUMBERED = re.compile(r"^[\"“]?\d{1,3}[A-Z]{0,3}(?:\.|—|\s)")  # "1. ", "22D. ", "1 This"
_MAX_WORDS = 4  # of a note's fragment on one line
_MAX_CHARS = 26
_MAX_EDGE = 2  # a left note starts at the page's edge (an indented table does not)
_MIN_RIGHT = 40  # a right margin stands after the running text
_INDENT = 8  # a running line beside a left note may be indented (an item "(a)")
_SLACK = 2  # a right margin's notes are set ragged-left
_MIN_NOTES = 3
_MIN_ALIGNED = 2  # notes beside a numbered section
_SHORT_SHARE = 0.9  # of the fragments beside the column that are short (a margin's all are)


@dataclass(frozen=True, slots=True)
class _Piece:
    """One physical line cut at the margin: the note's fragment and the running text."""

    line: int  # index of the physical line
    note: str
    note_at: int  # input offset of the fragment
    body: str  # the running text
    body_at: int
    indent: int  # a left margin's running text keeps its column (the note's place blank)


def _short(fragment: str) -> bool:
    return (
        0 < len(fragment) <= _MAX_CHARS
        and len(fragment.split()) <= _MAX_WORDS
        and _GAP.search(fragment) is None
    )


def _left(line: str) -> tuple[str, int] | None:
    """A short fragment at the left edge and where the running text goes on after it."""
    edge = len(line) - len(line.lstrip(" "))
    gap = _GAP.search(line, edge)
    if edge > _MAX_EDGE or gap is None or gap.end() >= len(line):
        return None
    fragment, body = line[edge : gap.start()], line[gap.end() :]
    if not _short(fragment) or _INNER_GAP.search(body):
        return None
    return fragment, gap.end()


def _right(line: str) -> tuple[str, int] | None:
    """A short fragment ending the line after the running text, and where it starts."""
    text = line.rstrip()
    gaps = list(_GAP.finditer(text))
    if not gaps or gaps[-1].end() >= len(text) or not text[: gaps[-1].start()].strip():
        return None
    at = gaps[-1].end()
    if at < _MIN_RIGHT or not _short(text[at:]) or _INNER_GAP.search(text[:at].strip()):
        return None
    return text[at:], at


def _opens_note(fragment: str) -> bool:
    return fragment[:1].isupper()


def _column(lines: Sequence[str], side: str) -> int | None:
    """The position of a margin of notes on ``side``: the most common place the running text
    (left) or the note (right) starts at on the lines where a note opens beside a numbered
    section, when notes open there often enough."""
    cut = _left if side == "left" else _right
    aligned: Counter[int] = Counter()
    for line in lines:
        # speed: a note is set off by a gap of two spaces, which most lines have not
        if "  " not in line or (hit := cut(line)) is None or not _opens_note(hit[0]):
            continue
        body = line[hit[1] :] if side == "left" else line[: hit[1]]
        if _NUMBERED.match(body.strip()):
            aligned[hit[1]] += 1
    if not aligned:
        return None
    c, n = aligned.most_common(1)[0]
    if n < _MIN_ALIGNED:
        return None
    notes = sum(1 for line in lines if (hit := _at(line, side, c)) and _opens_note(hit[0]))
    return c if notes >= _MIN_NOTES and _margin_shaped(lines, side, c) else None


def _margin_shaped(lines: Sequence[str], side: str, c: int) -> bool:
    """The text at ``c`` is a margin beside a column of running text, not the second of two
    columns of prose: nearly every fragment the gap at ``c`` sets off is short, and a left
    margin's column goes on under its notes (a line indented to ``c``, or a few columns in
    where a section's number hangs at ``c`` and its text runs on under the number's text)."""
    beside = []
    for line in lines:
        if side == "left":
            gap = _GAP.search(line, len(line) - len(line.lstrip(" ")))
            if gap is not None and gap.end() == c and line[:c].strip():
                beside.append(line[: gap.start()].strip())
        else:
            gaps = list(_GAP.finditer(line.rstrip()))
            if gaps and abs(gaps[-1].end() - c) <= _SLACK and line[: gaps[-1].start()].strip():
                beside.append(line[gaps[-1].end() :].strip())
    if sum(map(_short, beside)) < _SHORT_SHARE * len(beside):
        return False
    under = sum(
        1
        for line in lines
        if c <= len(line) - len(line.lstrip(" ")) <= c + _INDENT and line.strip()
    )
    return side == "right" or under >= 1


def _at(line: str, side: str, c: int) -> tuple[str, int] | None:
    """The line's note fragment in the margin found at ``c``, if it has one there."""
    if side == "left":
        hit = _left(line)
        # the running text may stand a few columns left of the section numbers (``1.-(1)``
        # indented past the text it runs on into) or right of them (an indented item)
        return hit if hit is not None and c - _INDENT <= hit[1] <= c + _INDENT else None
    hit = _right(line)
    return hit if hit is not None and abs(hit[1] - c) <= _SLACK else None


def _alone(line: str, side: str, c: int) -> tuple[str, int] | None:
    """A margin's fragment on a line of its own (``of section 2.`` under ``Amendment``,
    ``14A`` under ``new section``): a note's next line where the running text had none."""
    at = len(line) - len(line.lstrip(" "))
    if side == "left":  # the running text would go on at ``c``: it has none here
        return (line[at:].rstrip(), c) if at <= _MAX_EDGE and _short(line.strip()) else None
    return (line[at:].rstrip(), at) if abs(at - c) <= _SLACK and _short(line.strip()) else None


def _pieces(lines: Sequence[tuple[int, str]], side: str, c: int) -> dict[int, _Piece]:
    """The lines cut at the margin, by line index."""
    out: dict[int, _Piece] = {}
    for k, (at, line) in enumerate(lines):
        hit = _at(line, side, c)
        if hit is None and k - 1 in out:
            hit = _alone(line, side, c)  # goes on with the note above: no capital, or a cut word
            if hit is not None and _opens_note(hit[0]) and not _cut(out[k - 1].note):
                hit = None
        if hit is None:
            continue
        fragment, pos = hit
        if side == "left":
            note_at = at + line.index(fragment)
            col = min(c, pos)  # the running text keeps its column
            out[k] = _Piece(k, fragment, note_at, line[col:], at + col, col)
        else:
            out[k] = _Piece(k, fragment, at + pos, line[:pos].rstrip(), at, 0)
    return out


_OPEN_WORD = 3  # letters of a lower-case word a note cannot end on ("of", "and", "du")


def _cut(note: str) -> bool:
    """A note's fragment breaks off inside a word (``commence-``) or after a short
    lower-case word (``Amendment of`` / ``section 2 of`` / ``Cap. 08:08``): its note goes on
    over the next line even where that opens with a capital."""
    last = note.split()[-1]
    return last.endswith("-") or (last.isalpha() and last.islower() and len(last) <= _OPEN_WORD)


def _unfinished(prev: _Piece, p: _Piece) -> bool:
    """The note above goes on over ``p`` though ``p`` opens with a capital, unless a
    numbered section opens beside ``p``."""
    return _cut(prev.note) and not _NUMBERED.match(p.body.strip())


def _notes(pieces: dict[int, _Piece]) -> list[list[_Piece]]:
    """The notes: runs of fragments on consecutive lines, a new one at each capital."""
    out: list[list[_Piece]] = []
    for k in sorted(pieces):
        p = pieces[k]
        prev = out[-1][-1] if out else None
        goes_on = prev is not None and prev.line == k - 1
        if goes_on and prev is not None and (not _opens_note(p.note) or _unfinished(prev, p)):
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _put_note(w: TextWriter, note: Sequence[_Piece], end: str) -> None:
    """A note's fragments on one line, a word cut by a hyphen joined, others by a space,
    then ``end``: a line end above the running text, a space before it."""
    for j, p in enumerate(note):
        if j and not note[j - 1].note.endswith("-"):
            w.put(" ", p.note_at)
        w.put(p.note[:-1] if p.note.endswith("-") and j + 1 < len(note) else p.note, p.note_at)
    w.put(end, note[-1].note_at + len(note[-1].note))


def _opens_paragraph(lines: Sequence[tuple[int, str]], k: int, body: str) -> bool:
    """The running text on line ``k`` starts a paragraph: after a blank line, or with a
    number or a bracket, as a section, a subsection or an item opens."""
    if k == 0 or not lines[k - 1][1].strip():
        return True
    return bool(_NUMBERED.match(body.strip())) or body.strip()[:1] in '(["“'


def unmargin(
    text: str, lines: list[tuple[int, str]] | None = None
) -> tuple[str, list[Anchor] | None, int]:
    """The text with each marginal note on a line of its own above the line it starts
    beside, its anchors into ``text``, and how many notes were so moved; ``(text, None,
    0)`` when the text has no margin of notes. ``lines``: its :func:`physical_lines`,
    when the caller has them (the readers after it read the same lines)."""
    if lines is None:
        lines = physical_lines(text)
    plain = [line for _, line in lines]
    for side in ("left", "right"):
        if (c := _column(plain, side)) is not None:
            break
    else:
        # no margin kept its gap: notes run into their sections' lines, if any
        return split_run_in_notes(text, lines)
    pieces = _pieces(lines, side, c)
    notes = {note[0].line: note for note in _notes(pieces)}
    w = TextWriter()
    for k, (at, line) in enumerate(lines):
        p = pieces.get(k)
        if p is None:
            w.put(line, at)
        elif p.body:
            if (note := notes.get(k)) is not None and _opens_paragraph(lines, k, p.body):
                _put_note(w, note, "\n")
            w.put(" " * p.indent, at)
            if note is not None and not _opens_paragraph(lines, k, p.body):
                _put_note(w, note, " ")  # inside a paragraph: at the start of its line
            w.put(p.body, p.body_at)
        else:
            continue  # the note's next fragment alone on its line: written with the note
        end = at + len(line)
        w.put(text[end : lines[k + 1][0]] if k + 1 < len(lines) else text[end:], end)
    return w.text(), w.anchors, len(notes)
