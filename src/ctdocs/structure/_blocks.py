"""Blocks before they become models, and the tests of what a line is.

Shared by the structure stage's two readers: the head (title, front matter)
in :mod:`ctdocs.structure._tree` and the body (sections, clause tree) in
:mod:`ctdocs.structure._clauses`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .._knowledge import alternation, load_dates, load_language, longest_first
from .._vocab import BlockKind, BlockRole
from ..layout import Unit, is_front_matter
from ..layout._numbering import Marker, find_marker

__all__ = [
    "BlockKind",
    "RawBlock",
    "Structure",
    "body_text",
    "clean_title",
    "ends_on_figure",
    "heading_like",
    "is_date_line",
    "is_front",
    "more_words",
    "note_mark",
    "run_in_title",
    "words",
]

TERMINAL_END = re.compile(r"[.;:,!?…]$")
_TERMINAL = ".;:,!?…"  # TERMINAL_END's characters
HEADING_MAX_WORDS = 15
TITLE_MAX_WORDS = 30  # a document title may run longer than a section heading


def ends_on_figure(text: str, roman: bool = False) -> bool:
    """Whether the last character of ``text`` that is no white space is a figure (or i, v
    or x when ``roman``): asked before a pattern that ends on a page number then white
    space (``\\d{1,4}\\s*$``), which a line without one fails only after trying every
    position. Exact: ``str.rstrip`` strips what ``\\s`` matches, and ``\\d`` is
    ``str.isdecimal``."""
    s = text.rstrip()
    return bool(s) and (s[-1].isdecimal() or (roman and s[-1] in "ivx"))


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
    role: BlockRole = "body"
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
    cells: tuple[int, ...] = ()  # where a table row's cells begin: hard stops for extraction


def words(text: str) -> int:
    return len(text.split())


def more_words(text: str, n: int) -> bool:
    """``words(text) > n``, the words counted no further than ``n + 1`` (a paragraph is
    not split whole to be told longer than a heading)."""
    return len(text.split(None, n)) > n


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

    # months and qualifiers written word by word, not by ``alternation``: a month's full
    # stop may be left out where the data writes one ("Sept." or "Sept"), and a qualifier
    # ending in a hyphen ("mi-") is glued to its month where a word needs a blank
    month = "|".join(
        re.escape(n.rstrip(".")) + (r"\.?" if n.endswith(".") else "")
        for n in longest_first(months)
    )
    month = f"(?:{month})"
    qual = "|".join(
        re.escape(q) + (r"\s*" if q.endswith("-") else r"\s+") for q in longest_first(quals)
    )
    qual = f"(?:(?:{qual}))?" if quals else ""
    ordinal = f"(?:{alternation(ords)})?" if ords else ""
    day = rf"\d{{1,2}}{ordinal}"
    to = r"\s*[-\u2013/]\s*"  # 12-13, an en dash, novembre/décembre
    return re.compile(
        rf"^(?:{qual}(?:{day}(?:{to}{day})?\s+)?{month}(?:{to}{month})?\s+\d{{4}}"
        rf"|{qual}\d{{4}}(?:{to}\d{{4}})?"
        rf"|{qual}{month}\s+{day}(?:{to}{day})?,?\s+\d{{4}})$",
        re.IGNORECASE,
    )


def is_date_line(text: str) -> bool:
    t = text.strip().rstrip(".")
    # every branch of the pattern closes on a year's digits (``$`` may stand before a last
    # line break): a line ending otherwise is not tried against its month alternations
    end = t[:-1] if t.endswith("\n") else t
    return end[-1:].isdecimal() and bool(_date_line_re().match(t))


def heading_like(u: Unit, text: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """An unnumbered line that reads as a heading (not a record's field in a run of
    them: ``Name (original script): …`` under ``QDi.447 Name: …``)."""
    if u.line.heading_level is not None:
        return True
    if u.line.field:
        return False
    t = u.text.strip()
    # the ends read off the last characters (t is stripped: no line break for "$" to stand
    # before), not searched for along a paragraph
    if (
        not t
        or (t[-1] in _TERMINAL and t[-1] != "…")
        or _LEAD_IN_END_RE.search(t, max(0, len(t) - 2))
    ):
        return False
    if u.line.all_bold(text):
        return not more_words(t, max(25, max_words))
    first = next((ch for ch in t if ch.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    return not more_words(t, max_words) and len(t) >= 2


# A line closed by a dash leads in to what follows ("In these regulations -" over its
# definitions, "ENACTED by the National Assembly …—" over the sections): no heading
_LEAD_IN_END_RE = re.compile(r"(?:\s[-\u2013\u2014]|\w\u2014)$")


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


def is_front(u: Unit) -> bool:
    """A metadata line of the document's head: distribution, symbol, date, place and date,
    adoption line (each hard-broken part of the line one of these)."""
    m = u.marker
    if m is not None and m.kind != "bullet":
        return False
    parts = _parts(u)
    if m is not None:  # a bulleted "• Updated: …" line
        return all(is_front_matter(p) for p in parts)
    return all(is_front_matter(p) or is_date_line(p) for p in parts)


def clean_title(text: str) -> str:
    """A title as cited: spaces folded, closing punctuation and emphasis marks
    (``*Statutory Instruments Act*``) off, and a note's asterisk set apart after the last
    word (``Terrorist financing offence *``)."""
    # (each pattern below tried only where the characters it needs are: most titles hold
    # none of them, and the searches ran along every heading and article title)
    t = _SPACES_RE.sub(" ", text).strip()
    if "{#" in t:
        t = _ATTRIBUTES_RE.sub("", t)
    # "Manufacture, use, etc.": the full stop of an abbreviation is the title's own
    bare = t.rstrip(":;")
    t = (
        bare.strip()
        if bare.endswith(("etc.", "al.")) and _ABBREVIATION_END_RE.search(bare)
        else t.rstrip(".:;").strip()
    )
    if "- " in t:
        t = _BROKEN_WORD_RE.sub(r"\1\2", t)
    m = (
        _EMPHASIS_RE.fullmatch(t)
        if t[:1] in ("*", "_")
        else _BRACKETED_RE.fullmatch(t)
        if t[:1] == "("
        else None
    )
    if m is not None:
        return m.group("inner").strip()
    return _NOTE_STAR_RE.sub("", t) if t.endswith("*") else t


_SPACES_RE = re.compile(r"\s+")
_EMPHASIS_RE = re.compile(r"([*_])(?P<inner>[^*_]+)\1")
_ABBREVIATION_END_RE = re.compile(r"\b(?:etc|al)\.$")
# "Article 1 (Purpose)": a statute translated from Korean, Japanese or Chinese sets the
# article's heading in parentheses; the brackets are the layout's, the words the title
_BRACKETED_RE = re.compile(r"\((?P<inner>[^()]+)\)")
# A Markdown heading's attribute block ("## Introduction {#introduction}", "{#i .unnumbered}"),
# which a renderer turns into the heading's id: not its words
_ATTRIBUTES_RE = re.compile(r"\s*\{#[\w:.-]+(?:\s+[^{}]*)?\}$")
_NOTE_STAR_RE = re.compile(r"(?<=\w)\s+\*{1,3}$")
# A word a line end broke ("de surveil- lance"), joined again: the part after the break in
# lower case and not a conjunction ("anti- and counter-terrorism" stays as printed)
_BROKEN_WORD_RE = re.compile(r"([a-zà-ÿ])- (?!(?:and|or|et|ou)\b)([a-zà-ÿ])")


_BLANKS = re.compile(r"[ \t]+")


def body_text(text: str) -> str:
    """Runs of spaces and tabs as one space, ends stripped."""
    if "\t" not in text and "  " not in text:
        return text.strip()  # speed: nothing to fold (single spaces stay as they are)
    return _BLANKS.sub(" ", text).strip()


def run_in_title(u: Unit, m: Marker, text: str) -> tuple[str | None, int]:
    """A bold title right after the number: ``**16.2.5 Formation et exercices.**``."""
    after = u.start + m.end
    while after < u.end and text[after] == " ":
        after += 1
    for s, e in u.line.bold_spans:
        if s <= after < e or (u.start <= s <= after and e > after):
            if e >= u.end:
                return None, after  # the whole line is bold: a heading, handled elsewhere
            title = clean_title(text[max(s, after) : e])
            if title and _emphasis(text[max(s, after) : e], text[e : u.end]):
                return None, after  # "1. **Expresses** deep concern …": the verb, stressed
            if title:
                sep = _AFTER_TITLE_RE.match(text, e, u.end)  # "**Vigilance** : niveau …"
                return title, sep.end() if sep else e
        if s > after:
            break
    return None, after


# the colon a page sets between a bold run-in title and its text, outside the bold (a run-in
# title ends at a colon or a full stop, guidelines §1a; after a dash the words go on)
_AFTER_TITLE_RE = re.compile(r"[*_]*\s?:\s+(?=\S)")


def _emphasis(bold: str, after: str) -> bool:
    """Bold words that the sentence runs on from (no closing stop, colon or dash, the next
    word in lower case) are stressed words of the text, not a title (a run-in title ends
    at a colon or a full stop, guidelines §1a; a question's mark closes it as a stop does:
    ``**Qui peut signaler ?** Toute personne …``, a questions-and-answers page's item)."""
    nxt = after.lstrip(" *_")
    if re.search(r"[?!]\W*$", bold.strip()):
        # the answer opens a sentence of its own; in lower case the sentence goes on from
        # the question ("**Faut-il légiférer ?** est la question que pose …")
        return nxt[:1].islower()
    if re.search(r"[.:;—–-]\W*$", bold.strip()):
        return False
    # "**Donation campaigns** — appeals for …": after a dash the words go on, in lower case
    nxt = nxt[1:].lstrip() if nxt[:1] in "—–" and nxt[1:].lstrip()[:1].islower() else nxt
    # "**Urges** Member States to …": no mark closes the bold words inside or after them;
    # but a capitalised function word opens a sentence of its own after a run-in title
    # ("1. **Scope** This Act applies …", "1. **Objet** Le présent décret …")
    word = re.match(r"[^\W\d_]*", nxt)
    return nxt[:1].islower() or (
        nxt[:1].isupper() and not _sentence_opener(word[0] if word else "")
    )


def _sentence_opener(word: str) -> bool:
    """A function word (an article, a preposition, a pronoun): the first of a sentence."""
    return word.casefold() in _function_words()


@cache
def _function_words() -> frozenset[str]:
    model = load_language()
    tables = (*model.stopwords.values(), *model.continuation.values())
    return frozenset(w.casefold() for ws in tables for w in ws)


_NOTE_MARK_RE = re.compile(r"^(\d{1,3}|[*\u2020\u2021\u00a7])(?=\s)")


def note_mark(text: str) -> str | None:
    m = _NOTE_MARK_RE.match(text)
    return m.group(1) if m else None


_BOLD_NUMBER_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,3})?)(?:\s+(?=\S)|(?=\(\d{1,3}\)\s))")


def bold_number(u: Unit, text: str) -> Marker | None:
    """``**4** (1) L'agent …``, ``**4.1** Le ministre …``: a statute section whose number
    alone is set in bold (a legislation web page prints its sections so), read as the
    section's number though no full stop follows it. Glued to a subsection (``**3**(1)``,
    ``**3**(2)``, as a Canadian French page prints every subsection), the number is the
    section's from ``(1)`` on, and before ``(2)`` only repeats it: the line is subsection 2."""
    if not u.line.bold_spans:  # (most lines: no pattern tried)
        return None
    m = _BOLD_NUMBER_RE.match(u.text)
    if m is None:
        return None
    s, e = u.line.bold_spans[0]
    bold = text[max(s, u.start) : min(e, u.end)].strip(" *")
    if s > u.start + 2 or bold != m.group(1):
        return None
    sub = find_marker(u.text[m.end() :]) if u.text[m.end() : m.end() + 1] == "(" else None
    if sub is not None and sub.kind == "item" and sub.value != "1":
        return Marker(sub.kind, sub.label, sub.value, m.end() + sub.end, sub.family)
    return Marker("number", m.group(0), m.group(1), m.end())


ROW_MAX_CHARS = 100  # a line set in cells no longer than this is a table's row


def section_number(u: Unit, text: str) -> Marker | None:
    """The number a section opens with: its line's marker, a bold number (``**3** (1) …``),
    or a number set apart by a wide gap (``1   This Act …`` in a plain-text act), as the body
    reads it; not a table's row, which has more than one gap."""
    m = u.marker or bold_number(u, text)
    if m is None and u.line.lead_gap and (len(u.gaps) < 2 or len(u.text) > ROW_MAX_CHARS):
        m = find_marker(u.text, gap=True)
        if m is not None and m.kind == "heading" and m.value.isdecimal():
            m = Marker("number", m.label, m.value, m.end)  # "3   After section 4 … insert—"
    return m
