"""A state named by its adjective beside a noun for its government.

The knowledge base names each state's government by the state's adjective
(``gouvernement belge``, ``Belgian Government``); texts name it as often through
other nouns for the same power (``les autorités belges``, ``aux services de
renseignement syriens``, ``the Polish authorities``), and the annotated corpora list
them as the state (guidelines §3: an adjectival form naming its government). Why
derive these names rather than list them: one adjective per state already sits in the
knowledge base, and the nouns are few, so each new state or noun is one entry.

* the adjectives are those of the knowledge base's two-word government names: after a
  government word (French order) they follow the ``adjective_heads.fr`` nouns, in any
  gender and number (by the endings of ``[english.endings]``, :mod:`._inflect`); before
  one (English order) they precede the ``adjective_heads.en`` nouns; an adjective two
  states share names neither;
* adjectives coordinated with such a name share its noun and are mentions of their own
  states (``les autorités belges, françaises et allemandes``, ``the Polish, Lithuanian
  and Latvian authorities``): the noun stays with the adjective beside it.

The nouns and endings are data (``[state]`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .._knowledge import ActorEntry, fold, load_actor_shapes
from ._hits import ActorHit
from ._inflect import inflected

__all__ = [
    "adjective_after",
    "coordinated_adjectives",
    "english_adjectives",
    "french_adjectives",
    "with_adjectival_names",
]


def _key(form: str) -> str:
    """A form folded, one blank between its words (a hyphen folds to a blank)."""
    return " ".join(fold(form).split())


@dataclass(frozen=True)
class _Adjectives:
    after: dict[str, str]  # a French adjective as written (every form) -> its state's id
    before: dict[str, str]  # an English one -> its state's id
    heads_after: tuple[str, ...]  # nouns the ``after`` adjectives follow
    heads_before: tuple[str, ...]  # nouns the ``before`` adjectives precede


def _unshared(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Adjective -> state, without the adjectives two states share (accents aside)."""
    states: dict[str, set[str]] = {}
    for adj, state in pairs:
        states.setdefault(_key(adj), set()).add(state)
    return {a: s for a, s in pairs if len(states[_key(a)]) == 1}


@cache
def _government_words() -> frozenset[str]:
    words = load_actor_shapes().state.government.all()
    return frozenset(fold(w).casefold() for w in words if len(w.split()) == 1)


def _adjectives(entries: tuple[ActorEntry, ...]) -> _Adjectives:
    """The states' adjectives read from their two-word government names."""
    shapes = load_actor_shapes()
    c, endings = shapes.state, shapes.english.endings
    gov = _government_words()
    after: list[tuple[str, str]] = []
    before: list[tuple[str, str]] = []
    for e in entries:
        if e.kind != "state":
            continue
        for form in e.aliases:
            w = form.split()
            if len(w) == 2 and fold(w[0]).casefold() in gov and w[1].islower():
                after += [(x, e.id) for x in inflected([w[1]], endings)]
            elif len(w) == 2 and fold(w[1]).casefold() in gov and w[0][:1].isupper():
                before.append((w[0], e.id))
    heads = c.adjective_heads
    return _Adjectives(
        _unshared(after),
        _unshared(before),
        tuple(heads.fr if heads else []),
        tuple(heads.en if heads else []),
    )


def with_adjectival_names(entries: list[ActorEntry]) -> list[ActorEntry]:
    """``entries`` with each state's adjectival names (``autorités belges``) added to its
    aliases, those the knowledge base already gives left as they are."""
    adj = _adjectives(tuple(entries))
    extra: dict[str, list[str]] = {}
    for a, state in adj.after.items():
        extra.setdefault(state, []).extend(f"{h} {a}" for h in adj.heads_after)
    for a, state in adj.before.items():
        extra.setdefault(state, []).extend(f"{a} {h}" for h in adj.heads_before)
    out = []
    for e in entries:
        more = extra.get(e.id)
        if more:
            known = {_key(f).casefold() for f in e.strong_forms()}
            new = [f for f in more if _key(f).casefold() not in known]
            e = e.model_copy(update={"aliases": [*e.aliases, *new]})
        out.append(e)
    return out


def _alt(words: list[str]) -> str:
    """Words as an alternation, longest first, blanks matching any white space."""
    return "|".join(
        r"[ \t\n]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )


@dataclass(frozen=True)
class _Lists:
    after: dict[str, str]  # a French adjective, folded -> its state's id
    before: dict[str, str]  # an English one, folded -> its state's id
    named: dict[str, tuple[str, bool]]  # a derived name, folded, case-blind -> (state, after)
    follows: re.Pattern[str]  # a coordinated French adjective right after a name
    precedes: re.Pattern[str]  # a coordinated English adjective right before one
    tail: re.Pattern[str]  # a French adjective right after a word, on its line


# the lists of a matcher's entries (a dict kept alive here, so its id stays its own)
_BUILT: dict[int, tuple[dict[str, ActorEntry], _Lists]] = {}


def _lists(entries: dict[str, ActorEntry]) -> _Lists:
    """The lists for the entries of a matcher, built once per matcher (few are built)."""
    got = _BUILT.get(id(entries))
    if got is None or got[0] is not entries:
        if len(_BUILT) >= 8:
            _BUILT.clear()
        got = _BUILT[id(entries)] = (entries, _build(tuple(entries.values())))
    return got[1]


def _build(entries: tuple[ActorEntry, ...]) -> _Lists:
    adj = _adjectives(entries)
    after = {_key(a): s for a, s in adj.after.items()}
    before = {_key(a): s for a, s in adj.before.items()}
    named = {
        _key(f"{h} {a}").casefold(): (s, True) for a, s in after.items() for h in adj.heads_after
    }
    for a, s in before.items():
        named.update({_key(f"{a} {h}").casefold(): (s, False) for h in adj.heads_before})
    words = [w for w in load_actor_shapes().organ.coordinators.all() if " " not in w]
    link = rf"(?:,[ \t]*|,?[ \t\n]+(?:{_alt(words)})[ \t\n]+)"
    return _Lists(
        after,
        before,
        named,
        re.compile(rf"{link}({_alt(list(after))})(?![\w'])"),
        re.compile(rf"(?<![\w'])({_alt(list(before))}){link}$"),
        re.compile(rf"[ \t]+({_alt(list(after))})(?![\w'-])"),
    )


def coordinated_adjectives(
    folded: str, hits: list[ActorHit], entries: dict[str, ActorEntry]
) -> list[ActorHit]:
    """``hits`` (sorted by start) with the adjectives coordinated with an adjectival
    name as mentions of their states (``françaises`` in ``les autorités belges,
    françaises et allemandes``); ``folded``: the folded text."""
    lists = _lists(entries)
    taken = [(h.start, h.end) for h in hits]
    extra: list[ActorHit] = []
    for h in hits:
        what = lists.named.get(_key(folded[h.start : h.end]).casefold())
        if what is None:
            continue
        if what[1]:
            end = h.end
            while (m := lists.follows.match(folded, end)) is not None:
                extra.append(
                    ActorHit(m.start(1), m.end(1), lists.after[_key(m.group(1))], "exact", 100.0)
                )
                end = m.end(1)
        else:
            start = h.start
            while (m := lists.precedes.search(folded, max(0, start - 80), start)) is not None:
                extra.append(
                    ActorHit(m.start(1), m.end(1), lists.before[_key(m.group(1))], "exact", 100.0)
                )
                start = m.start(1)
    fresh = [x for x in extra if all(x.end <= s or x.start >= e for s, e in taken)]
    return sorted([*hits, *fresh], key=lambda h: (h.start, -h.end))


def adjective_after(folded: str, at: int, entries: dict[str, ActorEntry]) -> tuple[int, str] | None:
    """(end, state id) of a French state adjective in lower case right after ``at``
    (``belge`` after ``parquet fédéral``), else None; ``folded``: the folded text."""
    m = _lists(entries).tail.match(folded, at)
    return None if m is None else (m.end(1), _lists(entries).after[_key(m.group(1))])


def english_adjectives(entries: dict[str, ActorEntry]) -> dict[str, str]:
    """State id -> its English adjective (``belgium`` -> ``Belgian``), where the
    knowledge base gives one state that adjective only."""
    out: dict[str, str] = {}
    for adj, state in _lists(entries).before.items():
        out.setdefault(state, adj)
    return out


def french_adjectives(entries: dict[str, ActorEntry]) -> dict[str, str]:
    """A French state adjective, folded, in every gender and number -> its state's id,
    where the knowledge base gives it to one state only (``togolaises`` -> ``togo``)."""
    return dict(_lists(entries).after)
