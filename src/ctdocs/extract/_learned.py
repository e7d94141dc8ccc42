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
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType

from .._knowledge import fold, load_actor_shapes
from ..models import ActorKind
from ._hits import ActorHit
from ._learnedschema import load_learned
from ._unlinked_named import slug

__all__ = ["learned_mentions", "name_key"]


@cache
def _table() -> tuple[re.Pattern[str] | None, Mapping[str, tuple[str, str, ActorKind]]]:
    """One pattern of every learned name (folded, longest first), and folded surface ->
    (actor id, canonical name, kind)."""
    names: dict[str, tuple[str, str, ActorKind]] = {}
    for n in load_learned().name:
        names[fold(n.surface)] = (f"unlinked:{slug(n.canonical)}", n.canonical, n.kind)
    if not names:
        return None, MappingProxyType(names)
    forms = sorted(names, key=lambda f: (-len(f), f))
    alternation = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), MappingProxyType(names)


# a hyphen the fold made a blank: a name joined to a word by one is part of a compound
_HYPHENS = frozenset("-\u2010\u2011")


_PLACE = re.compile(r"\s*\([^()]*\)\s*$")  # a bracketed place closing a name


def name_key(name: str) -> str:
    """A canonical name as two names of one body compare: its bracketed place aside
    (``National Coordinator for Security and Counterterrorism (Netherlands)``), folded,
    case aside."""
    return " ".join(fold(_PLACE.sub("", name)).casefold().split())


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
        if not _a_name_here(folded, m) or _spelt_otherwise(folded, m, canonical):
            continue
        owner = owners.get(name_key(canonical))
        out.append(ActorHit(m.start(), m.end(), owner or actor_id, "shape", 60.0))
        if owner is None:
            found.setdefault(actor_id, (canonical, kind))
    return out, found


@cache
def _context() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """What tells a learned name is not the body here: the undertaking words before an
    acronym (``Joint Operation HERA``, ``l'opération HERA``), those after it (``the HERA
    programme``), and the articles a name may open with (``The Base``), case-folded."""
    c = load_actor_shapes().organ
    words = [*c.undertakings.all(), *(c.deployments.all() if c.deployments else [])]
    alt = "|".join(re.escape(fold(w)) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    articles = c.singular_articles.all() if c.singular_articles is not None else []
    return (
        re.compile(rf"(?<!\w)(?i:{alt})[ \t]+$"),
        re.compile(rf"[ \t]+(?i:{alt})(?![\w'])"),
        frozenset(fold(a).casefold() for a in articles),
    )


def _a_name_here(folded: str, m: re.Match[str]) -> bool:
    """Whether the learned name at ``m`` names its body here (guidelines §3), judged by
    its neighbours on its line, as a name learned without its context must be:

    - an acronym before a number is a product's, an act's or a version's code (``DOT 4
      brake fluid``, ``the MHA 1983``); one an undertaking word names is an operation or
      a programme (``Joint Operation HERA``, ``le programme HERA``), not a body;
    - an acronym in a line written in capitals (``TITRE II – DOT ET DOTATIONS``) is a
      word like the others there unless the text writes it elsewhere too;
    - a name of several words is whole: not where a capitalised word goes on with it
      (``The Base Year``), and one that opens with an article is not a title's words
      (``Protecting The Base``: a capitalised word before it on its line).
    """
    before_words, after_words, articles = _context()
    line_start = folded.rfind("\n", 0, m.start()) + 1
    line_end = folded.find("\n", m.end())
    line_end = len(folded) if line_end < 0 else line_end
    before, after = folded[line_start : m.start()], folded[m.end() : line_end]
    name = m.group()
    if " " not in name:
        if _NUMBER_AFTER.match(after) or before_words.search(before) or after_words.match(after):
            return False
        line = folded[line_start:line_end]
        return not (_in_capitals(line) and not _written_outside_capitals(folded, name))
    if _CAPITAL_AFTER.match(after):
        return False
    first = name.split()[0].casefold()
    return not (first in articles and _CAPITAL_BEFORE.search(before))


_NUMBER_AFTER = re.compile(r"[ \t]+\d+(?![^\W_])")  # "DOT 4 ", not "UPDF 2nd Division"
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'])[A-Z][\w']*[ \t]+$")


def _in_capitals(line: str) -> bool:
    """Whether ``line`` is written in capitals: two words or more, no lower-case letter."""
    return len(line.split()) > 1 and not any(ch.islower() for ch in line)


def _written_outside_capitals(folded: str, name: str) -> bool:
    """Whether ``folded`` writes ``name`` as a whole word on a line not in capitals."""
    for k in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded):
        start = folded.rfind("\n", 0, k.start()) + 1
        end = folded.find("\n", k.end())
        if not _in_capitals(folded[start : len(folded) if end < 0 else end]):
            return True
    return False


@cache
def _spellings() -> Mapping[str, tuple[str, ...]]:
    """Canonical name -> the :func:`name_key` of it and of every learned name of it
    (``Fonds de garantie ...``, ``Guarantee Fund ...``): the words that spell the body."""
    out: dict[str, tuple[str, ...]] = {}
    for n in load_learned().name:
        out[n.canonical] = (*out.get(n.canonical, (name_key(n.canonical),)), name_key(n.surface))
    return MappingProxyType(out)


_WORD = re.compile(r"[^\W\d_]+")
_OPEN_AFTER = re.compile(r"[ \t]*(?:\(|,[ \t]+)")


def _spelt_otherwise(folded: str, m: re.Match[str], canonical: str) -> bool:
    """Whether the text spells the acronym at ``m`` out, right beside it, as words that
    are not its learned body's name (``directly observed therapy (DOT)``, ``CAAS, the
    Chinese Academy of Agricultural Sciences``): the acronym is that thing here."""
    acr = m.group()
    if " " in acr or not acr.isupper() or " " not in canonical:
        return False  # a body known by its acronym alone: no spelling tells another
    spans: list[tuple[str, bool]] = []  # the words after it, those before it
    if (o := _OPEN_AFTER.match(folded, m.end())) is not None:
        spans.append((folded[o.end() : o.end() + 12 * len(acr)], True))
    if folded[m.start() - 1 : m.start()] == "(":
        spans.append((folded[max(0, m.start() - 1 - 12 * len(acr)) : m.start() - 1], False))
    keys = _spellings()[canonical]
    for span, after in spans:
        words = [w.group() for w in _WORD.finditer(span)]
        big = [w for w in words if len(w) > 3 or w[0].isupper()]
        run = big[: len(acr)] if after else big[-len(acr) :]
        spelt = name_key(span)
        if "".join(w[0] for w in run).upper() == acr and not any(k in spelt for k in keys):
            return True
    return False


def _compound(text: str, m: re.Match[str]) -> bool:
    """Whether a hyphen joins the match to the word before or after it."""
    before = text[m.start() - 1] if m.start() > 0 else ""
    return before in _HYPHENS or text[m.end() : m.end() + 1] in _HYPHENS
