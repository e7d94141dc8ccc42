"""Shapes of a numbered line's rest that tell a heading from a sentence a line end cut.

Two shallow features a body reader weighs before it takes the words after a number as a
heading: capitals closed by a full stop (a statute's ``SEC. 2. FINDINGS.``, a décret's
``ART. 3. CONTRÔLE.``: a heading whatever its stop), and a sentence's comma with the words
after it in lower case (``(1) Between 2022 and 2025, the Federal`` cut by a hard line
break: the sentence goes on below, it is no heading); and the marks a web page adds around
its own words: the link back to a note's call opening each note of its reference list, the
edit links glued to its headings; the enabling act a regulation cites under its title; a
running head mirrored on a facing page; a date in a line above the first clause; a heading
in capitals broken over two lines; a clause closing on a definition's lead-in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from .._knowledge import alternation, load_dates
from ..layout import Unit
from ..layout._numbering import find_marker, load_numbering
from ..layout._saying import says
from ._blocks import words
from ._defverbs import defines
from ._sequences import _annex_space, _enumerates

__all__ = [
    "authority_line",
    "back_link",
    "capital_heading",
    "capitals_run_on",
    "cut_after_comma",
    "cut_line",
    "cut_sentence",
    "defines_below",
    "drop_edit_links",
    "history_note",
    "holds_date",
    "joined_item_re",
    "lead_in",
    "markup_row",
    "mirrors_noise",
    "paragraph_defines_below",
    "stop_note",
]

# a sentence's comma, the words after it in lower case ("In 2022, the Council …"): more than
# this many words and no enumeration ("Threats, risks and responses"), the line is no heading
_COMMA_CLAUSE_RE = re.compile(r",\s+[a-zà-ÿ]")
_CLAUSE_AFTER_COMMA_WORDS = 6
# a heading set in capitals closed by a full stop ("SEC. 2. FINDINGS.", "3. DÉFINITIONS.")
_CAPITAL_HEADING_MAX_WORDS = 15


def capital_heading(rest: str) -> bool:
    """The rest of a numbered line in capitals, one phrase closed by a full stop: a heading
    (a statute's upper-case section heading), not a sentence."""
    inner = rest.rstrip()
    if (
        not inner.endswith(".")
        or re.search(r"[.!?:]\s", inner)
        or words(inner) > (_CAPITAL_HEADING_MAX_WORDS)
    ):
        return False
    letters = [w for w in re.findall(r"[^\W\d_]{3,}", inner)]
    return bool(letters) and all(w.isupper() for w in letters)


def cut_after_comma(rest: str) -> bool:
    """A sentence's comma in ``rest`` (the words after it in lower case), more words than a
    short heading has, and no enumeration (``Threats, risks and responses``)."""
    return (
        words(rest) > _CLAUSE_AFTER_COMMA_WORDS
        and _COMMA_CLAUSE_RE.search(rest) is not None
        and not _enumerates(rest, load_numbering().run_in_title.coordinators)
    )


# A heading is a name of a few words; a line holding a sentence's words ("These
# Regulations may be cited as the", "Le Centre devrait être activé") with more words than
# that is a sentence the line end cut, whatever case its next line opens in
_SENTENCE_CUT_WORDS = 6


def cut_sentence(rest: str) -> bool:
    """``(1) These Regulations may be cited as the MONEY`` over ``LAUNDERING AND …``: the
    words after a number say (:func:`says`: a sentence word, an operative verb first) and
    are more than a short heading's (``How we work``, ``What is at stake``)."""
    return words(rest) >= _SENTENCE_CUT_WORDS and says(rest)


def cut_line(rest: str) -> bool:
    """The words after a number are a sentence a line end cut, no heading standing alone:
    a comma's clause (:func:`cut_after_comma`) or a sentence's words (:func:`cut_sentence`)."""
    return cut_after_comma(rest) or cut_sentence(rest)


# A section's marginal note set as a heading above its number closes on a full stop
# ("Interpretation.", "Citation, commencement and scope."), as a statute prints it; a
# heading of a part does not; a note is a name of a few words
_STOP_NOTE_RE = re.compile(r"[^\W\d][\w)]*\.$")
_STOP_NOTE_MAX_WORDS = 10


def stop_note(line: str) -> bool:
    """``Interpretation.`` above ``2. In these regulations …``: a heading line of a few
    words closed by one full stop, no sentence (:func:`says`): the marginal note of the
    numbered section below it, its title."""
    t = line.strip(" *#_")
    return (
        _STOP_NOTE_RE.search(t) is not None
        and words(t) <= _STOP_NOTE_MAX_WORDS
        and not says(t.rstrip("."))
    )


# The link back to the call that opens each note of a web page's reference list ("1. ↑ …",
# "2. ^ …", "3. ↩ …"): the list is the page's notes, its numbers are not clauses
_BACK_LINK_RE = re.compile(r"\s*[↑^↩]")


def back_link(text: str, at: int) -> bool:
    """The words after a number at ``at`` open with a link back to a note's call."""
    return _BACK_LINK_RE.match(text, at) is not None


# A wiki page's edit links glued to each heading ("Historique[modifier | modifier le code]",
# "History[edit]"): the page's controls, not the heading's words (words only: a note
# "[Repealed, SOR/2020-115, s. 2]" glued to a heading is the heading's)
_EDIT_LINKS_RE = re.compile(
    r"(?:(?<=\w)|(?<=\))|\s+(?=\[[^\[\]]*\|))\[[^\W\d][^\[\]\d,.;:]{0,38}\]$"
)


def drop_edit_links(heading: str) -> str:
    """The heading without the edit links a wiki glues to it."""
    return _EDIT_LINKS_RE.sub("", heading) or heading


# The enabling act a regulation cites under its title ("Loi sur les explosifs (chapitre E-22,
# a. 23, par. 1°)", "Explosives Act (R.S.C. 1985, c. E-17, s. 5)"): a reference in brackets
# holding a number and a comma closes the line
# (a scan, not a regex: runs of ``[^()]*`` searched up to ``$`` backtrack cubically on a
# line with an unclosed bracket)


def authority_line(heading: str) -> bool:
    """A heading-like line under a heading that only cites the act it is made under: it
    names no section (the title above it does)."""
    line = heading.rstrip(" .")
    if not line.endswith(")"):
        return False
    start = line.rfind("(", 0, -1)
    inner = line[start + 1 : -1]
    return start >= 0 and ")" not in inner and "," in inner and any(c.isdecimal() for c in inner)


@lru_cache(maxsize=4096)
def _words_but_numbers(text: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in re.findall(r"\w+", text.casefold()) if not w.isdecimal()))


def mirrors_noise(text: str, noise: Sequence[Unit]) -> bool:
    """A running head on a facing page: the words of a line set aside as a page's head or
    foot, in another order and with another page number (``4512  GAZETTE …  Partie 2`` on
    the left, ``Partie 2  GAZETTE …  4513`` on the right); five words at least. (A contents
    entry without its page number is the heading it lists, not a running head.)"""
    key = _words_but_numbers(text)
    if len(key) < _MIRROR_MIN_WORDS:
        return False
    numbers = _numbers(text)
    return any(
        n.noise in _PAGE_FURNITURE
        and _words_but_numbers(n.text) == key
        and _numbers(n.text) != numbers
        for n in noise
    )


def _numbers(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w.])\d+(?![\w.])", text))


_PAGE_FURNITURE = frozenset({"page-header", "page-footer"})
_MIRROR_MIN_WORDS = 5


@cache
def _dated_re() -> re.Pattern[str]:
    names = {
        n.strip() for lang in load_dates().languages.values() for m in lang.months for n in m.names
    }
    months = alternation(n.rstrip(".") for n in names if n)
    return re.compile(rf"(?<!\w)(?:{months})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}(?!\d)", re.IGNORECASE)


def holds_date(text: str) -> bool:
    """A month and a year in the line (``… at the Ankara Summit, 8 July 2026``, ``Lomé, 11 et
    12 mars 2025``, ``Berne, juin 2026``): a line of the head (meeting, adoption, place and
    date, a running head), which names no section of the body."""
    return _dated_re().search(text) is not None


# a heading in capitals broken over two lines: both together at most this long, the first
# at least this wide (a line the width broke; not "SÉNAT" over "SESSION ORDINAIRE")
_CAPITALS_HEADING_MAX_WORDS = 20
_BROKEN_LINE_MIN_CHARS = 40


def capitals_run_on(prev: str, line: str, between: str) -> bool:
    """``JOINT STATEMENT ON PREVENTING THE USE OF UNMANNED AIRCRAFT`` / ``SYSTEMS AGAINST
    NUCLEAR FACILITIES``: a heading in capitals that runs on to the next line, no blank
    line between, the first line as wide as the page allowed: one heading; so is a bare
    division label over its title (:func:`_label_over_title`)."""
    if _label_over_title(prev, line, between):
        return True
    return (
        between.count("\n") == 1
        and len(prev) >= max(_BROKEN_LINE_MIN_CHARS, len(line))
        and prev[-1:].isalpha()
        and prev.isupper()
        and line.isupper()
        and words(prev) + words(line) <= _CAPITALS_HEADING_MAX_WORDS
        and _annex_space(prev) is None
    )


def _label_over_title(prev: str, line: str, between: str) -> bool:
    """``CHAPTER FIVE`` / ``PROTECT: REDUCING THE VULNERABILITY …``: a division's label read
    as an unnumbered heading (a part numbered in words, ``worded_parts``) with nothing but its
    number, its title in capitals right below it: one heading, label and title (heldout24
    gold, as ``PART ONE – CONTEXT`` on one line in heldout20)."""
    m = find_marker(prev)
    return (
        between.count("\n") == 1
        and m is not None
        and m.kind == "division"
        and m.end == len(prev.rstrip())
        and line.isupper()
    )


_LEAD_IN_END_RE = re.compile(r"(?:—|–|--|:|-)\s*$")
# (a dash may be glued to the word before it: "(3) In this section— **officer** means—")
_SEGMENT_RE = re.compile(r"\s?(?:—|–)\s|\s(?:--|:)\s|;\s")


def defines_below(text: str) -> bool:
    """A clause whose text closes on a definition's lead-in (``(1) In this Act — "authorised
    officer" means —``): the lettered items below are that definition's (guidelines §1),
    not the clause's items."""
    if not _LEAD_IN_END_RE.search(text):
        return False
    parts = [p for p in _SEGMENT_RE.split(_LEAD_IN_END_RE.sub("", text)) if p.strip()]
    # a numbered definition ("(2) Public venue.--The term … means--") numbers its own items
    return len(parts) >= 2 and defines(parts[-1].strip())


def paragraph_defines_below(text: str) -> bool:
    """A numbered paragraph whose text runs into a definition left open (``2 In this Act,
    “critical infrastructure” means …, including,``; ``2 In section 2(1) … insert— "insider"
    means …, including—``, the layout having joined the definition to the paragraph's first
    line): the lettered items below are that definition's (guidelines §1), not the
    paragraph's. The definition is a quoted term's, in the paragraph's last sentence."""
    t = text.rstrip()
    if not t.endswith((",", "—", "–", "-", ":")):
        return False
    last = re.split(r"[.;]\s", t)[-1]
    return any(defines(last[q.start() :]) for q in _OPEN_QUOTE_RE.finditer(last))


_OPEN_QUOTE_RE = re.compile(r"(?:^|(?<=\s))[\"«“]")


@cache
def joined_item_re() -> re.Pattern[str]:
    """A line opening with the joiner before a list's last item ("and (c) …", "et (3) …"),
    cut from the line above ("… suffisantes ;") where the layout ends a unit at a semicolon."""
    words = alternation(load_numbering().inline_joiners)
    return re.compile(rf"^(?:{words})\s+(?=\()", re.IGNORECASE)


# An operative verb in capitals opening a lead-in ("INVITE les pays membres à :", "CHARGE
# le Secrétariat général :", "REQUESTS the Secretary General to:")
_CAPS_LEAD_IN_RE = re.compile(r"^[A-ZÀ-Ý]{4,}(?:\s+[a-zà-ÿ]|\s*:)")


def lead_in(text: str) -> bool:
    """An operative verb's lead-in closing on a colon: it opens a list of its own."""
    return _CAPS_LEAD_IN_RE.match(text) is not None and text.rstrip().endswith(":")


# A statute's history note, a line wholly in parentheses that cites the amending act ("(Part 3A
# added 21 of 2026 s. 5)", "(Ajouté 2019, ch. 13, art. 143)"): text of the provision above.
_HISTORY_NOTE_RE = re.compile(r"^\s*\([^()]*\d[^()]*\)\.?\s*$")


def history_note(text: str) -> bool:
    """A statute's history note under a section: a note, no heading."""
    return _HISTORY_NOTE_RE.match(text) is not None


# a Markdown table's row ("| Vehicle-borne IED | Yes | Partial |"): cells, never a heading
_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
# a contents entry that links to the page's own heading ("3. [Recommendations](#3-rec…)")
_LINK_LINE_RE = re.compile(r"^(?:[-*]\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?\[[^\]]+\]\(#[^)\s]+\)$")


def markup_row(text: str) -> bool:
    """A line whose markup makes it no heading: a Markdown table's row, or a contents entry
    linking to the page's own heading."""
    return bool(_TABLE_ROW_RE.match(text) or _LINK_LINE_RE.match(text.strip()))
