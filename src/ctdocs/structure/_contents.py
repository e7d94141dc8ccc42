"""Contents lists known by repetition: entries whose headings the text prints again.

A table of contents that kept neither its heading nor its page numbers (an act's own
``Sec. 1. Short title; table of contents.`` … ``Sec. 7. Sunset.`` under its section 1, a
report's ``1. Introduction`` … list on its first page) has one shallow feature left: each
entry stands again elsewhere in the text as the heading it lists, the same number and the
same words, whatever the case or the word before the number (``Sec. 2. Findings.`` and
``SEC. 2. FINDINGS.``). A run of such lines lists the document; it is not its clauses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from ..layout import Unit
from ..layout._toczone import head_words
from ._blocks import more_words as _more_words

__all__ = ["echoed_entries", "echoed_notes", "echoed_outline", "listed_notes", "with_heads"]

# A contents line names a heading: a short name, not a paragraph
_ENTRY_MAX_WORDS = 14
_ASIDE_RE = re.compile(r"\([^()]*\)")
# Three entries at least: two lines repeated may be a running head and a cross-reference
_MIN_RUN = 3


def _key(u: Unit) -> tuple[str, str] | None:
    """The entry's number and words, folded (case, spacing, closing stop): what a heading
    listed and printed again shares with its print; None when the line is no entry."""
    m = u.marker
    if m is None or m.kind == "bullet":
        return None
    rest = u.text[m.end :].strip().rstrip(".").strip()
    named = _ASIDE_RE.sub("", rest)  # "(Paris, 3-4 février 2027)" after a name: no sentence
    if not rest or len(named.split()) > _ENTRY_MAX_WORDS or re.search(r"[.!?]\s|:$", rest):
        return None  # a sentence, or a lead-in (``(b) … is as follows:``), is no entry
    return m.value.casefold(), " ".join(re.findall(r"\w+", rest.casefold()))


Key = tuple[str, str]


def _scattered(echoes: int, later: int, apart: int) -> bool:
    """The other prints of a run's entries (``echoes`` of them, ``later`` after the run,
    ``apart`` of them more than a line after the one before) stand apart, most after the
    run: headings, each over its own text. A block printed again whole (``Chapter 5`` /
    ``Part 5.3`` / ``Division 101`` atop each page) is a running head that repeats the
    headings."""
    if later * 2 < echoes:
        return False  # the headings a contents list names stand mostly below it
    return apart * 2 >= echoes - 1


class _Echoes:
    """Where each entry is printed, indexed once, so that a run's echoes are counted with a
    bisection per entry, not read one by one (a form repeating ``(a) Name`` ``(b) Address``
    thousands of times has thousands of runs, each echoed thousands of times)."""

    def __init__(self, keys: Sequence[Key | None]) -> None:
        self.keys = keys
        self.at: dict[Key, list[int]] = {}
        self.follows: dict[Key, Counter[Key]] = {}
        self.rank: list[int] = []  # how many prints of the line's entry come before it
        for j, key in enumerate(keys):
            prints = self.at.setdefault(key, []) if key is not None else []
            self.rank.append(len(prints))
            prints.append(j)
        for x, y in pairwise(keys):
            if x is not None and y is not None:
                self.follows.setdefault(x, Counter())[y] += 1

    def scattered(self, k: int, end: int) -> bool:
        """The test of `_scattered` on the prints of the entries of ``keys[k:end]`` outside
        the run: two prints stand together when one is on the line after the other."""
        run = {key for key in self.keys[k:end] if key is not None}
        total = sum(len(self.at[key]) for key in run) - (end - k)
        # a run lists each entry once: its prints after its own are after the run
        later = sum(
            len(self.at[key]) - self.rank[j] - 1
            for j, key in enumerate(self.keys[k:end], k)
            if key is not None
        )
        together = sum(self._pairs(key, run) for key in run)  # lines next to lines, anywhere
        ins = self._inside
        together -= sum(
            int(ins(j, run)) for j in range(max(k - 1, 0), min(end, len(self.keys) - 1))
        )
        apart = max(total - 1, 0) - together
        return _scattered(total, later, apart)

    def _pairs(self, key: Key, run: set[Key]) -> int:
        nxt = self.follows.get(key)
        if not nxt:
            return 0
        if len(nxt) < len(run):
            return sum(n for y, n in nxt.items() if y in run)
        return sum(nxt.get(y, 0) for y in run)

    def _inside(self, j: int, run: set[Key]) -> bool:
        return self.keys[j] in run and self.keys[j + 1] in run


def echoed_entries(units: Sequence[Unit]) -> frozenset[int]:
    """The starts of lines in a run of at least three numbered entries, with nothing between
    them and no number listed twice, each (but one, in a run of six or more) printed again
    as a numbered line elsewhere in the text with the same number and words, apart from
    each other and some of them further on (the headings listed follow their list): a
    contents list, not the clauses."""
    keys = [_key(u) for u in units]
    index: _Echoes | None = None  # indexed when a run first needs it (most texts have none)
    seen = Counter(k for k in keys if k is not None)
    found: set[int] = set()
    # a number listed again: the headings themselves begin
    for k, end in listed_runs(keys, lambda j: keys[j][0]):  # type: ignore[index]
        run = [key for key in keys[k:end] if key is not None]
        echoed = sum(seen[key] >= 2 for key in run)
        if len(run) < _MIN_RUN or echoed < len(run) - (len(run) >= 6):
            continue
        index = _Echoes(keys) if index is None else index
        if index.scattered(k, end):
            hits = [j for j in range(k, end) if seen[keys[j]] >= 2]  # type: ignore[index]
            found.update(units[j].start for j in range(hits[0], hits[-1] + 1))
    return frozenset(found)


def listed_runs(
    keys: Sequence[object | None], identity: Callable[[int], Hashable]
) -> Iterator[tuple[int, int]]:
    """The runs ``(start, end)`` of listed lines (a key that is not None) in which no
    entry's ``identity`` comes twice: a contents list ends where an entry is listed
    again, for there the headings it lists begin."""
    k = 0
    while k < len(keys):
        if keys[k] is None:
            k += 1
            continue
        end, seen = k, set()
        while end < len(keys) and keys[end] is not None and (i := identity(end)) not in seen:
            seen.add(i)
            end += 1
        yield k, end
        k = end


_OUTLINE_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,4}\.?\s+(?=\S)")


def _outline_words(u: Unit) -> str | None:
    """A contents line's words after its outline number (``- 1.1 Origines (1978-1995)``:
    ``origines 1978 1995``), or None when the line opens with no number or is no name."""
    m = u.marker
    rest = u.text[m.end :] if m is not None else u.text
    if m is None or m.kind == "bullet":
        n = _OUTLINE_NUMBER_RE.match(rest.lstrip())
        if n is None:
            return None
        rest = rest.lstrip()[n.end() :]
    rest = rest.strip()
    if not rest or _more_words(rest, _ENTRY_MAX_WORDS) or re.search(r"[.!?:;]$", rest):
        return None
    return " ".join(re.findall(r"\w+", rest.casefold())) or None


def echoed_outline(units: Sequence[Unit]) -> frozenset[int]:
    """The starts of lines in a run of at least three outline-numbered entries (``1
    Historique``, ``1.1 Origines``, … in a web page's contents box; ``Part 1 PRELIMINARY``,
    ``1 Short title`` in a statute site's) whose words open a heading further on (or a line
    that only names, as a marginal note does), each (but one, in a run of six or more): the
    headings carry no number, or print it on a line of its own, so the words are what the
    list repeats."""
    entries = [_outline_words(u) for u in units]
    runs = [(k, end) for k, end in _entry_runs(entries) if end - k >= _MIN_RUN]
    if not runs:
        return frozenset()  # no run long enough (most texts): no heading's words are read
    later = _last_openers(units, {e for k, end in runs for e in entries[k:end]})
    found: set[int] = set()
    for k, end in runs:
        hits = [j for j in range(k, end) if later.get(entries[j] or "", -1) >= end]
        if len(hits) >= (end - k) - (end - k >= 6):
            found.update(units[j].start for j in range(k, end))
    return frozenset(found)


def _entry_runs(entries: Sequence[str | None]) -> Iterator[tuple[int, int]]:
    """The runs ``(start, end)`` of consecutive entries (a value that is not None)."""
    k = 0
    while k < len(entries):
        if entries[k] is None:
            k += 1
            continue
        end = k
        while end < len(entries) and entries[end] is not None:
            end += 1
        yield k, end
        k = end


def _last_openers(units: Sequence[Unit], wanted: set[str | None]) -> dict[str, int]:
    """Each of the ``wanted`` entries' words that open a heading (or a line that only names),
    with the last such line: only the prefixes as long as a wanted entry are joined."""
    sizes = {e.count(" ") + 1 for e in wanted if e}
    later: dict[str, int] = {}
    for j, u in enumerate(units):
        if u.line.heading_level is not None or _name_line(u):
            ws = re.findall(r"\w+", u.text.casefold())[:_ENTRY_MAX_WORDS]
            for n in sizes:
                if n <= len(ws) and (key := " ".join(ws[:n])) in wanted:
                    later[key] = j
    return later


def _name_line(u: Unit) -> bool:
    """A line that only names, unnumbered (a heading, or a marginal note over a section)."""
    t = u.text.strip()
    return (
        u.marker is None
        and bool(t)
        and not _more_words(t, _ENTRY_MAX_WORDS)
        and t[-1:] not in ".;:,"
    )


def listed_notes(noise: Sequence[Unit], content: Sequence[Unit]) -> list[Unit]:
    """Lines set aside as running heads that are a statute's marginal notes: each printed
    once more only as a numbered entry of the contents (``3 Designation by Minister`` …
    ``Designation by Minister`` over ``3.—(1) The Minister …``), right above a numbered
    line. A running head repeats on each page; a note's twin is its contents entry. They
    are given back to the body (noise cleared), where they title their sections."""
    entries: Counter[str] = Counter()  # contents entries' words, their number left out
    heads: Counter[str] = Counter()  # other furniture lines' words
    for n in noise:
        t = n.text.strip()
        numbered = _OUTLINE_NUMBER_RE.match(t)
        key = " ".join(re.findall(r"\w+", t[numbered.end() if numbered else 0 :].casefold()))
        (entries if numbered else heads)[key] += 1
    listed = _listed(noise)
    back: list[Unit] = []
    k = 0
    for n in sorted(noise, key=lambda u: u.start):
        key = " ".join(re.findall(r"\w+", n.text.casefold()))
        if n.noise not in _PAGE_EDGES:
            continue
        while k < len(content) and content[k].start < n.end:
            k += 1  # the first content line below the note
        nxt = content[k] if k < len(content) else None
        if nxt is None or nxt.marker is None or nxt.marker.kind != "number":
            continue
        once = n.noise == "page-header" and heads.get(key) == 1 and entries.get(key) == 1
        # "Insertion of Chapter 4A in Act 33 of 2004   30" over "4. The following …": a
        # note a margin line number made a page's foot, word for word its section's entry
        if once or _echoes(n.text, listed.get(nxt.marker.value, "")):
            back.append(replace(n, noise=None))
    return back


_PAGE_EDGES = ("page-header", "page-footer")


# a bill's margin line number after a note ("Insertion of Chapter 4A in Act 33 of 2004   30")
_LINE_NUMBER_RE = re.compile(r"\s+\d{1,3}$")
_ECHOED_MIN = 2  # notes echoing their entries: a layout, not one line that happens to


def echoed_notes(noise: Sequence[Unit], content: Sequence[Unit]) -> dict[int, str]:
    """A statute's notes printed as a line of their own above their sections (a South
    African act's ``Insertion of section 3A in Act 33 of 2004`` over ``2. The following
    section …``), however long, that its arrangement of sections lists word for word with
    the section's number (``2. Insertion of section 3A …``, set aside as contents): each
    note's start, and the title the entry gives it (a margin line number after the note
    left out). The contents say what heads each section; only where two notes echo."""
    listed = _listed(noise)
    found: dict[int, str] = {}
    for u, v in pairwise(content):
        m = v.marker  # a section's number below the note, no "(2)" item under it
        title = listed.get(m.value) if m and m.kind == "number" and u.marker is None else None
        if title and _echoes(u.text, title):
            found[u.start] = title
    return found if len(found) >= _ECHOED_MIN else {}


def _listed(noise: Sequence[Unit]) -> dict[str, str]:
    """The numbered entries of the contents set aside: each number's words."""
    listed: dict[str, str] = {}
    for n in noise:
        m = n.marker
        if n.noise == "toc" and m is not None and m.kind == "number":
            listed[m.value] = n.text[m.end :].strip()
    return listed


def _echoes(line: str, entry: str) -> bool:
    """The line is the entry's words, a margin line number after them or not."""
    if not entry:
        return False
    folded = " ".join(line.split()).casefold()
    return " ".join(entry.split()).casefold() in (folded, _LINE_NUMBER_RE.sub("", folded))


_HEAD_MAX_WORDS = 4  # "Plan de l'article", "Au sommaire :", "TABLE DES MATIERES"


def with_heads(units: Sequence[Unit], contents: frozenset[int], text: str) -> frozenset[int]:
    """The contents lines and the heading of each run of three or more in the first half of
    the text: a short open line of words, no figure and no sentence, right over the list's
    first entry with no other line between (``text``: the normalised text the units cut).
    Its words are no list's (every publisher words it its own way); its place is the
    list's head, and a heading of the text stands over text, not over a run of entries."""
    heads: set[int] = set()
    for i in range(1, len(units) - _MIN_RUN + 1):
        u = units[i - 1]
        if units[i].start not in contents or u.start in contents or u.marker is not None:
            continue
        if u.words() > _HEAD_MAX_WORDS or u.text.rstrip().endswith((".", "!", "?", ";")):
            continue
        if text[u.end : units[i].start].strip() or not head_words(u.text):
            continue  # a line set aside between them, or a number ("2026 : 31")
        if i > len(units) // 2:
            break  # a contents list heads its document; a list further on is a section's
        if all(v.start in contents for v in units[i : i + _MIN_RUN]):
            heads.add(u.start)
    return contents | heads if heads else contents
