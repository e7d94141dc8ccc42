"""Whether a short line says or names: the run-in title's test of its first words.

A numbered line's first words may be its title (``Prévention du financement``,
``De la coopération internationale``) or the start of its sentence (``Fixe les
conditions …``, ``Condemns the attacks``). The words that tell them apart are data
(``numbering.toml`` ``[run_in_title]``: sentence words, operative verb endings with the
words that follow them, prepositions that open a name); the numbering grammar asks it of a
heading's rest, the structure stage of a paragraph's first sentence.
"""

from __future__ import annotations

import re

from ._numberingschema import load_numbering

__all__ = ["describes", "opens_on_verb", "says"]


def says(name: str) -> bool:
    """A short line that says rather than names: one of the run-in titles' sentence words
    (``The Minister shall …``), or an operative verb at its head (``Fixe les …``)."""
    rules = load_numbering().run_in_title
    ws = re.split(r"[\s'’]+", name.casefold())
    if any(w in rules.sentence_words for w in ws):
        return True
    return opens_on_verb(ws)


def opens_on_verb(ws: list[str]) -> bool:
    """Whether the words ``ws`` (lower case) open on an operative verb before its object
    (``Fixe les …``, ``Condemns the attacks``): a verb cue's ending and the word after it.
    A preposition first (``De la coopération …``) opens a name, whatever follows it."""
    rules = load_numbering().run_in_title
    return (
        len(ws) > 1
        and ws[0] not in rules.prepositions
        and any(
            ws[0].endswith(c.ending) and ws[1] in c.next and not ws[0].endswith(tuple(c.unless))
            for c in rules.verb_cues
        )
    )


_DESCRIBED_MIN_WORDS = 5
# A run-in title in lower case closed by a full stop before the sentence it heads
# ("Recommandation 1 : détecter. Équiper les ports …"): a verb or a name of a few words.
_RUN_IN_MAX_WORDS = 3


def describes(rest: str) -> bool:
    """``Titre I : il fixe les missions de l'administration …;`` in a report on a bill: a
    sentence in lower case after the colon describes the division, it does not head it (a
    heading's title is a name: ``Titre I : Dispositions générales``, no sentence; a title
    in lower case, ``Part 2: general provisions``, has no closing stop). A few words closed
    by a full stop before a capitalised sentence (``Recommendation 1: detect. Equip …``)
    are a run-in title over the body, not a description."""
    c = re.match(r"^\s*:\s*", rest)
    if c is None:
        return False
    t = rest[c.end() :].rstrip()
    head, stop, body = t.partition(". ")
    if stop and body[:1].isupper() and len(head.split()) <= _RUN_IN_MAX_WORDS:
        return False
    return t[:1].islower() and t.endswith((".", ";")) and len(t.split()) >= _DESCRIBED_MIN_WORDS
