"""Titles a document's own contents list gives its clauses.

An act's ``ARRANGEMENT OF SECTIONS`` or a report's contents list names every numbered
heading (``1. Short title and commencement``, ``2. Interpretation``); the body may print
that name where the line reader cannot take it as the title: in a margin beside the number
(``Interpretation.      2. In these Regulations,-``), cut over several margin lines
(``Short title`` / ``and commence-`` / ``ment.``), or not at all. Where the list names a
number the body has as one clause, left untitled or titled by a lead-in (``In these
Regulations,-``, which is its text), and the line right above that number opens the name
(a marginal note's first line), the list's name is the clause's title (guidelines §1:
the heading title that belongs to the clause number). Repetition and position only: no
word of a site or a language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..layout import Unit
from ._blocks import RawBlock, clean_title

__all__ = ["listed_titles"]

# a contents entry closed by its page: leader dots, a wide gap or an ellipsis, then figures
_PAGE_RE = re.compile(r"(?:\s*[.·…]{2,}\s*|\s{2,}|\s*…\s*)\d{1,4}$")
# a title closed as a lead-in is the text's first words ("In these Regulations,-", "… :")
_LEAD_IN_RE = re.compile(r"(?:[,:;]\s?[-\u2013\u2014]?|\s[-\u2013\u2014])$")
# a wide gap inside an entry: a second column of the list beside it
_COLUMNS_RE = re.compile(r"\S\s{3,}\S")
# how far above the number the body may print the name's first line (a margin note)
_NEAR = 200
# a listed name this short is too common a word to look for ("Art.", "A")
_MIN_WORD = 3


def listed_titles(blocks: list[RawBlock], noise: Sequence[Unit], text: str) -> None:
    """Give each untitled (or lead-in titled) clause the name its contents entry lists,
    where the entry's number is one clause's and one entry's, and the line above the
    clause's number opens the name."""
    entries = _entries(noise)
    if not entries:
        return
    counts = Counter(b.number for b in blocks if b.kind == "clause")
    # a name the body prints as a heading or title of its own lists that heading, and its
    # number may be another count's ("1. Introduction" over paragraph "1. On 2 April …")
    printed = {_fold(t) for b in blocks for t in (b.title, b.section) if t}
    printed |= {_fold(b.text) for b in blocks if b.kind == "heading"}
    for b in blocks:
        name = entries.get(b.number) if b.kind == "clause" else None
        if name is None or counts[b.number] != 1 or _fold(name) in printed:
            continue
        lead_in = b.title is not None and _LEAD_IN_RE.search(b.title) is not None
        if (b.title is not None and not lead_in) or not _printed_near(name, b, text):
            continue
        if lead_in and b.title is not None:
            at = text.find(b.title, b.start, b.end)
            if at < 0:
                continue
            b.text = f"{b.title} {b.text}".strip()
            b.body_start = at
        b.title = name


def _entries(noise: Sequence[Unit]) -> dict[str, str]:
    """The contents entries' names by number, for the numbers listed once."""
    named: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for u in noise:
        m = u.marker
        if u.noise != "toc" or m is None or m.kind == "bullet":
            continue
        rest = _PAGE_RE.sub("", u.text[m.end :].strip())
        if _COLUMNS_RE.search(rest):
            continue  # "3. Restricted precursors      12. Information sharing": two columns
        name = clean_title(rest)
        if name and name[:1].isalpha():
            seen[m.value] += 1
            named[m.value] = name
    return {k: v for k, v in named.items() if seen[k] == 1}


def _printed_near(name: str, b: RawBlock, text: str) -> bool:
    """The line right above the clause's number (or before it on its line) is the start of
    the name: a marginal note's first line (``Reporting of`` over ``5. The master …``,
    ``Interpretation.`` beside ``2.``); a name listed only in the contents is not printed
    (the words of a clause's text, ``a restricted precursor``, are no note)."""
    head = text[max(0, b.start - _NEAR) : b.start].rstrip()
    line = head.rsplit("\n", 1)[-1]
    note = _fold(line).split()
    return bool(note) and len(note[0]) >= _MIN_WORD and _fold(name).split()[: len(note)] == note


def _fold(t: str) -> str:
    """A name as compared: case and spacing folded, closing marks off."""
    return " ".join(t.casefold().split()).strip(" .:;-")
