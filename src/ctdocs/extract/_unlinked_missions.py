"""A state's diplomatic post: ``the Permanent Mission of the Kingdom of Norway to the
International Organizations in Vienna``, ``la Mission permanente du Sénégal auprès de
l'Office des Nations Unies``, ``the Embassy of Japan``.

Notes verbales, circulars and letters to international bodies open on the post that
sends them; it acts there (it "presents its compliments", "requests"), so it is a
body, named by a post word, an owner joiner, the state (a known mention, its full
style included), and perhaps the body it is accredited to. The post word capitalised
alone (``The Permanent Mission kindly requests``) is that post again. The post words
are data (``organ.posts`` in ``data/models/actor_shapes.toml``); "Mission" alone stays a
word of operations (``not_names``).

So is a court French names in lower case by its kind and its seat (``la cour d'appel de
Bruxelles``): the kind alone is a generic noun, with its seat it is one body
(``organ.seated``).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ._actors import ActorHit
from ._shape_regex import alt_forms, by_first_letter, finditer_from
from ._word_openings import Openings, TextWords, caseless_ok

__all__ = ["posts", "seated_courts"]

# white space within a line or over one line break: a name never crosses a blank line
_S = r"(?:[ \t]*\n[ \t]*|[ \t]+)"


def _words(words: list[str]) -> str:
    """Folded words as one alternation, longest first, white space of one line break at
    most between their words."""
    forms = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(_S.join(map(re.escape, w.split())) for w in forms)


@cache
def _joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The owner joiner after a post word (of the, de la: organ.owner), and the tail
    after the state: "to the International Organizations in Vienna", "auprès de
    l'Office des Nations Unies" (organ.accredited, its words joined by
    organ.accredited_links)."""
    organ = load_actor_shapes().organ
    after = r"(?:(?<=')|" + _S + ")"
    join = re.compile(rf"{_S}(?:{_words(organ.owner.all())}){after}")
    if organ.accredited is None or organ.accredited_links is None:
        return join, re.compile(r"(?!)")
    links = _words(organ.accredited_links.all())
    tail = re.compile(
        rf"{_S}(?:{_words(organ.accredited.all())}){after}"
        rf"[A-Z][\w']*(?:{_S}(?:(?:{links}){after})?[A-Z][\w']*)*"
    )
    return join, tail


@cache
def _post() -> re.Pattern[str] | None:
    forms = _post_words()
    if not forms:
        return None
    alt = "|".join(_S.join(map(re.escape, w.split())) for w in sorted(forms, key=len)[::-1])
    # speed: the words first, so that the regex engine skips ahead to their letters; where
    # the match starts is checked by _opens
    return re.compile(rf"(?:{alt})(?![\w'])")


@cache
def _post_words() -> frozenset[str]:
    """The post words, folded, as written and Capitalised."""
    words = load_actor_shapes().organ.posts
    return frozenset(alt_forms(words.all(), capital=True)) if words is not None else frozenset()


@cache
def _post_at() -> Openings:
    """Where the post pattern may match (:mod:`._word_openings`)."""
    return Openings(_post_words())


_ELIDED = re.compile(r"(?:^|[\s(])[LlDd]'$")


def _opens(folded: str, at: int) -> bool:
    """Whether a word starts at ``at``: no letter or apostrophe before it, but after an
    elided article ("l'Ambassade de France")."""
    before = folded[at - 1 : at]
    return (
        not before
        or not (before.isalnum() or before in "'_")
        or bool(_ELIDED.search(folded, max(0, at - 3), at))
    )


def posts(
    folded: str,
    hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    words: TextWords | None = None,
) -> list[tuple[int, int, str]]:
    """The spans of the diplomatic posts the text names: post word, owner joiner, a
    state's mention (``hits``), perhaps ``to``/``auprès de`` and a capitalised name;
    and the capitalised post word alone, where the text names in full one post, of one
    state, opened by that same word (not "The Permanent Mission" for "the Embassy of
    Japan"); each with a key, the same for one state's post however written. ``words``:
    the text's tokens, where the post words are looked up (else the text is scanned)."""
    pattern = _post()
    if pattern is None:
        return []
    found = (
        pattern.finditer(folded)
        if words is None
        else finditer_from(pattern, folded, _post_at().at(words))
    )
    joins, tails = _joins()
    states = {h.start: h for h in hits if (e := entries.get(h.actor_id)) and e.kind == "state"}
    full: list[tuple[int, int, str]] = []
    heads: dict[str, set[str]] = {}  # a post word -> the keys of the full posts it opens
    alone: list[tuple[int, int, str]] = []
    for m in found:
        if not _opens(folded, m.start()):
            continue
        head = " ".join(m.group().casefold().split())
        join = joins.match(folded, m.end())
        state = states.get(join.end()) if join is not None else None
        if state is None:
            if folded[m.start()].isupper() and join is None:
                alone.append((m.start(), m.end(), head))
            continue
        tail = tails.match(folded, state.end)
        key = f"post:{state.actor_id}"
        heads.setdefault(head, set()).add(key)
        full.append((m.start(), tail.end() if tail is not None else state.end, key))
    return full + [
        (s, e, next(iter(keys))) for s, e, head in alone if len(keys := heads.get(head, set())) == 1
    ]


@cache
def _seated() -> re.Pattern[str] | None:
    words = load_actor_shapes().organ.seated
    if words is None:
        return None
    forms = sorted({fold(w) for w in words.all()}, key=len, reverse=True)
    alts = [r"[ \t\n]+".join(map(re.escape, w.split())) for w in forms]
    # the seat: capitalised words, perhaps hyphenated ("Aix-en-Provence")
    seat = r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?"
    rest = rf"[ \t\n]+(?:de|du|d'|of)(?:(?<=')|[ \t\n]+){seat}"
    if not all(a[:1].isascii() and a[:1].isalpha() for a in alts):
        return re.compile(rf"(?i:{'|'.join(alts)}){rest}")
    return re.compile(by_first_letter(alts) + rest)


@cache
def _complement() -> re.Pattern[str]:
    """The words that make a court the complement of another noun, right before it:
    "le juge ... du tribunal judiciaire de Paris", "le procureur près la cour d'appel
    de Rabat" name an office, not the court acting (organ.court_of)."""
    words = load_actor_shapes().organ.court_of
    if words is None:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'])(?:{_words(words.all())})[ \t]*$", re.I)


@cache
def _seated_at() -> tuple[frozenset[str], Openings]:
    """The seated courts' words and where their (caseless) pattern may match."""
    words = load_actor_shapes().organ.seated
    forms = frozenset(fold(w) for w in words.all()) if words is not None else frozenset()
    return forms, Openings(forms, caseless=True)


def seated_courts(folded: str, words: TextWords | None = None) -> list[tuple[int, int]]:
    """The spans of the courts named by their kind and their seat, where they are no
    complement of another noun (an office, a registry). ``words``: the text's tokens,
    where the courts' words are looked up (else, or where a caseless match could escape
    the look-up, the text is scanned)."""
    pattern = _seated()
    if pattern is None:
        return []
    found = pattern.finditer(folded)
    forms, openings = _seated_at()
    if words is not None and caseless_ok(forms, folded):
        found = finditer_from(pattern, folded, openings.at(words))
    return [
        m.span()
        for m in found
        if _opens(folded, m.start())
        and _complement().search(folded, max(0, m.start() - 12), m.start()) is None
    ]
