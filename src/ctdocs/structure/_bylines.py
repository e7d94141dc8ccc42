"""Lines that name persons: a byline, a signature, a question's authors, never a heading.

A short capitalised line with no closing stop reads as a heading, and so does a person's
name set alone on its line: the author under a report's title (``Mme Annelies Van Daele,
directrice adjointe``), the members who put a written question (``Mathilde Corvaisier
(Renew), Jonas Reuterholm (Renew), Elżbieta Garnowska (PPE)``), the rapporteur or the
signatory (``M. Jean-Paul Ledoux, rapporteur``). Taken for headings, they became the
section of every clause below them (guidelines §1: a clause's section is the nearest
preceding unnumbered heading, and a name heads no part). Known by shape, across
publishers: the line opens with a form of address before a capitalised name (the forms are
data: ``person.address`` in ``actor_shapes.toml``), or it is a list of two names or more,
each tagged in brackets (a group, a party, a state), or a judge's surname before the
letters of the office, alone on the line (``Jagot J``, ``Gageler CJ``: a common-law
court's judgment prints its bench in the margin of each page; the letters are data,
``person.judicial``). A markup heading stays a heading, and so does a part or an annex
lettered so (``Part J``, ``Appendix J``).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_actor_shapes
from ..layout._numbering import find_marker, load_numbering

__all__ = ["names_persons"]

# a name of two to four capitalised words, tagged in brackets: "Jonas Reuterholm (Renew)"
_TAGGED_NAME_RE = re.compile(
    r"[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.-]+(?: [A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.-]+){1,3} \([^()]{1,24}\)"
)
# the first word after a form of address: a capitalised name ("Mme Van Daele", "Mr. Okafor")
_NAME_AFTER_RE = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]")
_LONGEST = 160  # speed: a paragraph is no byline
# a judge's surname (one or two capitalised words) before the letters of the office
_JUDGE_RE = re.compile(r"([A-ZÀ-Ý][\w'’-]{2,}(?: [A-ZÀ-Ý][\w'’-]+)?) ([A-Z]{1,4})")


@cache
def _judicial() -> frozenset[str]:
    person = load_actor_shapes().person
    return frozenset((*person.judicial, *person.judicial_plural))


@cache
def _annex_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_numbering().annex.words)


def _judge(t: str) -> bool:
    """``Jagot J``: a surname before a judge's letters, no part or annex so lettered."""
    m = _JUDGE_RE.fullmatch(t)
    if m is None or m.group(2) not in _judicial():
        return False
    first = m.group(1).split()[0].casefold()
    return first not in _annex_words() and find_marker(t, heading=True) is None


@cache
def _address_forms() -> tuple[str, ...]:
    """Forms of address before a name, as written (``M.``, ``Mme``, ``Mr``, ``Dr``)."""
    return tuple(load_actor_shapes().person.address)


def names_persons(text: str) -> bool:
    """The line names persons: a form of address before a capitalised name opens it, it
    lists two names or more, each tagged in brackets, and nothing else, or it is a judge's
    surname and letters."""
    t = text.strip(" *_")
    if not t or len(t) > _LONGEST:
        return False
    for form in _address_forms():
        if t.startswith(form) and _NAME_AFTER_RE.match(t, len(form)):
            return True
    if _judge(t):
        return True
    parts = [p.strip() for p in t.rstrip(" .;:").split(",")]
    return len(parts) >= 2 and all(_TAGGED_NAME_RE.fullmatch(p) for p in parts)
