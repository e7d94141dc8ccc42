"""Running lines: a line printed again and again down a copied document, apart from its
page number, is page furniture (see :mod:`ctdocs.layout._furniture`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ._linekeys import PHONE_RE, WEB_RE, ends_sentence, key, scorable, unit_key
from ._mirrored import mark_mirrored_lines

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_running_lines"]

# Page number or decoration at either end of a running line ("- 6 - TITLE", "TITLE 413").
_RUN_EDGE_RE = re.compile(r"^[\s\d\-\u2013\u2014|.]+|[\s\d\-\u2013\u2014|.]+$")
_DIGITS_RE = re.compile(r"\d+")
_RUNNING_MIN_WORDS = 3
_RUNNING_MAX_WORDS = 15
# A running head printed on three pages or more may be longer: an act's number and its
# full title set over two lines ("Act No. 9 of 2026   PROTECTION OF … ACT, 2026").
_RUNNING_LONG_WORDS = 25
# A running footer with a web address or phone number is longer: an address, a
# switchboard and the site ("Place Beauvau – 75800 Paris Cedex 08 – Standard : … – www…").
_RUNNING_CONTACT_WORDS = 25
_RUNNING_GAP = 3  # lines between two prints of a running header
_RUNNING_ALL = 3  # printed this often, even the print in the document's head is furniture
_HEAD_LINES = 5
# Markers that open a new anchor: a running line may stand above them, a lead-in may not.
_ANCHORS = frozenset({"number", "heading", "article", "division"})


# The date at either end of a journal's running head, by its shape: a day (and its
# ordinal's letters, "1er", "9th"), one word, a year ("7814   JOURNAL OFFICIEL …   9 octobre
# 2026", "9 octobre 2026   JOURNAL …"). Each opens on a digit or a space, not an assertion.
_RUN_DATE_HEAD_RE = re.compile(r"\d{1,2}[^\W\d_]{0,2}\s+[^\W\d_]{3,10}\.?\s+\d{4}\b")
_RUN_DATE_TAIL_RE = re.compile(r"\s\d{1,2}[^\W\d_]{0,2}\s+[^\W\d_]{3,10}\.?\s+\d{4}$")


def _cut_date(text: str) -> tuple[str, str]:
    """``text`` without the date at its start or end, and that date (or "")."""
    m = _RUN_DATE_HEAD_RE.match(text) or _RUN_DATE_TAIL_RE.search(text)
    if m is None:
        return text, ""
    return (text[: m.start()] + text[m.end() :]).strip(), m.group().strip()


def _run_parts(text: str) -> tuple[str, str]:
    """A running line's key and the date at one of its ends ("" if none). The key drops
    page numbers, the date and decorations at the line's ends and blanks other numbers
    ("Criminal Code Act 1995  Compilation No. 150  413"): a journal's heads on facing pages
    swap the issue's date and the folio between their ends, and the previous page's head
    may print no date."""
    bare, date = _cut_date(key(text).strip())
    bare, later = _cut_date(_RUN_EDGE_RE.sub("", bare).strip())
    return _DIGITS_RE.sub("#", _RUN_EDGE_RE.sub("", bare).strip()), date or later


def _run_key(text: str) -> str:
    return _run_parts(text)[0]


_PAGE_EDGES = frozenset({"page-header", "page-footer"})


def _running_candidate(
    units: Sequence[Unit], i: int, limit: int = _RUNNING_MAX_WORDS, lead_ok: bool = False
) -> bool:
    """An open line that may be a running line, or one already found to be page furniture
    (its other prints are then furniture too: a running line is set aside by its columns
    on one page and left open on another, beside a table's row)."""
    u = units[i]
    known = u.noise in _PAGE_EDGES and (u.marker is None or u.marker.kind == "bullet")
    if not (known or scorable(u)) or (ends_sentence(u.text) and not _parenthetical(u.text)):
        return False
    if u.line.heading_level is not None or u.line.bold_spans:
        return False  # (a marginal note repeated over sections is a title: the cheap tests first)
    # a contact's mark (two scans of the line) is sought only where it decides: between
    # the two limits; most lines are shorter than both or longer than both
    n, low, high = u.words(), min(limit, _RUNNING_CONTACT_WORDS), max(limit, _RUNNING_CONTACT_WORDS)
    if n > low and (n > high or n > (_RUNNING_CONTACT_WORDS if _contact(u.text) else limit)):
        return False
    if u.text.lstrip().startswith("["):
        return False
    # words, not numbers: "10 mars 2003" is a date, not a running line
    pieces = _DIGITS_RE.sub(" ", u.text).split()
    return (
        len(pieces) - sum(map(str.isdigit, pieces)) >= _RUNNING_MIN_WORDS
        and (lead_ok or not _leads_in(units, i))
        and not _names_division(units, i)
    )


def _parenthetical(text: str) -> bool:
    """A line wholly in one pair of brackets ("(caviardé pour publication)", "(redacted
    for release)"): a label set under a page's head, not a sentence its bracket ends."""
    t = text.strip()
    return t.startswith("(") and t.endswith(")") and t.count("(") == t.count(")") == 1


def _contact(text: str) -> bool:
    """A web address, an e-mail address or a phone number: an office's footer runs longer."""
    return WEB_RE.search(text) is not None or PHONE_RE.search(text) is not None


def _names_division(units: Sequence[Unit], i: int) -> bool:
    """The line stands right under a division's bare number ("PART 3" over "Critical
    Infrastructure and Border Measures"): the division's title, printed again in the
    act's arrangement of sections, not a running line (which stands under a page break)."""
    m = units[i - 1].marker if i > 0 else None
    bare = m is not None and not units[i - 1].text[m.end :].strip(" .:-–—")
    return bare and m is not None and m.kind == "division"


def mark_running_lines(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """A line printed again and again down the document (a running header or footer, an
    address under every page) is page furniture. Its first print stays when it stands in
    the document's head, where it is the title or masthead the header repeats, unless the
    line comes back on three pages or more: counting a print an earlier pass set aside
    already (the head's copy of a gazette's running foot, taken as its masthead)."""
    where: dict[str, list[int]] = {}
    # the days the prints end on: a running head prints one, its issue's; headings with
    # the same words ("Communiqué … – 3 mars 2026", "… – 14 avril 2026") print several
    days: dict[str, set[str]] = {}
    set_aside: Counter[str] = Counter()  # the texts of prints set aside already
    for i, u in enumerate(units):
        if _running_candidate(units, i, _RUNNING_LONG_WORDS, lead_ok=True):
            k, day = _run_parts(u.text)
            where.setdefault(k, []).append(i)
            if day:
                days.setdefault(k, set()).add(day)
        elif u.noise is not None:
            set_aside[u.text] += 1
    # their keys, each text's made once, and only where a line prints twice: most have none
    aside: Counter[str] = Counter()
    if any(len(idx) > 1 for idx in where.values()):
        for text, n in set_aside.items():
            aside[_run_key(text)] += n
    content = [i for i, u in enumerate(units) if u.noise is None][:_HEAD_LINES]
    head = set(content)
    edges = _PageEdges(units, where) if units and _page(units[-1]) > 2 else None
    for k, idx in where.items():
        if len(idx) < 2 or len(days.get(k, ())) > 1:
            continue  # (a line printed once stays: the tests below only drop prints)
        paged = _paged(units, idx)
        if not paged:
            idx = [i for i in idx if not _leads_in(units, i)]
        if len(idx) + aside[k] < _RUNNING_ALL:
            idx = [i for i in idx if _running_candidate(units, i, lead_ok=paged)]
        if len(idx) < 2 or not k or _too_close(units, idx, paged):
            continue
        if _inside_repeated_passage(units, idx) or _same_field_after(units, idx):
            continue
        if edges is not None and edges.mid_page(idx):
            continue
        for n, i in enumerate(idx):
            first_in_head = n == 0 and (i in head or protected(units[i]))
            if (first_in_head and len(idx) + aside[k] < _RUNNING_ALL) or units[i].noise is not None:
                continue
            units[i].noise = "page-header"
    _mark_companions(units, protected)
    _mark_page_breaks(units)
    _mark_page_number_blocks(units, head, protected)
    mark_mirrored_lines(units, head, protected)


def _mark_companions(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """A running head's other line: a short line printed again and again, each time right
    under or over a print of a running line ("OSSNR – Examen 2025-09   SECRET" over
    "(version expurgée)", a classification under the office's name). Too short to count
    as a running line alone, it sits in the same block on every page. Every print must
    stand so, beside the same head, and on every page that head is printed on but one
    (the first's may stand alone): a line the text repeats elsewhere, a heading printed
    under the head on some pages only ("Recommandations"), a line in bold is the text's."""
    running: dict[str, set[int]] = {}
    for u in units:
        if u.noise in _PAGE_EDGES:
            running.setdefault(_run_key(u.text), set()).add(_page(u))
    if not running:
        return
    prints: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if u.noise is None and u.marker is None and u.line.heading_level is None:
            prints.setdefault(unit_key(u), []).append(i)
    for k, idx in prints.items():
        if len(idx) < 2 or not k or any(units[i].words() > _RUNNING_MIN_WORDS for i in idx):
            continue
        if len({_page(units[i]) for i in idx}) < len(idx):
            continue  # two prints on one page: no page's head
        if any(protected(units[i]) or units[i].line.bold_spans for i in idx):
            continue
        heads = {_beside_running(units, i, running) for i in idx}
        head = heads.pop() if len(heads) == 1 else None
        if head is not None and len(idx) >= len(running[head]) - 1:
            for i in idx:
                units[i].noise = "page-header"


def _beside_running(units: Sequence[Unit], i: int, running: dict[str, set[int]]) -> str | None:
    """The key of the print, set aside, of a running line (``running``: their keys, each
    with its pages; the head's print may have gone to another rule first) right under or
    over the unit ``i`` on the same page, if one is."""
    for k in (i - 1, i + 1):
        if not (0 <= k < len(units)) or units[k].noise is None:
            continue
        if _page(units[k]) == _page(units[i]) and (key := _run_key(units[k].text)) in running:
            return key
    return None


_EDGE_REACH = 3  # lines of furniture between a running line and its page's break


def _page(u: Unit) -> int:
    """The unit's page: a paged reader's (a PDF's ``Unit.page``), else the text copy's
    form feeds (``Line.page``)."""
    return u.page if u.page is not None else u.line.page


class _PageEdges:
    """Where a document's pages break (a PDF's pages, a text copy's form feeds): a running line is
    printed at a page's top or foot. A line printed in the middle of a page that form feeds
    close on both sides (a judgment's sub-heading "Quant au premier moyen" in part A, then
    again under the next page's number in part B) is the text's own line. The first and
    the last page are left out: a web page's chrome or a copy's head may stand between
    their outer edge and the document's (a footer over "Back to top")."""

    def __init__(self, units: Sequence[Unit], where: dict[str, list[int]]) -> None:
        self.units = units
        self.last = _page(units[-1])
        self.repeated = {k for k, idx in where.items() if len(idx) > 1}

    def mid_page(self, idx: list[int]) -> bool:
        """A print stands inside an inner page, away from both its edges."""
        return any(1 < _page(self.units[i]) < self.last and not self._at_edge(i) for i in idx)

    def _at_edge(self, i: int) -> bool:
        """Between the line and its page's top or foot, only furniture: lines set aside,
        lines without a letter (the page's number), lines printed again (the running
        head's other lines), at most ``_EDGE_REACH`` of them."""
        units, page = self.units, _page(self.units[i])
        for step in (-1, 1):
            k, seen = i + step, 0
            while 0 <= k < len(units) and _page(units[k]) == page:
                if seen == _EDGE_REACH or not self._furniture(units[k]):
                    break
                k, seen = k + step, seen + 1
            else:
                return True
        return False

    def _furniture(self, u: Unit) -> bool:
        return (
            u.noise is not None
            or not any(c.isalpha() for c in u.text)
            or _run_key(u.text) in self.repeated
        )


def _paged(units: Sequence[Unit], idx: list[int]) -> bool:
    """Each print differs from every other in its numbers ("A 247   2026 No. 14   Terrorism
    … Act", "A 248   2026 No. 14   …"): each numbers its own page, so each is the page's
    running line, even one that stands above an item (the page broke inside a section). A
    statute's recurring lead-in is printed the same each time, and a run of repealed items
    shares its citation ("(a) [Repealed, 2024, c. 16, s. 96]" over "(b) [… s. 96]"); a
    bulleted line is an item, never the page's line."""
    if any(units[i].marker is not None for i in idx):
        return False
    return len({" ".join(units[i].text.split()) for i in idx}) == len(idx)


_BARE_NUMBER_RE = re.compile(r"^\d{1,4}$")
_COLUMN_HEAD_WORDS = 15


def _mark_page_breaks(units: Sequence[Unit]) -> None:
    """A page break copied as text: a bare number over or under a drawn rule is the page's
    number (a footnote's number stands over its note, never beside a rule alone), and a
    line set in columns right after the break, no sentence, is the next page's running
    head ("RESOLUTION 489        NATO PA – ANNUAL SESSION 2023")."""
    for i, u in enumerate(units):
        if u.noise is not None or not _BARE_NUMBER_RE.match(u.text.strip()):
            continue
        rule = [k for k in (i - 1, i + 1) if 0 <= k < len(units) and units[k].noise == "markup"]
        if not rule:
            continue
        u.noise = "page-number"
        k = max(rule[-1], i) + 1
        if k < len(units) and _column_head(units[k]):
            units[k].noise = "page-header"


def _column_head(u: Unit) -> bool:
    return (
        scorable(u)
        and bool(u.gaps)
        and u.words() <= _COLUMN_HEAD_WORDS
        and not ends_sentence(u.text)
    )


_BLOCK_REACH = 3  # short lines above or below a page number that make its head block
_BLOCK_WORDS = 4


def _mark_page_number_blocks(
    units: Sequence[Unit], head: set[int], protected: Callable[[Unit], bool]
) -> None:
    """The short lines printed with a page number ("INFCIRC/1143" / "Attachment" /
    "Page 2"), each printed elsewhere too, are the page's running head. Too short to be
    running lines alone (a word, a symbol), they are known by the number beside them; their
    other prints stay (the first page's head may open a part of the text: "Attachment"
    over the attached statement), and so do prints in the document's head."""
    if not any(u.noise == "page-number" for u in units):
        return
    counts: dict[str, int] = {}
    for u in units:
        counts[unit_key(u)] = counts.get(unit_key(u), 0) + 1
    for i, u in enumerate(units):
        if u.noise != "page-number":
            continue
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(units) and abs(k - i) <= _BLOCK_REACH:
                v = units[k]
                if v.noise in _PAGE_EDGES:  # a symbol already known as a page's head
                    k += step
                    continue
                if not _block_line(v) or counts[unit_key(v)] < 2 or k in head or protected(v):
                    break
                v.noise = "page-header"
                k += step


def _block_line(u: Unit) -> bool:
    """A line short enough for a page's head block; an editorial note in brackets
    ("[Repealed, SOR/2020-115, s. 3]"), printed for item after item, is never one."""
    return (
        scorable(u)
        and u.words() <= _BLOCK_WORDS
        and not ends_sentence(u.text)
        and not u.text.lstrip().startswith("[")
    )


def _too_close(units: Sequence[Unit], idx: list[int], paged: bool) -> bool:
    """Two prints a few lines apart: a label the text repeats, not a header over new
    pages; unless each print numbers its own page and a page break stands between them
    (a short contents page between two prints of "… – juin 2026   2/6", "… 3/6"), or the
    first of the two, set aside already as its page's foot, stands over that break (the
    foot of page 1, then the same line as page 2's head)."""
    return any(
        b - a <= _RUNNING_GAP
        and not ((paged or units[a].noise in _PAGE_EDGES) and _page(units[a]) != _page(units[b]))
        for a, b in pairwise(idx)
    )


def _inside_repeated_passage(units: Sequence[Unit], idx: list[int]) -> bool:
    """Every print of the line has the same line before it and the same after it: the line
    is part of a passage printed again (a text pasted twice), not a header over new pages."""

    def around(i: int) -> tuple[str, str]:
        before = unit_key(units[i - 1]) if i > 0 else ""
        after = unit_key(units[i + 1]) if i + 1 < len(units) else ""
        return before, after

    return len({around(i) for i in idx}) == 1


def _same_field_after(units: Sequence[Unit], idx: list[int]) -> bool:
    """Every print of the line has the same line after it, and that line could not be a
    running line (it closes on a colon or stop, or is numbered): the line is one field of
    a record the document repeats ("Date on which the narrative summary became available:
    …" over "Reason for listing:" in each listing), not a header over new pages, whose
    next line is each page's own text. A line without a letter is no field: a rule drawn
    under every print ("National CT Strategy …" over "_____") underlines a page's head."""
    nxt = [i + 1 for i in idx]
    if nxt[-1] >= len(units) or len({unit_key(units[k]) for k in nxt}) != 1:
        return False
    if not any(c.isalpha() for c in units[nxt[0]].text):
        return False
    return not any(_running_candidate(units, k) or _short_label(units[k]) for k in nxt)


def _short_label(u: Unit) -> bool:
    """A line too short to run alone that closes on no colon or stop, or stands in
    brackets: a running head's second line ("(version expurgée)"), not a record's field."""
    t = u.text.rstrip()
    return (
        u.marker is None
        and u.words() <= _RUNNING_MIN_WORDS
        and (_parenthetical(t) or not (ends_sentence(t) or t.endswith(":")))
    )


def _leads_in(units: Sequence[Unit], i: int) -> bool:
    """The line introduces the items after it ("It is prohibited for any person to
    knowingly" above "(a) …"): a statute's recurring lead-in, not a running line. A
    running header stands above a page's heading or paragraph, never above an item."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return (
        nxt is not None
        and nxt.noise is None
        and nxt.marker is not None
        and nxt.marker.kind not in _ANCHORS
    )
