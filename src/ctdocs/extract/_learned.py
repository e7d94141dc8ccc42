"""Bodies the knowledge base lacks but the pooled gold taught: names that recur from one
publisher to the next (``FGTI``, ``EAPCCO``, ``Comité contre le terrorisme du Conseil de
sécurité``) that no shape finder reads.

Guidelines §3 count bodies no list knows as actors. The shape finders read a name from
its head noun, its capitals or its acronym's letters, and miss those whose shape says
nothing (an acronym used alone, a name without a head noun the lists know). Which names
are kept is decided on the evidence of every annotated batch (the gold of several
batches lists them, and a text that writes them lists them nearly always), the gain
measured on batches left out of the fit (``benchmarks/lobo_actors_learned.py``,
``benchmarks/results/actors44_lobo.txt``); the names are data
(``data/models/actors_learned.toml``). A name is matched with its case, whole words,
only where no other mention holds its words: a finder's reading of the text comes first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import fold
from ..models import ActorKind
from ._hits import ActorHit
from ._learnedschema import load_learned
from ._unlinked_named import slug

__all__ = ["learned_mentions", "name_key"]


@cache
def _table() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str, ActorKind]]]:
    """One pattern of every learned name (folded, longest first), and folded surface ->
    (actor id, canonical name, kind)."""
    names: dict[str, tuple[str, str, ActorKind]] = {}
    for n in load_learned().name:
        names[fold(n.surface)] = (f"unlinked:{slug(n.canonical)}", n.canonical, n.kind)
    if not names:
        return None, names
    forms = sorted(names, key=lambda f: (-len(f), f))
    alternation = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), names


# a hyphen the fold made a blank: a name joined to a word by one is part of a compound
_HYPHENS = frozenset("-\u2010\u2011")


def name_key(name: str) -> str:
    """A canonical name as two names of one body compare: its bracketed place aside
    (``National Coordinator for Security and Counterterrorism (Netherlands)``), folded,
    case aside."""
    return " ".join(fold(_PLACE.sub("", name)).casefold().split())


_PLACE = re.compile(r"\s*\([^()]*\)\s*$")


def learned_mentions(
    text: str,
    folded: str,
    hits: list[ActorHit],
    named: Callable[[], dict[str, str]] = dict,
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """The mentions of learned names in ``text`` (``folded``: the text folded) that
    overlap no hit of ``hits`` and are joined to no word by a hyphen (``UPDF-trained``),
    and actor id -> (canonical name, kind) of each new actor. ``named`` gives the
    :func:`name_key` of each actor the text already names -> its id (asked only where a
    learned name is found): a learned name of that body is a mention of it (guidelines
    §3: one body, one actor)."""
    pattern, names = _table()
    if pattern is None:
        return [], {}
    matches = list(pattern.finditer(folded))
    if not matches:
        return [], {}
    taken = sorted((h.start, h.end) for h in hits)
    owners = named()
    out: list[ActorHit] = []
    found: dict[str, tuple[str, ActorKind]] = {}
    for m in matches:
        if any(s < m.end() and m.start() < e for s, e in taken) or _compound(text, m):
            continue
        actor_id, canonical, kind = names[m.group()]
        owner = owners.get(name_key(canonical))
        out.append(ActorHit(m.start(), m.end(), owner or actor_id, "shape", 60.0))
        if owner is None:
            found.setdefault(actor_id, (canonical, kind))
    return out, found


def _compound(text: str, m: re.Match[str]) -> bool:
    """Whether a hyphen joins the match to the word before or after it."""
    before = text[m.start() - 1] if m.start() > 0 else ""
    return before in _HYPHENS or text[m.end() : m.end() + 1] in _HYPHENS
