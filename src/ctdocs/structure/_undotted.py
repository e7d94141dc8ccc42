"""Paragraph numbers printed with no dot that the bare-number run (``_bareruns``) misses.

Reports of EU institutions (audit reports, studies) number their paragraphs
without a dot: zero-padded ``01 On 14 July 2016 …``, ``42 We conclude …``, and
roman numerals in an executive summary, ``I Public spaces …``, ``II …``. A line
may open with a number or a capital ``I`` for other reasons (a wrapped count, a
page note), so only a run makes them paragraphs: numbers that start at 1 and
go up one by one (a jump forward is an excerpt that leaves paragraphs out, when
the number after it goes on from it; a smaller number in between is a page
note), or romans I, II, III … in order. The number is kept as printed (``01``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..layout import Unit
from ..layout._numbering import Marker, find_marker, load_numbering, roman_value
from ._bareruns import dotted_paragraphs
from ._blocks import TERMINAL_END, is_date_line, words
from ._sequences import _annex_re

__all__ = ["undotted_headings", "undotted_paragraphs", "worded_headings"]

_ARABIC_RE = re.compile(r"^(\d{1,3})\s+(?=[A-ZÀ-Ý])")
# a roman numeral, then a capitalised word (not the pronoun "I" before a verb in lower case)
_ROMAN_RE = re.compile(r"^([IVXLC]{1,6})\s+(?=[A-ZÀ-Ý][a-zà-ÿ'’])")
_MIN_RUN = 3
_MIN_WORDS = 6


def _candidates(
    units: Sequence[Unit], pattern: re.Pattern[str], *, closed: bool
) -> list[tuple[Unit, str, int]]:
    """Lines of running text (no marker, no markup heading, a sentence of some length)
    that open with the pattern: (unit, number as printed, where the marker ends).
    ``closed``: the line must end its sentence too (a bare number may be a wrapped
    count; a roman numeral before a capitalised word seldom is, and a paragraph cut by
    a line the layout read as a new one ends anywhere)."""
    found = []
    for u in units:
        m = pattern.match(u.text) if u.marker is None else None
        if m is None or u.line.heading_level is not None or words(u.text) < _MIN_WORDS:
            continue
        if not closed or u.text.rstrip()[-1:] in ".:;":
            found.append((u, m.group(1), m.end()))
    return found


def _arabic_run(cands: list[tuple[Unit, str, int]]) -> list[tuple[Unit, str, int]]:
    run: list[tuple[Unit, str, int]] = []
    for k, (u, num, end) in enumerate(cands):
        n = int(num)
        last = int(run[-1][1]) if run else 0
        nxt = int(cands[k + 1][1]) if k + 1 < len(cands) else None
        if n == last + 1 or (run and n > last + 1 and nxt == n + 1):
            run.append((u, num, end))
        elif run and n <= last:
            continue  # a page note ("1 Europol, …") between the paragraphs
        elif len(run) >= _MIN_RUN:
            break
        else:
            run = [(u, num, end)] if n == 1 else []
    return run


def _roman_run(cands: list[tuple[Unit, str, int]]) -> list[tuple[Unit, str, int]]:
    run: list[tuple[Unit, str, int]] = []
    for u, num, end in cands:
        if roman_value(num) == len(run) + 1:
            run.append((u, num, end))
        elif len(run) >= _MIN_RUN:
            break
        else:
            run = [(u, num, end)] if num == "I" else []
    return run


def undotted_paragraphs(units: Sequence[Unit]) -> dict[int, Marker]:
    """Paragraphs numbered ``01``, ``42`` or ``I``, ``II`` without a dot, by start, where the
    text has no article and no paragraph numbered with a dot (beside which such lines are
    page notes or wrapped counts)."""
    if dotted_paragraphs(units):
        return {}
    found: dict[int, Marker] = {}
    arabic = _arabic_run(_candidates(units, _ARABIC_RE, closed=True))
    for run in (arabic, _roman_run(_candidates(units, _ROMAN_RE, closed=False))):
        if len(run) >= _MIN_RUN:
            for u, num, end in run:
                found[u.start] = Marker("number", u.text[:end], num, end)
    return found


# A heading's number printed with no dot: an arabic or roman number, or a capital letter,
# then a capitalised word ("1 Introduction", "IV Co-operation …", "A Overview of …")
_HEAD_RE = re.compile(r"^(?:(\d{1,2})|([IVXLC]{1,6})|([A-Z]))\s+(?=[A-ZÀ-Ý0-9])")
_HEAD_MAX_WORDS = 14
_HEAD_MIN_RUN = 2


def _head_shape(u: Unit) -> tuple[str, str, int] | None:
    """(kind, number, end) of a line shaped as a heading whose number has no dot: no
    marker read, a few words, no closing punctuation, not a contents entry's page
    number at its end. Kinds: ``arabic``, ``roman``, ``letter`` (``I`` is a roman)."""
    m = _HEAD_RE.match(u.text) if u.marker is None else None
    if m is None:
        return None
    rest = u.text[m.end() :].strip()
    if not rest or words(rest) > _HEAD_MAX_WORDS or TERMINAL_END.search(rest):
        return None
    if rest[-1:] in ",;:" or rest[-1:].isdigit():
        return None
    kind = "arabic" if m.group(1) else "roman" if m.group(2) else "letter"
    return kind, m.group(m.lastindex or 0), m.end()


def _rank(kind: str, number: str) -> int:
    """The number's place in its sequence (1 for ``1``, ``I``, ``A``); 0 for letters a
    roman numeral cannot be (``IIII``), which no sequence takes."""
    if kind == "arabic":
        return int(number)
    if kind == "roman":
        return roman_value(number) or 0
    return ord(number) - ord("A") + 1


def _as_kind(
    shape: tuple[str, str, int] | None, kind: str, want: int
) -> tuple[str, str, int] | None:
    """The shape read as ``kind``: a lone ``C``, ``D`` or ``V`` is a letter where the
    letters' run wants it (``A``, ``B``, ``C Regional developments``), else a roman."""
    if shape is None:
        return None
    if shape[0] == kind:
        return shape
    lone = shape[0] == "roman" and len(shape[1]) == 1 and shape[1] != "I"
    if kind == "letter" and lone and _rank("letter", shape[1]) == want:
        return ("letter", *shape[1:])
    return None


def undotted_headings(units: Sequence[Unit]) -> dict[int, Marker]:
    """Numbered headings printed with no dot after their number (``I Scope and
    definitions`` … ``II Prevention``; ``1 Introduction`` … ``2 Who this guidance applies
    to``; ``A Overview`` … ``B Foreign terrorist fighters`` under a roman one), by start,
    read as ``I.``, ``1.``, ``A.`` headings are (guidelines §1a). A line may open with a
    number or a capital for other reasons, so only a sequence makes them headings: of one
    kind, heading-shaped (:func:`_head_shape`), starting at 1 (``I``, ``A``) and going up
    one by one, at least two, each with body text under it (a contents list prints its
    entries one under the other). Capital letters count afresh under each roman heading."""
    shapes = [_head_shape(u) for u in units]
    found: dict[int, Marker] = {}
    # a run takes two shapes of its kind (a letter's may be a lone roman): most texts have
    # fewer, and the kinds none is read as are not walked through the lines
    kinds = [s[0] for s in shapes if s is not None]
    if len(kinds) < _HEAD_MIN_RUN:
        return found
    for kind in ("roman", "arabic", "letter"):
        if kind not in kinds and not (kind == "letter" and "roman" in kinds):
            continue
        run: list[tuple[Unit, str, int]] = []
        runs: list[list[tuple[Unit, str, int]]] = []
        for k, u in enumerate(units):
            shape = _as_kind(shapes[k], kind, len(run) + 1)
            if shape is None:
                if kind == "letter" and (shapes[k] or ("",))[0] == "roman" and run:
                    runs.append(run)  # letters start again under the next roman heading
                    run = []
                continue
            nxt = shapes[k + 1] if k + 1 < len(units) else ("end", "", 0)
            if nxt is not None and (nxt[0] in (kind, "end")):
                continue  # no body under it: a contents entry, a list's row
            rank = _rank(kind, shape[1])
            if rank == len(run) + 1:
                run.append((u, shape[1], shape[2]))
            elif rank == 1:
                runs.append(run)
                run = [(u, shape[1], shape[2])]
        runs.append(run)
        for r in runs:
            if len(r) >= _HEAD_MIN_RUN:
                for u, num, end in r:
                    found.setdefault(u.start, Marker("heading", u.text[:end], num, end))
    return found


# A line led by a word and a number, then a dash or a colon and its title ("Phase 2 —
# Intervention", "Step 3: Notify the operator"), or a full stop and a sentence run in
# ("Lesson 2. Radio traffic was not encrypted."); the word may be printed in capitals
# ("ITEM 2.  ADOPTION OF THE AGENDA") or qualified by a second word in lower case ("Agenda
# item 2: Confirmation of previous minutes"), the run 1, 2 … deciding as for one word
_WORDED_RE = re.compile(
    r"^([A-ZÀ-Ý](?:[a-zà-ÿ]{2,14}(?: [a-zà-ÿ]{2,14})?|[A-ZÀ-Ý]{2,14})) (\d{1,2})"
    r"(?:\s*[—–:-]|\.)\s+(?=\S)"
)
_RUN_IN_MIN_WORDS = 8  # what follows the number: a sentence, not a heading's title


@cache
def _caption_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_numbering().caption_words)


def _worded_shape(u: Unit) -> tuple[str, int, bool] | None:
    """(word, number, run in) of a line led by a word and a number (see ``_WORDED_RE``):
    a markup heading, a plain line with a heading's title after a dash or a colon, or a
    paragraph whose sentence runs in after the number (``run in``). A caption's word
    (``Figure 2: …``) and a date (``June 3 – …``) lead none."""
    m = _WORDED_RE.match(u.text) if u.marker is None else None
    if m is None or m.group(1).casefold() in _caption_words() or is_date_line(u.text):
        return None
    rest = u.text[m.end() :].strip()
    if u.line.heading_level is not None:
        return (m.group(1), int(m.group(2)), False) if "." not in m.group(0) else None
    if words(rest) >= _RUN_IN_MIN_WORDS and TERMINAL_END.search(rest):
        return m.group(1), int(m.group(2)), True
    if words(rest) > _HEAD_MAX_WORDS or TERMINAL_END.search(rest):
        return None
    if "." in m.group(0) and not _titled(rest):
        return None
    return m.group(1), int(m.group(2)), False


def _titled(rest: str) -> bool:
    """Is what follows ``Item 2.`` a heading's title: opening in capitals, not a contents
    entry's page number at its end? A full stop after the number leads a title as a dash
    does (``Item 2.   Election of the Bureau``)."""
    return rest[:1].isupper() and not rest[-1:].isdigit()


def _paragraphs_run_on(
    units: Sequence[Unit], run: list[tuple[Unit, int]], read: dict[int, Marker]
) -> bool:
    """Do numbered paragraphs run on across the run's plain headings (9, 10 under ``Ground
    1:``, 11 under ``Ground 2:``)? Then the headings are unnumbered section headings of a
    judgment (held-out gold), not a labelled space holding its own items, which start again
    under each (``Levier 1 —`` over 1., 2.; ``Levier 2 —`` over 1., 2. again). Paragraphs
    under one heading only (an agenda's list 1.-8. after the last ``Item 8.``) run across
    nothing. ``read``: the paragraph markers found apart from the lines' own; a number set
    in its own column (a judgment's ``11     The …``) is read here as the body reads it."""
    heads = [h.start for h, _ in run]
    top, restarts, under = 0, False, set()
    for u in units:
        m = u.marker or read.get(u.start)
        if m is None and u.line.lead_gap:
            m = find_marker(u.text, gap=True)  # "11     The applicant …": set in its column
        if u.start < heads[0] or m is None or m.kind != "number" or not m.value.isdecimal():
            continue
        under.add(sum(h <= u.start for h in heads))  # which heading the paragraph is under
        restarts = restarts or int(m.value) <= top
        top = max(top, int(m.value))
    return len(under) > 1 and not restarts


def worded_headings(units: Sequence[Unit], read: dict[int, Marker]) -> dict[int, Marker]:
    """Lines led by a word no numbering data lists and a number (``### Phase 1 — Alerte``,
    ``Levier 2 — Contenus en ligne``, ``Lesson 3. Decontamination tents were …``), by start:
    the numbered parts of a procedure, a plan or a report, cited with their word as the
    listed ones are (``Axe 1``, ``Recommendation 2``: guidelines §1a) and holding the items
    numbered under them. Only a sequence of one word, 1, 2 … one up each time, is one; a
    caption's word (``Figure 2: …``) is none, and an annex's heading (``Appendix 1 – …``)
    opens the annex's space as the numbering data reads it. Plain headings over paragraphs
    that run on across them are the text's sections (:func:`_paragraphs_run_on`; ``read``:
    the paragraph markers found apart from the lines' own)."""
    found: dict[int, Marker] = {}
    want: dict[str, list[tuple[Unit, int]]] = {}
    for u in units:
        shape = _worded_shape(u)
        if shape is None or _annex_re().match(u.text):
            continue  # "## Appendix 1 – …" opens an annex, whose heading is no clause
        run = want.setdefault(shape[0], [])
        if shape[1] == len(run) + 1:
            run.append((u, u.text.index(str(shape[1]), len(shape[0])) + len(str(shape[1]))))
    for word, run in want.items():
        plain = [r for r in run if r[0].line.heading_level is None]
        if len(run) < _HEAD_MIN_RUN or (plain and _paragraphs_run_on(units, plain, read)):
            continue
        cited = word.capitalize() if word.isupper() else word  # "ITEM 2" is cited Item 2
        for u, end in run:
            value = f"{cited} {u.text[len(word) : end].strip()}"
            found[u.start] = Marker("division", u.text[:end], value, end, "holds-items")
    return found
