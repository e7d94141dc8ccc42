"""A bare head that the knowledge base read as a short reference, set aside where it is
the head of a longer name no finder read.

A capitalised short reference (``Conseil``, ``Assemblée``, ``Organization``) means the
body the text names (guidelines §3) only where it stands alone as a name. Where an
agreeing adjective the name lists hold follows it (``Conseil national des barreaux``,
``Assemblée mondiale des délégués``, ``Commission spécialisée``), or a capitalised word
that is no function word and no known name qualifies it from before (``Haut Conseil de
la santé publique``, ``Foreign Terrorist Organization``), it heads another body's name:
read as the Security Council, the General Assembly or NATO it names a body the text
never speaks of. The decision reads the words around the mention only (a position and
the shared word lists), the same for every publisher and both languages; the longer
name itself is left to the shape finders, which either read it or do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import function_words, load_dates
from ._hits import ActorHit
from ._unlinked_english import key, unit_at

__all__ = ["drop_opening_heads", "qualified_before", "qualifier_start"]

# the word right after a mention: blanks, one line break at most, then a word
_AFTER = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_]+)")
# the word right before a mention, on its line: a word, then blanks only
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_SEEN = 40  # how far before a mention its qualifier is looked for
# a clause's number or a list's mark opening a line ("3.2.1", "(a)", "iv.", "-")
_MARK = re.compile(
    r"^[ \t]*(?:[(\[]?(?:\d+(?:\.\d+)*|[A-Za-z]|[ivxlcIVXLC]+)[.)\]]?|[-*\u2022\u2013])[ \t]"
)
# a reference's number or letter before the mention ("Annex II Germany", "Chapitre VII
# Conseil", "Part B France"): a numeral, no qualifier
_NUMERAL = re.compile(r"[A-Z]|[IVXLCDM]+")
_SENTENCE_END = re.compile(r"[.!?:;][ \t]*$")  # a stop right before the word: it opens a sentence


def drop_opening_heads(
    text: str, hits: list[ActorHit], is_body: Callable[[str], bool], after: bool = True
) -> list[ActorHit]:
    """``hits`` less each one-word short reference to a body (``is_body(actor_id)``) that
    opens or closes a longer name (module docstring). A mention found by a full form, a
    state's reference (``le Gouvernement fédéral`` is the state's government) and a word
    inside another mention stay. ``after``: whether the text's language puts a name's
    qualifier after its head (French); in English a lower-case word after the head is
    the sentence's (``the Committee special meeting``, ``the Assembly general debate``)."""
    covered = [(h.start, h.end) for h in hits if h.method != "context"]
    out: list[ActorHit] = []
    for h in hits:
        opening = h.method == "context" and _bare(text, h) and is_body(h.actor_id)
        qualified = opening and after and _qualified_after(text, h.end)
        if opening and (qualified or qualified_before(text, h.start, covered)):
            continue
        out.append(h)
    return out


def _bare(text: str, h: ActorHit) -> bool:
    """Whether the mention is one capitalised word (``Conseil``, not ``CONSEIL`` in a
    heading nor ``Conseil de sécurité``)."""
    word = text[h.start : h.end]
    return word.isalpha() and word.istitle()


def _qualified_after(text: str, end: int) -> bool:
    """Whether a lower-case adjective the name lists hold follows the head: French puts
    a name's qualifier after its head (``Conseil national``, ``Assemblée mondiale``); a
    verb (``Le Conseil considère``) or a link (``prie le Conseil de veiller``, ``rendre
    compte au Conseil des mesures prises``) does not qualify it."""
    m = _AFTER.match(text, end)
    if m is None or not m.group(1)[:1].islower():
        return False
    unit = unit_at([key(m.group(1))], 0)
    return unit is not None and unit[0] == "A"


def qualified_before(text: str, start: int, covered: list[tuple[int, int]]) -> bool:
    """Whether a capitalised word on the head's line qualifies it from before (``Haut
    Conseil``, ``Terrorist Organization``): :func:`qualifier_start` finds one."""
    return qualifier_start(text, start, covered) >= 0


def qualifier_start(
    text: str, start: int, covered: list[tuple[int, int]], passing: frozenset[str] = frozenset()
) -> int:
    """Where the capitalised word on a mention's line that qualifies it from before starts
    (``Haut Conseil``, ``Terrorist Organization``), -1 where none does: no function word
    (``Le Conseil``, ``The Council`` in a heading), no month's or day's name (``In June
    Council agreed``, ``on 3 May Sri Lanka signed``: a date's word), no numeral (``Annex
    II Germany``: a reference's number), none of ``passing``
    (casefolded), no word of another mention (``ICAO Council``: the owner's short
    reference), no word that opens a sentence or a line, past a clause's number or a
    list's mark (``3.2.1 Only Jamaica``)."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1  # speed: most mentions follow a stop, a bracket or a lower-case word
    if k == start - 1 or k < 0 or not text[k].isalpha():
        return -1
    m = _BEFORE.search(text, max(0, start - _SEEN), start)
    if m is None or not m.group(1)[:1].isupper():
        return -1
    word = m.group(1).casefold()
    if word in function_words() or word in _calendar() or word in passing:
        return -1
    if _NUMERAL.fullmatch(m.group(1)):
        return -1
    if any(s <= m.start(1) < e for s, e in covered):
        return -1
    lead = _MARK.sub("", text[text.rfind("\n", 0, m.start(1)) + 1 : m.start(1)], count=1)
    if any(c.isalpha() for c in lead) and _SENTENCE_END.search(lead) is None:
        return m.start(1)
    return -1


@cache
def _calendar() -> frozenset[str]:
    """Every language's month and day names, casefolded, without an abbreviation's stop."""
    return frozenset(
        w.strip().rstrip(".").casefold()
        for lang in load_dates().languages.values()
        for w in [*(n for mo in lang.months for n in mo.names), *lang.weekdays]
    )
