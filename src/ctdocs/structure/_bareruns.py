"""Numbered units no line pattern alone can read, found from runs over the whole body:
paragraphs numbered with a bare number and no dot (an IMO circular's ``1 The Committee
…``), and annexes laid out as an outline of numbered headings (``1 INTRODUCTION`` over
``1.1``, ``1.2``), which are cited as a document's outline is, after the annex's word
(``Annex 1.1``) rather than as its paragraphs (``Annex(1)``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..layout import Unit
from ..layout._numbering import Marker, foreign_heading, lead_part, load_numbering, part_space
from ._blocks import ROW_MAX_CHARS, words
from ._closinglists import closing_names
from ._ledruns import led_runs
from ._sectionspaces import section_spaces
from ._sequences import _annex_space

__all__ = [
    "annex_restarts",
    "bare_numbers",
    "colliding_headings",
    "dotted_paragraphs",
    "form_fields",
    "gapped_row",
    "heading_collides",
    "led_lists",
    "led_markers",
    "name_lists",
    "outline_annexes",
    "table_rows",
    "unnumbered_rows",
]

_BARE_NUMBER_RE = re.compile(r"^(\d{1,2})\s+(?=[A-ZÀ-Ý])")
# a paragraph inserted after its number, as an article is ("5 bis Cette cellule …")
_BARE_SUFFIXED_RE = re.compile(r"^(\d{1,2}) (bis|ter|quater)\s+(?=[A-ZÀ-Ý])")
_BARE_MIN_RUN = 3
_BARE_MIN_WORDS = 6


def gapped_row(u: Unit) -> bool:
    """A short line set in three cells or more by wide gaps: a table's row, its first
    cell a number column (``1    Boulevard Michelet    du rond-point …``)."""
    return len(u.gaps) >= 2 and len(u.text) <= ROW_MAX_CHARS


# a statute's lead-in closing on a dash glued to its last word ("to prove that—"); a dash
# standing apart is a table's empty cell
_LEAD_IN_DASH_RE = re.compile(r"\w,?(?:[—–]|--)$")


def _closes(text: str) -> bool:
    """A line that ends as a sentence or a list's item does: a stop, a semicolon, a
    statute's lead-in dash (``that—``), or a semicolon and the joiner before a list's last
    item (``…; or``). An item wrapped under a hanging indent ends so; a table's row not."""
    t = text.rstrip()
    if t[-1:] in ".;:," or _LEAD_IN_DASH_RE.search(t):
        return True
    head, _, last = t.rpartition(" ")
    return head.rstrip().endswith(";") and last.casefold() in load_numbering().inline_joiners


def table_rows(units: Sequence[Unit]) -> frozenset[int]:
    """Rows of a table a PDF's text sets in columns (``4.1   Regional risk assessment   Not
    started   2027``, an agenda's ``4   Border security   OCO``), by start: a short line
    split in three columns or more by wide gaps, beside another such line (its header or
    the next row), that closes no sentence (an item wrapped under a hanging indent has a
    gap where its second line starts, and ends as :func:`_closes` reads). Their numbers are the
    table's, not clauses (guidelines §1)."""

    rows = [gapped_row(u) and not u.line.heading_level and not _closes(u.text) for u in units]
    return frozenset(
        u.start
        for k, u in enumerate(units)
        if rows[k] and ((k > 0 and rows[k - 1]) or (k + 1 < len(rows) and rows[k + 1]))
    )


# a form's field: a short label closed by a colon, then nothing or the leader dots or rule
# the applicant fills in ("Full name of applicant: ........", "Location:")
_FIELD_RE = re.compile(r"^[^:]{2,80}:\s*(?:[._…]{3,}\s*)?$")
_FIELD_MAX_WORDS = 10
_FIELD_MIN_RUN = 3


def form_fields(units: Sequence[Unit]) -> frozenset[int]:
    """The numbered fields of a form a text reproduces (an annexed reporting form's ``1.
    Name of reporter:``, ``2. Location:`` …; a licence application's ``1. Full name of
    applicant: ......``), by start: a run of three numbered lines or more, each a short
    label closed by a colon with nothing after it but the blank to fill. Their numbers are
    the form's, not clauses (a lead-in closed by a colon is followed by its items, not by
    another lead-in)."""

    def field(u: Unit) -> bool:
        m = u.marker
        if m is None or m.kind != "number" or "." in m.value:
            return False
        rest = u.text[m.end :].strip()
        return words(rest) <= _FIELD_MAX_WORDS and _FIELD_RE.match(rest) is not None

    found: list[int] = []
    run: list[int] = []
    for u in [*units, None]:
        if u is not None and field(u):
            run.append(u.start)
            continue
        if len(run) >= _FIELD_MIN_RUN:
            found.extend(run)
        run = []
    return frozenset(found)


# a number, its dot if any, and the gap before the name (the units' markers are read later)
_NAME_ROW_RE = re.compile(r"^(\d{1,2})\.?\s+(?=\S)")
_NAME_MAX_WORDS = 8
_NAME_MIN_RUN = 3


def name_lists(units: Sequence[Unit]) -> frozenset[int]:
    """The numbered names of a list a report prints as a two-column table (an appendix's
    submissions received: ``1   Attorney-General's Department``, ``2   Law Council of
    Australia`` …), by start: a run of three numbered lines or more, 1, 2, 3 … one after
    another with nothing between them, each a short name that closes no sentence. A heading
    has its text under it before the next heading; these have none, so their numbers are the
    list's, not clauses (guidelines §1). Only a list above the text's first number 1 is
    set aside here: below it, the list's numbers are already cited and read as repeated
    ones (``_repeated``: a note or a running head)."""

    def name(u: Unit) -> str | None:
        m = _NAME_ROW_RE.match(u.text)
        if m is None or u.line.heading_level:
            return None
        rest = u.text[m.end() :].strip()
        if not rest or words(rest) > _NAME_MAX_WORDS or _closes(rest):
            return None
        return m.group(1)

    found: list[int] = []
    run: list[int] = []
    first = True  # no line above opens with the number 1 yet
    for u in [*units, None]:
        value = name(u) if u is not None else None
        if u is not None and value is not None and value == str(len(run) + 1):
            run.append(u.start)
            continue
        if len(run) >= _NAME_MIN_RUN and first:
            found.extend(run)
        if run:
            first = False
        run = [u.start] if u is not None and value == "1" else []
        if u is not None and not run and first:
            m = _NAME_ROW_RE.match(u.text)
            first = m is None or m.group(1) != "1"
        if not first:
            break  # no list is set aside below the first number 1: the rest need no reading
    return frozenset(found)


def unnumbered_rows(units: Sequence[Unit]) -> frozenset[int]:
    """Numbered lines whose numbers are no clauses': a table's rows, a form's fields, a
    two-column list's names, the list of names that closes the text (its signatories, the
    offices it is copied to: :func:`closing_names`)."""
    return table_rows(units) | form_fields(units) | name_lists(units) | closing_names(units)


def bare_numbers(units: Sequence[Unit]) -> dict[int, Marker]:
    """Paragraphs numbered with a bare number and no dot (``1 The Maritime Safety Committee
    …``, ``2 The Committee noted …``: an IMO circular; ``1 Le 15 août 2022, …`` in a
    journal article), by start. A line may open with a number for other reasons (a wrapped
    count), so only a run 1, 2, 3 … of long sentences, with no article in the document
    (whose alinéas print so) and no paragraph numbered ``1.`` before it (beside which a bare
    run is the page notes: ``1 Voir la résolution …``), makes them paragraphs. A contents
    entry (``1. I. – Un héritage …``, no sentence) is no paragraph, and notes numbered after
    the run (``[1] Charte …`` under ``Notes``) do not undo it."""
    run = _bare_run(units)
    if len(run) < _BARE_MIN_RUN or dotted_paragraphs(units, before=run[0][0]):
        return {}
    return dict(run)


def _bare_run(units: Sequence[Unit]) -> list[tuple[int, Marker]]:
    """The first run 1, 2, 3 … of long sentences opening on a bare number (or the last
    run begun, shorter than :data:`_BARE_MIN_RUN`); ``5 bis``, ``5 ter`` after ``5`` are
    in it, the count going on at ``6``."""
    run: list[tuple[int, Marker]] = []
    last = 0
    for u in units:
        bm = _BARE_NUMBER_RE.match(u.text) if u.marker is None else None
        sm = _BARE_SUFFIXED_RE.match(u.text) if u.marker is None and bm is None else None
        if (bm is None and sm is None) or u.line.heading_level is not None:
            continue
        long = _sentence(u.text)
        if sm is not None:
            if run and long and sm.group(1) == str(last):
                run.append(
                    (u.start, Marker("number", sm.group(0), f"{last} {sm.group(2)}", sm.end()))
                )
            continue
        assert bm is not None
        if long and bm.group(1) == str(last + 1):
            last += 1
            run.append((u.start, Marker("number", bm.group(0), str(last), bm.end())))
        elif len(run) < _BARE_MIN_RUN:
            last = 1 if (long and bm.group(1) == "1") else 0
            run = [(u.start, Marker("number", bm.group(0), "1", bm.end()))] if last else []
        else:
            break
    return run


def _sentence(text: str) -> bool:
    """A line long enough, and closed as a sentence is, to be a numbered paragraph."""
    return words(text) >= _BARE_MIN_WORDS and text.rstrip()[-1:] in ".:;"


def led_lists(units: Sequence[Unit]) -> frozenset[int]:
    """Lines (by start) of a list numbered ``1.``, ``2.`` … that a lead-in opens: the line
    before its ``1.`` ends on a colon, and its items follow one another, one up each time
    ("14 The Agency made four recommendations:" over "1. that the Program …"). Such a
    list belongs to its paragraph; it is not the text's own paragraph numbering."""
    led: set[int] = set()
    want = 0
    for k, u in enumerate(units):
        m = u.marker
        value = m.value if m is not None and m.kind == "number" and m.value.isdecimal() else ""
        if value == "1" and k > 0 and units[k - 1].text.rstrip().endswith(":"):
            want = 1
        if want and value == str(want):
            led.add(u.start)
            want += 1
        else:
            want = 0
    return frozenset(led)


def led_markers(units: Sequence[Unit], *, bare: bool) -> dict[int, Marker]:
    """Markers read otherwise than as printed, by start: the items of a list a paragraph's
    colon leads in, in a text of bare numbers (``1.`` under ``14 …:`` is 14(1): see
    :func:`led_lists`), degree items that number the whole text (``4°``: see
    :func:`paragraph_degrees`), and section headings that hold the paragraphs numbered
    afresh under each (``1.`` under Section 2 is Section 2(1): see :func:`section_spaces`);
    and, in any text, the lists sandwiched in its paragraph numbering (``1.`` after ``119 …:``
    and before ``120.`` is 119(1): see :func:`led_runs`)."""
    led = led_lists(units) if bare else frozenset()
    degrees = paragraph_degrees(units)
    found: dict[int, Marker] = {}
    for u in units:
        m = u.marker
        if m is not None and u.start in led:
            found[u.start] = Marker("item", m.label, m.value, m.end, "number")
        elif m is not None and u.start in degrees:
            found[u.start] = Marker("number", m.label, m.value, m.end)
    return led_runs(units) | found | section_spaces(units)


def paragraph_degrees(units: Sequence[Unit]) -> frozenset[int]:
    """``1°)`` to ``3°)`` under ``TITRE I``, ``4°)`` under ``TITRE II`` (a circular): degree
    items that number the whole text, one up each time and on across its divisions, are its
    paragraphs, cited ``4°`` as paragraph numbers that run on across sections are (guidelines
    §1a), not items of anything. A run that starts again (each article's own 1°, 2°), crosses
    no division (a petition's conclusions ``1°)``, ``2°)``) or sits in articles is none."""
    starts: list[int] = []
    crossed = between = False
    for u in units:
        m = u.marker
        if m is None:
            continue
        if m.kind == "article":
            return frozenset()
        if m.kind in ("division", "heading"):
            between = bool(starts)
        elif m.kind == "item" and m.family == "degree":
            if m.value != f"{len(starts) + 1}°":
                return frozenset()
            starts.append(u.start)
            crossed, between = crossed or between, False
    return frozenset(starts) if crossed else frozenset()


def dotted_paragraphs(units: Sequence[Unit], before: int | None = None) -> bool:
    """Whether the text numbers its paragraphs ``1.`` or by article, beside which a line
    opening with a bare number is a page note or a wrapped count, not a paragraph. A list
    led in by a colon (see :func:`led_lists`) numbers its paragraph's items, not the
    text's paragraphs, and does not count. With ``before`` (where a bare run starts), a
    contents entry (``1. I. – Un héritage …``: a few words, no stop) does not count, nor
    do notes bracketed after the run (``[1] Charte …``); articles count wherever they are."""
    led: frozenset[int] | None = None
    for u in units:
        m = u.marker
        if m is None or not (m.kind == "article" or (m.kind == "number" and m.value.isdecimal())):
            continue
        if m.kind == "article":
            return True
        if before is not None and (_entry(u.text) or (u.start > before and m.label[:1] == "[")):
            continue
        if led is None:
            led = led_lists(units)
        if u.start not in led:
            return True
    return False


_ENTRY_MAX_WORDS = 8


def _entry(text: str) -> bool:
    """A line as short as a contents entry or a heading, closed by no stop."""
    return words(text) <= _ENTRY_MAX_WORDS and text.rstrip()[-1:] not in ".:;"


_COLLIDING_TITLE_WORDS = 8  # "1. Introduction", "3. Specific remarks": a heading's few words


def colliding_headings(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None], aside: frozenset[int]
) -> frozenset[int]:
    """``1. Introduction`` over ``1. On 2 April …``, ``2. General remarks`` after paragraph
    3 and before paragraph 4 (an opinion whose paragraphs run 1 to 12 across four numbered
    headings), by start: a short numbered title whose number the paragraphs take right
    below it, or took already while the next paragraph continues them (right below it, or
    after its own ``3.1``, ``3.2``). The
    paragraphs are what the text is cited by (guidelines §1a), so the heading is an
    unnumbered one; a heading that continues the run (``4. Scope`` after 3) is none of
    these. Lines in ``aside`` (contents entries) are not read."""
    aside = aside | led_lists(units)  # "criteria:" over "1. …", "2. …": a list's items
    numbered = [
        (u, m)
        for u in units
        if u.start not in aside and (m := marker(u)) is not None and m.kind in ("number", "heading")
    ]
    found: set[int] = set()
    last = 0  # the latest paragraph's number
    for k, (u, m) in enumerate(numbered):
        if not m.value.isdecimal():
            continue
        value = int(m.value)
        if k + 1 < len(numbered) and _short_title(u.text[m.end :]):
            below = numbered[k + 1]
            right_below = _paragraph_number(below)
            after = next((n for v in numbered[k + 1 :] if (n := _paragraph_number(v))), None)
            if (value == last + 1 and right_below == value) or (
                value <= last
                and after == last + 1
                and (right_below == after or below[1].value.startswith(f"{value}."))
            ):
                found.add(u.start)
                continue
        last = value
    return frozenset(found)


def _paragraph_number(line: tuple[Unit, Marker]) -> int | None:
    """The number of a numbered paragraph (a sentence of more words than a title has, or a
    lead-in a colon closes, ``10. Member countries should:``, which no title does), or
    None (``2  Counter-Terrorism … Act 2019 (c. 3)``: a page's number and running head;
    ``1. the content relates …``: a list's item)."""
    u, m = line
    rest = u.text[m.end :].strip()
    long = words(rest) > _COLLIDING_TITLE_WORDS or rest.endswith(":")
    sentence = long and rest[:1].isupper()
    return int(m.value) if sentence and m.value.isdecimal() else None


def _short_title(rest: str) -> bool:
    """A few words naming a part (``Specific remarks``): no sentence, no page number."""
    t = rest.strip()
    return (
        0 < words(t) <= _COLLIDING_TITLE_WORDS
        and t[:1].isupper()
        and t[-1:] not in ".:;,"
        and not t[-1:].isdecimal()
        and ".." not in t
    )


def heading_collides(bare: dict[int, Marker], start: int, m: Marker) -> bool:
    """``## 2 How the Program works`` in a report whose paragraphs run ``1 The …`` to
    ``17 The …`` across its sections without a dot (``bare``: their markers by start): the
    heading stands before the run's last paragraph and its bare number is also a
    paragraph's. The run is what the text is cited by (guidelines §1a: paragraph numbers
    run across sections and keep their own), so the heading is an unnumbered one, the
    section of what follows. A decimal heading (``2.1``) collides with no paragraph and
    keeps its number; an annex's ``1 INTRODUCTION`` under a circular's paragraphs 1 to 6
    stands past their run."""
    if m.kind not in ("heading", "number") or not m.value.isdecimal() or "." in m.label:
        return False
    run = [s for s, b in bare.items() if b.kind == "number" and b.value.isdecimal()]
    return bool(run) and start < max(run) and any(bare[s].value == m.value for s in run)


_OUTLINE_TITLE_WORDS = 8


def outline_annexes(
    units: Sequence[Unit], starts: frozenset[int], marker: Callable[[Unit], Marker | None]
) -> frozenset[int]:
    """The annexes (by heading start, among ``starts``, those that number afresh) whose
    first number heads a line of its own (a short title, no sentence) with that number's
    ``.1`` as the next number: an outline, not numbered paragraphs."""
    found: set[int] = set()
    for k, u in enumerate(units):
        if u.start not in starts:
            continue
        nums = [
            (v, m)
            for v in units[k + 1 :]
            if (m := marker(v)) is not None and m.kind in ("number", "heading")
        ][:2]
        if len(nums) < 2 or not nums[0][1].value.isdecimal():
            continue
        (first, fm), (_, nm) = nums
        rest = first.text[fm.end :].strip()
        short = 0 < words(rest) <= _OUTLINE_TITLE_WORDS and rest[-1:] not in ".:;"
        if short and nm.value == f"{fm.value}.1":
            found.add(u.start)
    return frozenset(found)


def annex_restarts(
    units: Sequence[Unit],
    contents: frozenset[int] = frozenset(),
    marker: Callable[[Unit], Marker | None] | None = None,
) -> frozenset[int]:
    """The annex headings (by start) after which paragraph numbers start again: such an
    annex is a number space of its own from its heading on, its roman headings too. A
    judgment's operative part that opens with a roman heading printed nowhere before
    (``I.``) is none: its romans collide with nothing and hold its numbers (``I(1)``).
    ``marker`` reads a line's number as the body does (``1 The Committee …``, ``### 1
    INTRODUCTION``: numbers no line pattern alone gives)."""
    headings: set[str] = set()  # roman and capital headings seen
    # the paragraph numbers before: an annex that comes before any (a UN report printed
    # after its summary as the annex to it, ``Annex`` then ``I. Introduction`` and ``1.``)
    # holds the document's own numbering, cited plain (I, 1, 15(a)), however its roman
    # headings were seen
    numbers: set[str] = set()
    found: set[int] = set()
    pending: int | None = None
    part = False  # the pending heading opens a judgment's operative part
    lead: int | None = None  # the orders a judgment opens with, above every number
    for u in units:
        if u.start in contents:
            continue  # the annex named in a table of contents opens no space
        if not numbers and len(u.text) < 60 and lead_part(u.text) is not None:
            lead = u.start
            continue
        if len(u.text) < 120 and _annex_space(u.text) is not None:
            pending, part = u.start, part_space(u.text) is not None
            continue
        if pending is not None and foreign_heading(u.text.strip("#* ")):
            pending = None  # "Bibliography" closing the annex: its [1] [2] cite other works
            continue
        m = marker(u) if marker is not None else u.marker
        if m is not None and m.kind == "heading" and not m.value.isdecimal():
            if part and pending is not None and m.value not in headings:
                pending = None  # "Par ces motifs : I. 1. …": its own romans hold its numbers
            headings.add(m.value)
            continue
        if m is None or m.kind not in ("number", "heading") or not m.value.isdecimal():
            continue
        if m.kind == "heading" and m.value != "1":
            pending = None  # "### 28 1997, c. 9": a numbered heading restarts only at 1
            continue
        if pending is not None and (m.value in numbers or (m.value == "1" and numbers)):
            found.add(pending)  # 1. again, or 1. after 5. to 8.: the annex numbers afresh
        elif lead is not None and m.value == "1" and numbers:
            found.add(lead)  # the reasons number afresh: the orders above are a space
            lead = None
        pending = None
        numbers.add(m.value)
    return frozenset(found)
