"""A short name the text defines for a body: ``the Conference of the States Parties
(hereinafter "the Conference")``, ``a National Transport Security Committee, hereinafter
referred to as the Committee``, ``l'Office central (ci-après « l'Office »)``.

The definition says in so many words that the capitalised short name means that body
in the rest of the text (guidelines §3: capitalised short references to a named body
are mentions of it, resolved by the text). The body is the mention the definition
follows; where none does, the capitalised run before it that opens or ends on the
short name (``Conference of the States Parties``, ``Conférence des États parties``,
``Technical Secretariat``) is the body's name, whatever its head noun. The cue words
and articles are data (``organ.defined_as`` and ``organ.defined_article`` in
``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from .._knowledge import fold, load_actor_shapes
from ..models import ActorKind
from ._actors import ActorHit
from ._shape_regex import _CAPW, _SP, _alt, alt_forms, finditer_from
from ._unlinked_refs import _free_spans, _occurrences
from ._word_openings import Openings, TextWords

__all__ = ["defined_short"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = load_actor_shapes().organ
    art = _alt(c.defined_article.all())
    # the blanks before the bracket or comma belong to the definition too (see _definitions)
    definition = re.compile(
        rf"[(,][ \t]*(?:{_alt(c.defined_as.all())})[ \t]+[\"«“]?[ \t]*"
        rf"(?:(?:{art})(?:(?<=')|[ \t]+))?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w'])"
    )
    run = re.compile(rf"{_CAPW}(?:(?:{_SP}(?:{_alt(c.joiners.all())}))?{_SP}{_CAPW})*$")
    return definition, run


def _body_before(
    folded: str, at: int, short: str, hits: list[ActorHit]
) -> tuple[int, str | None] | None:
    """The body the definition at ``at`` names: (start, actor id) of the mention ending
    there, or (start, None) for a capitalised run that opens or ends on ``short``."""
    for h in hits:
        if h.end == at:
            return h.start, h.actor_id
    body = _new_body(folded, at, short)
    if body is None or _titled(folded[body:at]):
        return None  # "Article X of the Convention (hereinafter ...)": a title, no body
    return body, None


@cache
def _not_names() -> frozenset[str]:
    return frozenset(fold(w).casefold() for w in load_actor_shapes().organ.not_names.all())


def _titled(name: str) -> bool:
    """Whether a capitalised word of ``name`` makes it a title or a heading
    (``Convention``, ``Article``)."""
    return any(w[:1].isupper() and w.casefold() in _not_names() for w in name.split())


def _new_body(folded: str, at: int, short: str) -> int | None:
    """Where the name a definition at ``at`` follows starts, no mention holding it."""
    # opening on the short name, in any case after it ("Conférence des États parties")
    k = folded.rfind(short + " ", max(0, at - 120), at)
    if k >= 0 and (k == 0 or not folded[k - 1].isalnum()) and not _STOP.search(folded, k, at):
        return k
    m = _patterns()[1].search(folded, max(0, at - 120), at)  # ending on it ("Technical
    if m is None or not m.group().endswith(" " + short):  # Secretariat")
        return None
    return m.start()


_STOP = re.compile(r"[.;:,()\[\]«»\"\n]")


@cache
def _defined_at() -> Openings | None:
    """Where the words that define a short name ("hereinafter", "ci-après") may stand
    (None where one is a word the look-up cannot find: the text is scanned)."""
    try:
        return Openings(alt_forms(load_actor_shapes().organ.defined_as.all()))
    except ValueError:
        return None


def _marked(folded: str, words: TextWords | None) -> Iterator[re.Match[str]]:
    """The definition pattern's matches, as ``finditer`` gives them, tried only at the
    brackets and commas that blanks alone part from a defining word. Speed: opening on
    the mark, the pattern was tried at every comma of the text."""
    pattern, at = _patterns()[0], _defined_at()
    if words is None or at is None:
        return pattern.finditer(folded)
    marks = []
    for k in at.at(words):  # the word opens a token: a mark and blanks before it
        while k > 0 and folded[k - 1] in " \t":
            k -= 1
        if k > 0 and folded[k - 1] in "(,":
            marks.append(k - 1)
    return finditer_from(pattern, folded, sorted(set(marks)))


def _definitions(folded: str, words: TextWords | None) -> Iterator[tuple[int, re.Match[str]]]:
    """The definitions, as ``finditer`` gave them for the pattern with ``[ \\t]*`` before the
    bracket or comma: where each starts (its blanks included), and the match from the mark.

    Speed: a pattern opening on blanks gives the regex engine no first character to skip
    ahead to, and it was tried at every character; opening on the mark, it skips to
    brackets and commas, and the blanks before the mark are counted back here (never
    into the definition before, where ``finditer`` had gone on from)."""
    done = 0  # where the last definition ends
    for m in _marked(folded, words):
        at = m.start()
        while at > done and folded[at - 1] in " \t":
            at -= 1
        done = m.end()
        yield at, m


def defined_short(
    text: str,
    folded: str,
    hits: list[ActorHit],
    names: dict[str, tuple[str, ActorKind]],
    slug: Callable[[str], str],
    words: TextWords | None = None,
    taken: bytearray | None = None,
) -> list[ActorHit]:
    """Mentions of the bodies that the text gives a defined short name, that short name
    wherever it stands capitalised after the definition, and the body's name where no
    mention held it (added to ``names``). ``words``: the text's tokens, where the
    defining words are looked up; ``taken``: a mask of ``hits`` this may mark."""
    out: list[ActorHit] = []
    taken = _free_spans(folded, hits) if taken is None else taken
    for at, m in _definitions(folded, words):
        short = m.group(1)
        body = _body_before(folded, at, short, hits)
        if body is None:
            continue
        start, actor_id = body
        if actor_id is None:
            surface = " ".join(text[start:at].split())
            actor_id = f"unlinked:{slug(surface)}"
            names.setdefault(actor_id, (surface, "organ"))
            if taken.find(1, start, at) >= 0:
                continue
            out.append(ActorHit(start, at, actor_id, "shape", 60.0))
            taken[start:at] = b"\x01" * (at - start)
        for s, e in _occurrences(folded, short, taken):
            if s >= m.start(1):
                out.append(ActorHit(s, e, actor_id, "shape", 60.0))
    return out
