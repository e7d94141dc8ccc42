"""Stage 4 — structure: content units become titled, sectioned, nested blocks.

Reads the units of :mod:`ctdocs._layout` in order and decides, for each, what
it is: the document title, front matter (masthead, distribution, symbol, date,
place-and-date and adoption lines, a subtitle right above them), an unnumbered
heading (which names the section of what follows), a numbered clause (``3.1``,
``18.``, a numbered heading ``16.1 Title``, a run-in title ``16.2.5 Formation
et exercices.``), a lettered or roman sub-item (``1(a)(ii)``), a bullet item,
a signature or closing line, or a paragraph. Clauses nest by their numbers;
sub-items and bullets nest under the clause they follow; a heading closes them.
A date or place line below the head names no section and joins no clause.
Whether ``(i)`` is a letter or a roman numeral depends on the open sequence it
continues.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal, Protocol

from ._knowledge import load_dates
from ._layout import Marker, Unit, is_front_matter, is_masthead, is_signature, subject_title

__all__ = ["NoteLink", "RawBlock", "Structure", "build", "link_footnotes"]

_TERMINAL_END = re.compile(r"[.;:,!?…]$")
_ROMAN_RE = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_HEADING_MAX_WORDS = 15
_TITLE_MAX_WORDS = 30  # a document title may run longer than a section heading

BlockKind = Literal["heading", "paragraph", "list_item", "clause"]


@dataclass(slots=True)
class RawBlock:
    """A block before it becomes a pydantic model (cheap to build and mutate)."""

    kind: BlockKind
    start: int
    end: int
    text: str
    section: str | None = None
    parent: int | None = None  # index into Structure.blocks
    level: int = 2
    role: str = "body"
    marker: str = ""
    number: str = ""
    label: str = ""
    title: str | None = None
    depth: int = 1
    parent_number: str | None = None
    children: list[int] = field(default_factory=list)
    body_start: int = 0
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    family: str = ""  # letter / roman, for sub-item nesting
    item_value: str = ""
    note_mark: str | None = None  # a footnote's own mark


@dataclass(slots=True)
class Structure:
    blocks: list[RawBlock]
    noise: list[Unit]
    title: str | None
    front_end: int  # offset where the document's head (title, front matter) ends


def _words(text: str) -> int:
    return len(text.split())


@cache
def _date_line_re() -> re.Pattern[str]:
    """A line that is only a date: ``12 juin 2020``, ``Mid-October 2001``, ``2011-2014``,
    ``fin 2004``, ``4-5 December 2018``, ``Novembre/décembre 2021``, ``March 9, 2011``.
    Month names, ordinal suffixes and qualifiers (mi-, early, fin) come from ``dates.toml``."""
    months: set[str] = set()
    quals: set[str] = set()
    ords: set[str] = set()
    for lang in load_dates().languages.values():
        for m in lang.months:
            months.update(n.strip() for n in m.names if n.strip())
        quals.update(q.strip() for q in (*lang.mid, *lang.early, *lang.late) if q.strip())
        ords.update(o for o in lang.ordinal_day if o)

    def longest_first(words: set[str]) -> list[str]:
        return sorted(words, key=lambda w: (-len(w), w))

    month = "(?:" + "|".join(
        re.escape(n.rstrip(".")) + (r"\.?" if n.endswith(".") else "")
        for n in longest_first(months)
    ) + ")"
    qual = "(?:(?:" + "|".join(
        re.escape(q) + (r"\s*" if q.endswith("-") else r"\s+") for q in longest_first(quals)
    ) + "))?" if quals else ""
    ordinal = "(?:" + "|".join(re.escape(o) for o in longest_first(ords)) + ")?" if ords else ""
    day = rf"\d{{1,2}}{ordinal}"
    to = r"\s*[-\u2013/]\s*"  # 12-13, an en dash, novembre/décembre
    return re.compile(
        rf"^(?:{qual}(?:{day}(?:{to}{day})?\s+)?{month}(?:{to}{month})?\s+\d{{4}}"
        rf"|{qual}\d{{4}}(?:{to}\d{{4}})?"
        rf"|{qual}{month}\s+{day}(?:{to}{day})?,?\s+\d{{4}})$",
        re.IGNORECASE,
    )


def _is_date_line(text: str) -> bool:
    return bool(_date_line_re().match(text.strip().rstrip(".")))


def _heading_like(u: Unit, text: str, max_words: int = _HEADING_MAX_WORDS) -> bool:
    """An unnumbered line that reads as a heading."""
    if u.line.heading_level is not None:
        return True
    t = u.text.strip()
    if not t or (_TERMINAL_END.search(t) and not t.endswith("…")):
        return False
    if u.line.all_bold(text):
        return _words(t) <= max(25, max_words)
    first = next((ch for ch in t if ch.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    return _words(t) <= max_words and len(t) >= 2


def _parts(u: Unit) -> list[str]:
    """The unit's text cut at its hard line breaks (``Distr. générale  ⏎ 24 janvier 2003``)."""
    if not u.line.breaks:
        return [u.text]
    out: list[str] = []
    prev = 0
    for b in u.line.breaks:
        k = b - u.start
        if 0 < k < len(u.text):
            out.append(u.text[prev:k])
            prev = k
    out.append(u.text[prev:])
    return [p for p in out if p.strip()]


def _is_front(u: Unit) -> bool:
    """A metadata line of the document's head: distribution, symbol, date, place and date,
    adoption line (each hard-broken part of the line one of these)."""
    m = u.marker
    if m is not None and m.kind != "bullet":
        return False
    parts = _parts(u)
    if m is not None:  # a bulleted "• Updated: …" line
        return all(is_front_matter(p) for p in parts)
    return all(is_front_matter(p) or _is_date_line(p) for p in parts)


def _clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".:;").strip()


def build(units: list[Unit], text: str) -> Structure:
    noise = [u for u in units if u.noise]
    content = [u for u in units if not u.noise]
    blocks: list[RawBlock] = []
    title: str | None = None
    front_end = 0

    # ---- head: masthead / front matter / title / front matter
    i = 0
    chrome_before = bool(content) and any(
        n.start < content[0].start and n.noise in ("web-chrome", "caption")
        for n in noise
    )
    prev_front_date = False

    def front(u: Unit) -> None:
        nonlocal front_end, prev_front_date
        blocks.append(
            RawBlock(
                "paragraph", u.start, u.end, _clean_title(u.text), role="front-matter",
                page=u.page, bbox=u.bbox,
            )
        )
        front_end = u.end
        prev_front_date = _is_date_line(u.text)  # a place line may follow a bare date

    while i < len(content) and (
        (is_masthead(content[i].text) and content[i].marker is None) or _is_front(content[i])
    ):
        front(content[i])
        i += 1
    # The title: the first heading-like line. After web chrome, only a level-1 heading or
    # a line that front matter (an "Updated:" or date line) follows: otherwise the page
    # is a fragment and its first heading names a section.
    if (
        i < len(content)
        and content[i].marker is None
        and _heading_like(content[i], text, _TITLE_MAX_WORDS)
        and (
            not chrome_before
            or content[i].line.heading_level == 1
            # a web page's title: front matter ("Issued on", "Last updated") within the
            # next three lines (a one-sentence summary may stand between)
            or any(_is_front(u) for u in content[i + 1 : i + 4])
        )
    ):
        u = content[i]
        title = _clean_title(u.text)
        blocks.append(
            RawBlock("paragraph", u.start, u.end, title, role="title", page=u.page, bbox=u.bbox)
        )
        front_end = u.end
        i += 1
        subtitle_ok = True  # one heading-like line right below the title, before its front matter
        while i < len(content):
            u = content[i]
            t = u.text.strip()
            if (
                subtitle_ok
                and u.marker is None
                and u.line.heading_level is None
                and _heading_like(u, text)
                and i + 1 < len(content)
                and content[i + 1].marker is None
                and is_front_matter(content[i + 1].text)
            ):
                # "Meeting of the NATO-Russia Council at the level of Ambassadors" above
                # "Brussels, 9 March 2011": a subtitle, part of the head, not a section.
                front(u)
                i += 1
                subtitle_ok = False
                continue
            subtitle_ok = False
            if _is_front(u) or (
                prev_front_date
                and u.marker is None
                and _words(t) <= 4
                and not _TERMINAL_END.search(t)
                and u.line.heading_level is None
            ):
                front(u)
                i += 1
                continue
            break

    if title is None:
        # no title line: an EU cover note names its subject in the head ("Subject: ...")
        title = next(
            (s for b in blocks if b.role == "front-matter" if (s := subject_title(b.text))), None
        )

    # ---- body
    section: str | None = None
    seen: dict[str, int] = {}  # clause number -> block index
    anchor: int | None = None  # latest numbered clause (sub-items attach to it)
    items: list[int] = []  # open lettered/roman sub-items, outermost first
    current: int | None = None  # clause that absorbs following paragraphs
    absorbing = False
    last_unit_end = -1
    body_started = False  # a clause, heading or body paragraph has been seen
    absorbed: dict[int, list[str]] = {}  # clause -> paragraphs it absorbed (joined at the end)
    nk = 0  # pointer into noise (in text order)

    def innermost() -> int | None:
        if items:
            return items[-1]
        return anchor

    for u in content[i:]:
        # A noise unit between two content units stops absorption (a clause's span may
        # not run over noise).
        while nk < len(noise) and noise[nk].start < u.start:
            if last_unit_end >= 0 and noise[nk].start >= last_unit_end:
                absorbing = False
            nk += 1
        last_unit_end = u.end
        t = u.text
        m = u.marker
        if u.role == "footnote":
            # A footnote is its own block: never a clause, a heading, or part of a clause.
            parent = innermost()
            blocks.append(
                RawBlock("paragraph", u.start, u.end, _body(t), section=section, parent=parent,
                         role="footnote", page=u.page, bbox=u.bbox,
                         note_mark=_note_mark(t))
            )
            if parent is not None:
                blocks[parent].children.append(len(blocks) - 1)
            absorbing = False
            continue
        if m is None and _words(t) <= _HEADING_MAX_WORDS and _is_front(u):
            # A date, place-and-date or metadata line below the head: never a heading
            # (it names no section) and never part of a clause.
            role = "body" if body_started else "front-matter"
            blocks.append(
                RawBlock(
                    "paragraph", u.start, u.end, _body(t), section=section, role=role,
                    page=u.page, bbox=u.bbox,
                )
            )
            absorbing = False
            continue
        body_started = True
        if m is not None and m.kind == "number":
            idx = _add_clause_number(blocks, u, m, text, section, seen)
            anchor, items, current, absorbing = idx, [], idx, True
            continue
        if m is not None and m.kind in ("letter", "roman"):
            idx = _add_item(blocks, u, m, section, anchor, items)
            current, absorbing = idx, True
            continue
        if m is not None and m.kind == "bullet":
            parent = innermost()
            b = RawBlock(
                "list_item", u.start, u.end, _body(t[m.end :]), section=section, parent=parent,
                marker=m.label, page=u.page, bbox=u.bbox,
            )
            blocks.append(b)
            if parent is not None:
                blocks[parent].children.append(len(blocks) - 1)
            absorbing = False
            continue
        if is_signature(t):
            blocks.append(
                RawBlock(
                    "paragraph", u.start, u.end, _body(t), section=section, role="signature",
                    page=u.page, bbox=u.bbox,
                )
            )
            absorbing = False
            continue
        long_in_clause = (
            absorbing
            and u.line.heading_level is None
            and not u.line.all_bold(text)
            and _words(t) > 6
        )
        if _heading_like(u, text) and not long_in_clause:
            heading = _clean_title(t)
            level = u.line.heading_level or (3 if u.line.all_bold(text) else 2)
            blocks.append(
                RawBlock(
                    "heading", u.start, u.end, heading, section=section, level=level,
                    page=u.page, bbox=u.bbox,
                )
            )
            section = heading
            anchor, items, current, absorbing = None, [], None, False
            continue
        # A paragraph: part of the clause it follows, or free.
        if current is not None and absorbing:
            blocks[current].end = u.end
            absorbed.setdefault(current, []).append(_body(t))
            continue
        parent = innermost()
        blocks.append(
            RawBlock(
                "paragraph", u.start, u.end, _body(t), section=section, parent=parent,
                page=u.page, bbox=u.bbox,
            )
        )
        if parent is not None:
            blocks[parent].children.append(len(blocks) - 1)
    for k, more in absorbed.items():
        blocks[k].text = "\n".join([blocks[k].text, *more]).strip()
    return Structure(blocks=blocks, noise=noise, title=title, front_end=front_end)


def _body(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


def _run_in_title(u: Unit, m: Marker, text: str) -> tuple[str | None, int]:
    """A bold title right after the number: ``**16.2.5 Formation et exercices.**``."""
    after = u.start + m.end
    while after < u.end and text[after] == " ":
        after += 1
    for s, e in u.line.bold_spans:
        if s <= after < e or (u.start <= s <= after and e > after):
            if e >= u.end:
                return None, after  # the whole line is bold: a heading, handled elsewhere
            title = _clean_title(text[max(s, after) : e])
            if title:
                return title, e
        if s > after:
            break
    return None, after


def _add_clause_number(
    blocks: list[RawBlock], u: Unit, m: Marker, text: str, section: str | None, seen: dict[str, int]
) -> int:
    number = m.value
    parent: int | None = None
    parts = number.split(".")
    for k in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:k])
        if prefix in seen:
            parent = seen[prefix]
            break
    rest = u.text[m.end :]
    heading = u.line.heading_level is not None or u.line.all_bold(text)
    if heading:
        title: str | None = _clean_title(rest) or None
        body = ""
        body_start = u.end
    else:
        title, body_start = _run_in_title(u, m, text)
        body = _body(text[body_start : u.end])
    b = RawBlock(
        "clause", u.start, u.end, body, section=section, parent=parent, number=number,
        label=m.label.strip(), title=title,
        depth=(blocks[parent].depth + 1) if parent is not None else 1,
        parent_number=blocks[parent].number if parent is not None else None, body_start=body_start,
        page=u.page, bbox=u.bbox,
    )
    blocks.append(b)
    idx = len(blocks) - 1
    if parent is not None:
        blocks[parent].children.append(idx)
    seen[number] = idx
    return idx


def _roman_value(v: str) -> int | None:
    v = v.lower()
    if not v or not _ROMAN_RE.match(v):
        return None
    total = 0
    for k, ch in enumerate(v):
        val = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[v[k + 1]] if k + 1 < len(v) else 0
        total += -val if val < nxt else val
    return total


def _next_letter(v: str) -> str | None:
    """The letter item after ``v``: b after a, aa after z, bb after aa."""
    v = v.lower()
    if len(v) == 1 and v.isalpha():
        return chr(ord(v) + 1) if v < "z" else "aa"
    if len(v) == 2 and v[0] == v[1] and v.isalpha():
        return chr(ord(v[0]) + 1) * 2 if v[0] < "z" else None
    return None


def _family(m: Marker, items: list[int], blocks: list[RawBlock]) -> str:
    """Letter or roman? An item continues the open sequence it is the successor of,
    innermost first: ``(i)`` after ``(h)`` is a letter, ``(ii)`` after ``(i)`` a roman,
    ``(c)`` after ``(ii)`` the letter after ``(b)``. Otherwise ``(a)`` starts letters,
    ``(i)`` romans."""
    v = m.value.lower()
    rv = _roman_value(v)
    for j in reversed(items):
        b = blocks[j]
        last = b.item_value.lower()
        if b.family == "letter" and _next_letter(last) == v:
            return "letter"
        if b.family == "roman" and rv is not None and rv == (_roman_value(last) or 0) + 1:
            return "roman"
    if v == "a":
        return "letter"
    if v == "i":
        return "roman"
    if rv is not None and (len(v) > 1 or any(blocks[j].family == "roman" for j in items)):
        return "roman"
    return "letter"


def _add_item(
    blocks: list[RawBlock],
    u: Unit,
    m: Marker,
    section: str | None,
    anchor: int | None,
    items: list[int],
) -> int:
    fam = _family(m, items, blocks)
    # close deeper items; a sibling of the same family replaces the open one
    for k in range(len(items) - 1, -1, -1):
        if blocks[items[k]].family == fam:
            del items[k:]
            break
    parent = items[-1] if items else anchor
    base = blocks[parent].number if parent is not None else ""
    number = f"{base}({m.value})"
    b = RawBlock(
        "clause", u.start, u.end, _body(u.text[m.end :]), section=section, parent=parent,
        number=number,
        label=m.label.strip(), depth=(blocks[parent].depth + 1) if parent is not None else 1,
        parent_number=blocks[parent].number if parent is not None else None,
        body_start=u.start + m.end, page=u.page, bbox=u.bbox, family=fam, item_value=m.value,
    )
    blocks.append(b)
    idx = len(blocks) - 1
    if parent is not None:
        blocks[parent].children.append(idx)
    items.append(idx)
    return idx


_NOTE_MARK_RE = re.compile(r"^(\d{1,3}|[*\u2020\u2021\u00a7])(?=\s)")


def _note_mark(text: str) -> str | None:
    m = _NOTE_MARK_RE.match(text)
    return m.group(1) if m else None


@dataclass(frozen=True, slots=True)
class NoteLink:
    """A footnote call linked to its note: span, mark, and block indexes."""

    start: int
    end: int
    mark: str
    block: int | None  # block the call stands in
    note: int  # the footnote block


class _Call(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def mark(self) -> str: ...
    @property
    def page(self) -> int: ...


def link_footnotes(blocks: Sequence[RawBlock], calls: Sequence[_Call]) -> list[NoteLink]:
    """Link each footnote call to the note with its mark, on its page or the next ones.

    A call with no such note is not a call (a squared unit, a raised ordinal)
    and is left out. Numbering that restarts on each page is why the page is
    matched first.
    """
    notes = [k for k, b in enumerate(blocks) if b.role == "footnote" and b.note_mark]
    starts = [b.start for b in blocks]
    links: list[NoteLink] = []
    for c in calls:
        best: int | None = None
        for k in notes:
            b = blocks[k]
            if b.note_mark != c.mark or (b.page or 0) < c.page:
                continue
            if best is None or (b.page or 0) < (blocks[best].page or 0):
                best = k
        if best is None:
            continue
        i = bisect.bisect_right(starts, c.start) - 1
        inside = i if i >= 0 and blocks[i].start <= c.start < blocks[i].end else None
        links.append(NoteLink(c.start, c.end, c.mark, inside, best))
    return links
