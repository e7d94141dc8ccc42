"""A state referred to through its government.

Two shapes hold across publishers and both languages:

* ``the people and Government of the United Kingdom``, ``au peuple et au
  Gouvernement des États-Unis d'Amérique``: the complement belongs to both nouns,
  so what the text names is the state itself; the mention is the state's own name
  (``United Kingdom``, ``États-Unis d'Amérique``), not ``Government of ...``;
* ``the Government``, ``le Gouvernement``, ``Our Government`` (capitalised, after
  a determiner, with no complement): a capitalised short reference (guidelines
  §3) to the state whose government the text speaks of, the state it names most
  as an actor; with no state named, nothing is said.

The words are data (``[state]`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ._actors import ActorHit
from ._shape_regex import POSSESSIVE_END, finditer_from
from ._unlinked_owners import letterhead_state, state_of

__all__ = ["government_refs", "shared_government"]


def _alt(words: list[str]) -> str:
    """Folded words as an alternation, longest first, blanks matching any white space."""
    forms = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(r"[ \t\n]+".join(map(re.escape, f.split())) for f in forms)


def _opening_alt(words: list[str]) -> str:
    r""":func:`_alt` of ``words``, each form only at a word's start, as a pattern that opens
    on one class of the forms' first letters (``[lt](?<![\w'].)(?:(?<=l)(?:e|')|(?<=t)(?:he))``).

    Why: the alternation of :func:`_alt` followed by more gives the regex engine no first
    character to skip ahead to; only a top level opening on a class (or on an
    alternation of branches each opening on a letter) does, and a group of branches
    followed by more is tried at every position of the text. The forms keep their order
    within their letter's group, and a character opens one group at most: the same
    matches."""
    forms = sorted({fold(w) for w in words}, key=len, reverse=True)
    alts = [r"[ \t\n]+".join(map(re.escape, f.split())) for f in forms]
    assert all(a[:1].isalnum() for a in alts), "a word opens on a letter"
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    firsts = "".join(groups)
    branches = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in groups.items())
    return rf"[{firsts}](?<![\w'].)(?:{branches})"


@dataclass(frozen=True)
class _Cues:
    government_of: re.Pattern[str]  # at the start of a mention, any case
    shared_by: re.Pattern[str]  # right before a mention, any case
    bare: re.Pattern[str]  # "the Government" with no complement
    government: re.Pattern[str]  # the government words, which every bare match holds
    office: re.Pattern[str] | None  # "Chef ", "Head of ": closes before a bare match


@cache
def _cues() -> _Cues:
    c = load_actor_shapes().state
    # a whole word or an elision ends it: "Gouvernement de" is not "Gouvernement devrait"
    gov_of = rf"(?:{_alt(c.government_of.all())})(?:(?<=')|(?![\w'-]))"
    return _Cues(
        government_of=re.compile(rf"(?i:{gov_of})[ \t\n]*"),
        shared_by=re.compile(rf"(?<![\w'])(?i:{_alt(c.shared_by.all())})[ \t\n]+$"),
        bare=re.compile(
            rf"{_opening_alt(c.determiners.all())}(?:(?<=')|[ \t]+)(?!(?i:{gov_of}))"
            rf"({_alt(c.government.all())}){POSSESSIVE_END}(?!-)(?![ \t]+[A-Z])"
        ),
        government=re.compile(_alt(c.government.all())),
        office=(
            re.compile(rf"(?<![\w'])(?i:{_alt(c.office_heads.all())})[ \t\n]+$")
            if c.office_heads is not None
            else None
        ),
    )


def _in_office(folded: str, start: int) -> bool:
    """Whether the bare match opening at ``start`` completes a person's office (``Chef du
    Gouvernement``, ``the Head of the Government``): an unnamed office holder is no actor,
    and the government word there names no state that acts (guidelines §3)."""
    office = _cues().office
    return office is not None and office.search(folded, max(0, start - 40), start) is not None


def _is_state(h: ActorHit, entries: dict[str, ActorEntry]) -> bool:
    e = entries.get(h.actor_id)
    return e is not None and e.kind == "state"


def shared_government(
    text: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    find: Callable[[str], list[ActorHit]],
) -> list[ActorHit]:
    """``the people and Government of X``: the mention becomes X's own name, as ``find``
    (the knowledge-base matcher) reads it after ``Government of``, or the state's full
    style written there."""
    cues = _cues()
    out: list[ActorHit] = []
    for k, h in enumerate(hits):
        if not _is_state(h, entries):  # speed: the cheap test first, no folding
            out.append(h)
            continue
        m = cues.government_of.match(fold(text[h.start : h.end]))
        before = fold(text[max(0, h.start - 40) : h.start])
        if m is None or cues.shared_by.search(before) is None:
            out.append(h)
            continue
        start = h.start + m.end()
        limit = hits[k + 1].start if k + 1 < len(hits) else len(text)
        own = [x for x in find(text[start:limit]) if x.start == 0 and x.actor_id == h.actor_id]
        # else the state's full style, which the knowledge base need not list ("the people
        # and Government of the Republic of Mozambique"): the rest of the mention
        end = start + own[0].end if own else h.end
        out.append(ActorHit(start, end, h.actor_id, h.method, h.score))
    return out


def government_refs(
    folded: str, hits: list[ActorHit], entries: dict[str, ActorEntry], named: list[ActorHit]
) -> list[ActorHit]:
    """``the Government`` / ``le Gouvernement``: mentions of the state the text names most
    as an actor (the first named among equals), else of the state it names most at all
    (``named``: as a place or a publisher too, ``Journal officiel de la République
    française``), else of the state whose bodies it names most (a Senate report naming
    the DGSI and the Conseil constitutionnel, never France), or of the state whose bodies
    it names more than twice as often, three times at least, as it names that state (a
    CNCDH opinion citing the DGSI and the PNAT and the United Kingdom once, a Westminster
    debate citing the Home Office and MI5 and Syria once); the state of its letterhead
    before all (``UNION DES COMORES``: a Comorian circular that names Mozambique more);
    none where it names no state and no national body. ``folded``: the folded text."""
    if _cues().government.search(folded) is None:
        return []  # speed: no government word, nothing to resolve
    pool = hits if any(_is_state(h, entries) for h in hits) else named
    states = Counter(h.actor_id for h in pool if _is_state(h, entries))
    if not states:
        pool = [
            ActorHit(h.start, h.end, s, h.method, h.score)
            for h in hits
            if (s := state_of(h.actor_id, entries)) is not None
        ]
        states = Counter(h.actor_id for h in pool)
    head = letterhead_state(named, entries, folded)
    if head is not None:  # an official letter's own state, whatever it names more often
        state = head.id
    elif not states:
        return []
    else:
        top = max(states.values())
        first = {h.actor_id: h.start for h in reversed(pool)}
        state = min((a for a, n in states.items() if n == top), key=lambda a: first[a])
        bodies = Counter(s for h in hits if (s := state_of(h.actor_id, entries)) is not None)
        if bodies:
            owner, times = bodies.most_common(1)[0]
            if times > 2 * top and times >= 3:
                state = owner
    taken = bytearray(len(folded))
    for h in hits:
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    return [
        ActorHit(m.start(1), m.end(1), state, "context", 100.0)
        for m in _bare(folded)
        if taken.find(1, m.start(1), m.end(1)) < 0 and not _in_office(folded, m.start())
    ]


_BLANKS = re.compile(r"[ \t\n]+")


def _bare(folded: str) -> Iterator[re.Match[str]]:
    """The matches of the bare pattern, as ``finditer`` gives them, tried only in the few
    characters before each government word (where its determiner may open).

    Speed: the pattern opens on the determiners' first letters ("l", "t", "d", "a", some
    quarter of a text's letters), tried at each; the government words are capitalised
    and rare, found by a scan the regex engine skips through. Every match holds one
    opening right after its determiner and blanks: at a government word's start, or
    after a blank inside one (``the Federal Government`` holds ``Government``)."""
    cues = _cues()
    longest = _longest_determiner()
    if longest is None:
        return cues.bare.finditer(folded)
    starts: set[int] = set()
    for m in cues.government.finditer(folded):
        inner = (b.end() for b in _BLANKS.finditer(folded, m.start(), m.end()))
        for g in (m.start(), *inner):
            p = g
            while p > 0 and folded[p - 1] in " \t":
                p -= 1
            starts.update(range(max(0, p - longest), g))
    return finditer_from(cues.bare, folded, sorted(starts))


@cache
def _longest_determiner() -> int | None:
    """The length of the longest determiner, folded; None where one holds a blank (the
    window before a government word is then not known)."""
    words = [fold(w) for w in load_actor_shapes().state.determiners.all()]
    return None if any(" " in w for w in words) else max(map(len, words), default=0)
