"""Titles printed as a line of their own at the head of a clause's text, after its number.

A numbered heading's title may stand on the number's line with the body on the next
(``2.1 engin explosif improvisé (EEI) (improvised explosive device (IED))`` over
``Dispositif placé …``, ``2. Amendment of section 2 … - definitions`` over ``The … Act
is amended …``, ``4 - Questions-réponses`` over ``Q - Bonjour …``): a glossary's defined
term, a statute section's heading, a press briefing's item. The line reader takes such a
line as the body's first line when nothing on the line tells it apart (lower case, a
parenthesis at the end, more words than a heading usually has). Read over the siblings
it is plain: the line is short, has no closing mark, does not carry a sentence on (its
last word is no connector), the line below opens a sentence of its own and is closed; and
the document titles the clause's siblings, or prints two of them or more in this shape,
so a lone paragraph whose first printed line happens to break early stays untouched.
A position paper's headline is one sentence closed by a full stop on its line (``1. Les
exploitants doivent pouvoir détecter les drones.`` over the paragraph that explains it):
a title only where every sibling, three at least, opens so.
Shape, position and repetition only: no word of a site or a language beyond the
normaliser's continuation words (``data/models``).
"""

from __future__ import annotations

import re

from ..normalise._joins import continuation_words, opens_on_function_word
from ._blocks import TERMINAL_END, RawBlock, clean_title, words

__all__ = ["line_titles"]

# a title line has a heading's few words (a statute's may run to a dozen and more)
_MAX_WORDS = 15
# the body below says something: a sentence of a few words at least
_BODY_MIN_WORDS = 4
# siblings (same parent) titled or in this shape: two make a habit of the document
_MIN_HABIT = 2
# a defined term over a definition in lower case has a name's few words
_TERM_MAX_WORDS = 6
# headlines closed by a full stop: a run of at least so many, every sibling one
_CLOSED_RUN = 3
# a line closed by a dash leads in; one closed by a hyphen is a word cut at the margin (a
# closing connector word, "and", "et", is the data's continuation_words())
_OPEN_END_RE = re.compile(r"[-\u2013\u2014(/&]$")


def line_titles(blocks: list[RawBlock], text: str) -> None:
    """Set as its title the first line of each untitled clause's text that reads as a
    title line (:func:`_title_line`) where the document titles that clause's siblings."""
    shaped: dict[int, str] = {}
    closed: set[int] = set()
    habit: dict[int | None, int] = {}
    siblings: dict[int | None, int] = {}
    for k, b in enumerate(blocks):
        if b.kind != "clause":
            continue
        siblings[b.parent] = siblings.get(b.parent, 0) + 1
        if b.title is None and (line := _title_line(b.text, lone=_lone(b.number))) is not None:
            shaped[k] = line
        elif b.title is None and (line := _title_line(b.text, closed=True)) is not None:
            shaped[k] = line
            closed.add(k)
        if b.title or k in shaped:
            habit[b.parent] = habit.get(b.parent, 0) + 1
    for k, line in shaped.items():
        b = blocks[k]
        n = habit.get(b.parent, 0)
        if n < _MIN_HABIT or (k in closed and (n < _CLOSED_RUN or n < siblings[b.parent])):
            continue  # a closed line is a title only where every sibling has one
        cut = _cut(text, b, line)
        if cut is None:
            continue
        b.title = clean_title(line)
        b.text = b.text[b.text.index("\n") + 1 :].strip()
        b.body_start = cut


def _title_line(body: str, closed: bool = False, lone: bool = False) -> str | None:
    """The first line of ``body`` when it reads as a title over a sentence: a few words
    opening on a letter or figure, no closing mark, no connector or open bracket at its
    end; the next line opens on a capital, a figure or a quotation mark and says more.
    ``closed``: a line of one sentence closed by a full stop (``1. Les exploitants doivent
    pouvoir détecter les drones.`` over its explanation), a position paper's headline.
    ``lone``: the clause's number has the shape of a glossary entry's (see :func:`_term`)."""
    first, sep, rest = body.partition("\n")
    first, rest = first.strip(), rest.strip()
    if not sep or not first or not rest or not first[:1].isalnum():
        return None
    if closed:
        if not first.endswith(".") or re.search(r"[.;:!?]\s", first):
            return None
        first = first[:-1]
    if TERMINAL_END.search(first) or _OPEN_END_RE.search(first):
        return None
    if first.count("(") != first.count(")"):
        return None  # "… Assessment Rating (SEAR" over "1 or …": the bracket goes on
    if words(first) > _MAX_WORDS or first.rsplit(None, 1)[-1].lower() in continuation_words():
        return None
    nxt = rest.split("\n", 1)[0].strip()
    lead = nxt[:1]
    if not (lead.isupper() or lead.isdecimal() or lead in "«\"“'" or (lone and _term(first, lead))):
        return None
    if words(rest) < _BODY_MIN_WORDS or len(nxt) < len(first) // 2:
        return None
    return first


def _term(first: str, lead: str) -> bool:
    """A standard's defined term over its definition, which opens in lower case (``hostile
    vehicle`` over ``vehicle used to gain …``): the normaliser keeps such a line apart from
    the lower-case line below only under the entry's lone number; a few words."""
    return lead.islower() and words(first) <= _TERM_MAX_WORDS and not opens_on_function_word(first)


# a glossary entry's number, the one the normaliser reads alone on its line ("3.1", "3.1.2")
_LONE_RE = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")


def _lone(number: str) -> bool:
    """Whether ``number`` has the shape of a number printed alone over a glossary's term
    (the normaliser joins a term to such a number only, ``normalise._joins``); an item
    numbered otherwise never takes a lower-case definition's term as its title."""
    return _LONE_RE.fullmatch(number) is not None


def _cut(text: str, b: RawBlock, line: str) -> int | None:
    """Where the body starts in ``text`` once ``line`` is the title: after the first line
    break past the title's own words; None when the text does not show the line there."""
    at = text.find(line[:20], b.body_start, b.end)
    if at < 0:
        return None
    nl = text.find("\n", at, b.end)
    if nl < 0:
        return None
    k = nl + 1
    while k < b.end and text[k] in " \t\n":
        k += 1
    return k
